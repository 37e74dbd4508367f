package cn.kejiju.workbench.summary;

import cn.kejiju.workbench.jurisdiction.Jurisdiction;
import cn.kejiju.workbench.jurisdiction.JurisdictionLevel;
import cn.kejiju.workbench.shared.RuleViolationException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A yearly target (指标任务) the city sets a county for one figure of one summary section ("专利申请 205件",
 * "新增融资 1亿元"): one per year, county, section and figure. The section and figure must be ones a section
 * reports ({@code SummarySection.figureKeys()} in ejb), the value an exact decimal of at least zero (amounts in
 * yuan, at most two decimals), the jurisdiction a county.
 */
@Entity
@Table(name = "sum_target")
public class SummaryTarget {

    public static final int MIN_YEAR = 2000;
    public static final int MAX_YEAR = 2100;
    public static final int INTEGER_DIGITS = 16;
    public static final int FRACTION_DIGITS = 2;

    @Id
    @SequenceGenerator(name = "sum_target_seq", sequenceName = "sum_target_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sum_target_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "target_year", nullable = false)
    private int year;

    @Column(name = "county_id", nullable = false)
    private Long countyId;

    @Column(nullable = false, length = SummaryTemplate.SECTION_MAX)
    private String section;

    @Column(nullable = false, length = SummaryTemplate.KEY_MAX)
    private String figure;

    @DecimalMin("0")
    @Digits(integer = INTEGER_DIGITS, fraction = FRACTION_DIGITS)
    @Column(name = "target_value", nullable = false, precision = INTEGER_DIGITS + FRACTION_DIGITS,
            scale = FRACTION_DIGITS)
    private BigDecimal value;

    @Column(name = "set_by", nullable = false, length = 60)
    private String setBy;

    @Column(name = "set_at", nullable = false)
    private LocalDateTime setAt;

    protected SummaryTarget() {
        // for JPA
    }

    /**
     * A target for {@code county} in {@code year}; {@code figureKeys} are the figure keys of every section by
     * section key. Refused (422) on field {@code year}, {@code countyId}, {@code section}, {@code figure} or
     * {@code value}.
     */
    public SummaryTarget(int year, Jurisdiction county, String section, String figure, BigDecimal value,
                         Map<String, Set<String>> figureKeys, String by, LocalDateTime at) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new RuleViolationException("summary.target.year", "year", MIN_YEAR, MAX_YEAR);
        }
        if (county == null || county.getLevel() != JurisdictionLevel.COUNTY) {
            throw new RuleViolationException("summary.target.county", "countyId");
        }
        Set<String> figures = figureKeys.get(section);
        if (figures == null) {
            throw new RuleViolationException("summary.target.section", "section", section);
        }
        if (!figures.contains(figure)) {
            throw new RuleViolationException("summary.target.figure", "figure", figure);
        }
        this.year = year;
        this.countyId = county.getId();
        this.section = section;
        this.figure = figure;
        set(value, by, at);
    }

    /** A new value for the target. */
    public void change(BigDecimal newValue, String by, LocalDateTime at) {
        set(newValue, by, at);
    }

    private void set(BigDecimal newValue, String by, LocalDateTime at) {
        this.value = checked(newValue);
        this.setBy = Objects.requireNonNull(by, "by");
        this.setAt = Objects.requireNonNull(at, "at");
    }

    /** At least zero, at most two decimals and sixteen integer digits. */
    static BigDecimal checked(BigDecimal value) {
        if (value == null) {
            throw new RuleViolationException("summary.target.value", "value");
        }
        if (value.signum() < 0) {
            throw new RuleViolationException("summary.target.negative", "value");
        }
        BigDecimal plain = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
        if (plain.scale() > FRACTION_DIGITS || plain.precision() - plain.scale() > INTEGER_DIGITS) {
            throw new RuleViolationException("summary.target.digits", "value", INTEGER_DIGITS, FRACTION_DIGITS);
        }
        return plain.setScale(Math.max(0, plain.scale()));
    }

    /** How far the figure's actual value has come towards this target by {@code today}. */
    public TargetProgress progress(BigDecimal actual, java.time.LocalDate today) {
        return TargetProgress.of(value, actual, year, today);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public int getYear() {
        return year;
    }

    public Long getCountyId() {
        return countyId;
    }

    public String getSection() {
        return section;
    }

    public String getFigure() {
        return figure;
    }

    public BigDecimal getValue() {
        return value;
    }

    public String getSetBy() {
        return setBy;
    }

    public LocalDateTime getSetAt() {
        return setAt;
    }
}
