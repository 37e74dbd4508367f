package cn.kejiju.workbench.preparedness.pages;

import cn.kejiju.workbench.platform.PageMessages;
import cn.kejiju.workbench.preparedness.AssessmentCriterion;
import cn.kejiju.workbench.preparedness.AssessmentScheme;
import cn.kejiju.workbench.preparedness.PrefillSource;
import cn.kejiju.workbench.preparedness.TownshipAssessmentService;
import cn.kejiju.workbench.shared.DomainException;
import cn.kejiju.workbench.shared.RuleViolationException;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A year's criteria set of the township assessment ({@code admin/preparedness-assessment-scheme.xhtml?year=…}),
 * for the system administrator: criteria with their maximum scores (adding up to 100) and pre-fill sources, and
 * the grade bands.
 */
@Named
@ViewScoped
public class AssessmentSchemePage implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FORM = "schemeForm";

    @Inject
    TownshipAssessmentService assessmentService;

    @Inject
    PageMessages messages;

    private Integer year;
    private Long version;
    private boolean standard;
    private Integer excellentFrom;
    private Integer passFrom;
    private List<CriterionRow> criteria = new ArrayList<>();
    private String updated = "";

    public void load() {
        if (year == null) {
            year = assessmentService.currentYear();
        }
        try {
            show(assessmentService.scheme(year));
        } catch (DomainException | EJBException e) {
            messages.showRefusal(e, FORM, Set.of());
        }
    }

    private void show(AssessmentScheme scheme) {
        version = scheme.isStored() ? scheme.getVersion() : null;
        standard = !scheme.isStored();
        excellentFrom = scheme.getExcellentFrom();
        passFrom = scheme.getPassFrom();
        criteria = new ArrayList<>(scheme.getCriteria().stream().map(CriterionRow::new).toList());
        updated = scheme.isStored() ? scheme.getUpdatedBy() + " · " + scheme.getUpdatedAt().toLocalDate() : "";
    }

    public void addCriterion() {
        criteria.add(new CriterionRow());
    }

    public void removeCriterion(CriterionRow row) {
        criteria.remove(row);
    }

    public void save() {
        try {
            List<AssessmentCriterion> list = new ArrayList<>();
            for (int i = 0; i < criteria.size(); i++) {
                CriterionRow r = criteria.get(i);
                list.add(new AssessmentCriterion(r.code, r.name, r.maxScore, r.source, r.fullAt, "criteria[" + i + "]"));
            }
            show(assessmentService.configure(year, version, list, excellentFrom, passFrom));
            Texts.info(false, "scheme.saved", String.valueOf(year));
        } catch (RuleViolationException e) {
            messages.show(e, null);
        } catch (DomainException | EJBException e) {
            messages.showRefusal(e, FORM, Set.of("excellentFrom", "passFrom"));
        }
    }

    public int getMaximaSum() {
        return criteria.stream().mapToInt(c -> c.maxScore == null ? 0 : c.maxScore).sum();
    }

    public List<Integer> getYears() {
        int current = assessmentService.currentYear();
        List<Integer> years = new ArrayList<>();
        for (int y = current + 1; y >= current - 5; y--) {
            years.add(y);
        }
        return years;
    }

    public PrefillSource[] getSources() {
        return PrefillSource.values();
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public boolean isStandard() {
        return standard;
    }

    public Integer getExcellentFrom() {
        return excellentFrom;
    }

    public void setExcellentFrom(Integer excellentFrom) {
        this.excellentFrom = excellentFrom;
    }

    public Integer getPassFrom() {
        return passFrom;
    }

    public void setPassFrom(Integer passFrom) {
        this.passFrom = passFrom;
    }

    public List<CriterionRow> getCriteria() {
        return criteria;
    }

    public String getUpdated() {
        return updated;
    }

    /** One criterion as edited. */
    public static final class CriterionRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private String code;
        private String name;
        private Integer maxScore;
        private PrefillSource source = PrefillSource.MANUAL;
        private Integer fullAt;

        CriterionRow() {
        }

        CriterionRow(AssessmentCriterion c) {
            this.code = c.getCode();
            this.name = c.getName();
            this.maxScore = c.getMaxScore();
            this.source = c.getSource();
            this.fullAt = c.getFullAt();
        }

        public String getCode() {
            return code;
        }

        public void setCode(String code) {
            this.code = code;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public Integer getMaxScore() {
            return maxScore;
        }

        public void setMaxScore(Integer maxScore) {
            this.maxScore = maxScore;
        }

        public PrefillSource getSource() {
            return source;
        }

        public void setSource(PrefillSource source) {
            this.source = source;
        }

        public Integer getFullAt() {
            return fullAt;
        }

        public void setFullAt(Integer fullAt) {
            this.fullAt = fullAt;
        }
    }
}
