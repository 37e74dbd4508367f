package cn.kejiju.workbench.commissioner.pages;

import cn.kejiju.workbench.commissioner.Assessment;
import cn.kejiju.workbench.commissioner.AssessmentRow;
import cn.kejiju.workbench.commissioner.AssessmentService;
import cn.kejiju.workbench.commissioner.CommissionerSettings;
import cn.kejiju.workbench.commissioner.Grade;
import cn.kejiju.workbench.commissioner.ServiceField;
import cn.kejiju.workbench.platform.DomainMessages;
import cn.kejiju.workbench.platform.PageMessages;
import cn.kejiju.workbench.shared.DomainException;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The annual assessment (年度考核, {@code commissioner/assessment.xhtml}): every commissioner's year
 * against the quota with score and grade, those at risk first and highlighted; a leader confirms a
 * row (the service enforces the role). Each row says in words why its grade is what it is; city users
 * see the county column and may narrow the list to one county. The year and the county can come from
 * the address ({@code ?year=2026&county=…}).
 */
@Named
@ViewScoped
public class AssessmentPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AssessmentService assessmentService;

    @Inject
    PageMessages messages;

    @Inject
    DomainMessages domainMessages;

    @Inject
    CountyChoice county;

    private int currentYear;
    private Integer year;
    private List<Line> lines;
    private int quotaVisits;
    private int quotaDays;

    @PostConstruct
    void init() {
        currentYear = assessmentService.currentYear();
        CommissionerSettings settings = assessmentService.settings();
        quotaVisits = settings.getQuotaVisits();
        quotaDays = settings.getQuotaDays();
    }

    /** Loads the overview of the chosen year (this year when none or an impossible one was asked for). */
    public void load() {
        if (year == null || year < 2000 || year > currentYear + 1) {
            year = currentYear;
        }
        try {
            var locale = messages.locale();
            lines = assessmentService.overview(year, county.getValue()).stream()
                    .map(row -> new Line(row, row.score().reasons().stream()
                            .map(reason -> domainMessages.text(reason.key(), reason.arguments().toArray(), locale))
                            .toList()))
                    .toList();
        } catch (DomainException | EJBException e) {
            lines = List.of();
            messages.showRefusal(e, "yearForm", Set.of());
        }
    }

    public void confirm(Line line) {
        try {
            assessmentService.confirm(line.getCommissionerId(), year);
            messages.info("commissioner.assessment.confirmed", line.getCommissioner(), year);
        } catch (DomainException | EJBException e) {
            messages.showRefusal(e, "assessmentForm", Set.of());
        }
        load();
    }

    /** The county filter (city users only). */
    public CountyChoice getCounty() {
        return county;
    }

    public List<Integer> getYears() {
        return IntStream.rangeClosed(Math.max(2000, currentYear - 9), currentYear + 1).boxed()
                .sorted((a, b) -> b - a).toList();
    }

    public List<Line> getLines() {
        if (lines == null) {
            load();
        }
        return lines;
    }

    public long getAtRiskCount() {
        return getLines().stream().filter(Line::isAtRisk).count();
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    /** The quota in words: at least N approved visits or M service days. */
    public String getQuotaText() {
        return messages.text("commissioner.assessment.quotaText", quotaVisits, quotaDays);
    }

    public int getQuotaVisits() {
        return quotaVisits;
    }

    public int getQuotaDays() {
        return quotaDays;
    }

    /** One commissioner's row. */
    public static final class Line implements Serializable {

        private static final long serialVersionUID = 1L;

        private final long commissionerId;
        private final String commissioner;
        private final ServiceField field;
        private final long visits;
        private final BigDecimal days;
        private final long results;
        private final BigDecimal satisfaction;
        private final BigDecimal serviceScore;
        private final BigDecimal resultsScore;
        private final BigDecimal satisfactionScore;
        private final BigDecimal total;
        private final Grade grade;
        private final boolean quotaMet;
        private final boolean atRisk;
        private final String confirmedBy;
        private final LocalDateTime confirmedAt;
        private final String county;
        private final int monthsServed;
        private final List<String> reasons;

        Line(AssessmentRow row, List<String> reasons) {
            this.county = row.commissioner().getCounty().getName();
            this.monthsServed = row.score().monthsServed();
            this.reasons = List.copyOf(reasons);
            this.commissionerId = row.commissioner().getId();
            this.commissioner = row.commissioner().getName();
            this.field = row.commissioner().getField();
            this.visits = row.figures().visits();
            this.days = row.figures().days();
            this.results = row.figures().results();
            this.satisfaction = row.figures().satisfaction();
            this.serviceScore = row.score().service();
            this.resultsScore = row.score().results();
            this.satisfactionScore = row.score().satisfaction();
            this.total = row.score().total();
            this.grade = row.score().grade();
            this.quotaMet = row.score().quotaMet();
            this.atRisk = row.isAtRisk();
            this.confirmedBy = row.confirmation().map(Assessment::getConfirmedBy).orElse(null);
            this.confirmedAt = row.confirmation().map(Assessment::getConfirmedAt).orElse(null);
        }

        public String getCounty() {
            return county;
        }

        public int getMonthsServed() {
            return monthsServed;
        }

        /** Why the grade is what it is, one sentence each. */
        public List<String> getReasons() {
            return reasons;
        }

        /** The reasons in one line (the Excel column). */
        public String getReasonsText() {
            return String.join("；", reasons);
        }

        public long getCommissionerId() {
            return commissionerId;
        }

        public String getCommissioner() {
            return commissioner;
        }

        public ServiceField getField() {
            return field;
        }

        public long getVisits() {
            return visits;
        }

        public BigDecimal getDays() {
            return days;
        }

        public long getResults() {
            return results;
        }

        public BigDecimal getSatisfaction() {
            return satisfaction;
        }

        public BigDecimal getServiceScore() {
            return serviceScore;
        }

        public BigDecimal getResultsScore() {
            return resultsScore;
        }

        public BigDecimal getSatisfactionScore() {
            return satisfactionScore;
        }

        public BigDecimal getTotal() {
            return total;
        }

        public Grade getGrade() {
            return grade;
        }

        public boolean isQuotaMet() {
            return quotaMet;
        }

        public boolean isAtRisk() {
            return atRisk;
        }

        public boolean isConfirmed() {
            return confirmedBy != null;
        }

        public String getConfirmedBy() {
            return confirmedBy;
        }

        public LocalDateTime getConfirmedAt() {
            return confirmedAt;
        }
    }
}
