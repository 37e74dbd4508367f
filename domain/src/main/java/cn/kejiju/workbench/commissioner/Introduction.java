package cn.kejiju.workbench.commissioner;

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

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One introduction of a variety or technology, by one service log to its target. After the log is
 * approved, the later adoption can be recorded: area (亩), households, and income (万元).
 */
@Entity
@Table(name = "introduction")
public class Introduction {

    @Id
    @SequenceGenerator(name = "introduction_seq", sequenceName = "introduction_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "introduction_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "log_id", nullable = false)
    private ServiceLog log;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "innovation_id", nullable = false)
    private Innovation innovation;

    @Column(name = "adopted_area", precision = 14, scale = 2)
    private BigDecimal adoptedArea;

    @Column(name = "adopted_households")
    private Integer adoptedHouseholds;

    @Column(name = "adoption_income", precision = 16, scale = 4)
    private BigDecimal adoptionIncome;

    @Column(name = "adoption_recorded_on")
    private LocalDate adoptionRecordedOn;

    protected Introduction() {
        // for JPA
    }

    Introduction(ServiceLog log, Innovation innovation) {
        this.log = log;
        this.innovation = innovation;
    }

    /** Records how the introduction was taken up; only for an approved log. */
    public void recordAdoption(BigDecimal area, Integer households, BigDecimal income, LocalDate on) {
        if (log.getStatus() != LogStatus.APPROVED) {
            throw new RuleViolationException("introduction.notApproved", "introductionId");
        }
        if (on == null) {
            throw new RuleViolationException("field.required", "recordedOn");
        }
        this.adoptedArea = Amounts.optional(area, 2, "adoptedArea");
        if (households != null && (households < 0 || households > 1_000_000)) {
            throw new RuleViolationException("field.range", "adoptedHouseholds", 0, 1_000_000);
        }
        this.adoptedHouseholds = households;
        this.adoptionIncome = Amounts.optional(income, 4, "adoptionIncome");
        this.adoptionRecordedOn = on;
    }

    public Long getId() {
        return id;
    }

    public ServiceLog getLog() {
        return log;
    }

    public Innovation getInnovation() {
        return innovation;
    }

    public Optional<BigDecimal> adoptedArea() {
        return Optional.ofNullable(adoptedArea);
    }

    public Optional<Integer> adoptedHouseholds() {
        return Optional.ofNullable(adoptedHouseholds);
    }

    public Optional<BigDecimal> adoptionIncome() {
        return Optional.ofNullable(adoptionIncome);
    }

    public Optional<LocalDate> adoptionRecordedOn() {
        return Optional.ofNullable(adoptionRecordedOn);
    }
}
