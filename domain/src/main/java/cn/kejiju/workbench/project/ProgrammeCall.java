package cn.kejiju.workbench.project;

import cn.kejiju.workbench.financing.Yuan;
import cn.kejiju.workbench.shared.ClerkInput;
import cn.kejiju.workbench.shared.RuleViolationException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A year's call of a programme (申报指南): open from one day to another, with a budget (optional: higher levels
 * do not always publish one), the cap per project (单项资助上限) and eligibility notes. An application asks for
 * no more than the cap and is prepared and recommended before the call closes.
 */
@Entity
@Table(name = "proj_call")
public class ProgrammeCall {

    public static final int TITLE_MAX = 200;
    public static final int ELIGIBILITY_MAX = 2000;
    public static final int YEAR_MIN = 2000;
    public static final int YEAR_MAX = 2100;

    @Id
    @SequenceGenerator(name = "proj_call_seq", sequenceName = "proj_call_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "proj_call_seq")
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "programme_id", nullable = false)
    private Programme programme;

    @Column(name = "call_year", nullable = false)
    private int year;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Column(name = "opens_on", nullable = false)
    private LocalDate opensOn;

    @Column(name = "closes_on", nullable = false)
    private LocalDate closesOn;

    @Column(precision = 19, scale = 2)
    private BigDecimal budget;

    @Column(name = "cap_per_project", nullable = false, precision = 19, scale = 2)
    private BigDecimal capPerProject;

    @Column(length = ELIGIBILITY_MAX)
    private String eligibility;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    protected ProgrammeCall() {
        // for JPA
    }

    public ProgrammeCall(Programme programme, CallTerms terms, Clock clock) {
        this.programme = ClerkInput.present(programme, "programmeId");
        revise(terms, clock);
    }

    public void revise(CallTerms terms, Clock clock) {
        ClerkInput.present(terms, "call");
        if (terms.year() < YEAR_MIN || terms.year() > YEAR_MAX) {
            throw new RuleViolationException("project.call.year", "year", YEAR_MIN, YEAR_MAX);
        }
        LocalDate opens = ClerkInput.present(terms.opensOn(), "opensOn");
        LocalDate closes = ClerkInput.present(terms.closesOn(), "closesOn");
        if (closes.isBefore(opens)) {
            throw new RuleViolationException("project.call.period", "closesOn");
        }
        BigDecimal cap = Yuan.positive(terms.capPerProject(), "capPerProject");
        BigDecimal total = terms.budget() == null ? null : Yuan.positive(terms.budget(), "budget");
        if (total != null && cap.compareTo(total) > 0) {
            throw new RuleViolationException("project.call.capAboveBudget", "capPerProject", Yuan.format(total));
        }
        this.year = terms.year();
        this.title = ClerkInput.required(terms.title(), "title", TITLE_MAX);
        this.opensOn = opens;
        this.closesOn = closes;
        this.budget = total;
        this.capPerProject = cap;
        this.eligibility = ClerkInput.optional(terms.eligibility(), "eligibility", ELIGIBILITY_MAX);
        this.updatedAt = LocalDateTime.now(clock);
    }

    /** Whether applications may still be prepared or recommended on the day: not after the closing day. */
    public boolean closedOn(LocalDate day) {
        return day.isAfter(closesOn);
    }

    /** Refused when {@code requested} is above the cap per project. */
    public void requireWithinCap(BigDecimal requested, String field) {
        if (requested.compareTo(capPerProject) > 0) {
            throw new RuleViolationException("project.budget.aboveCap", field, Yuan.format(capPerProject));
        }
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Programme getProgramme() {
        return programme;
    }

    public int getYear() {
        return year;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getOpensOn() {
        return opensOn;
    }

    public LocalDate getClosesOn() {
        return closesOn;
    }

    public BigDecimal getBudget() {
        return budget;
    }

    public BigDecimal getCapPerProject() {
        return capPerProject;
    }

    public String getEligibility() {
        return eligibility;
    }
}
