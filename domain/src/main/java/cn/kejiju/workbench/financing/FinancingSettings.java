package cn.kejiju.workbench.financing;

import cn.kejiju.workbench.shared.RuleViolationException;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDateTime;

/**
 * The limits' numbers (one row): the multiple of its net assets a guarantee company may have outstanding
 * (10× standard, 15× for companies mainly serving small and micro firms) and the share of its net assets
 * one enterprise with its related parties may take (10 % and 15 %); for loans, the rounding mode of the
 * instalment tables (half up) and the day bands of the five-category classification (1, 91, 181, 361).
 */
@Entity
@Cacheable
@Table(name = "fin_settings")
public class FinancingSettings {

    public static final long ID = 1L;

    @Id
    private Long id;

    @Version
    private long version;

    @Column(name = "standard_multiple", nullable = false)
    private int standardMultiple;

    @Column(name = "small_micro_multiple", nullable = false)
    private int smallMicroMultiple;

    @Column(name = "standard_single_pct", nullable = false, precision = 5, scale = 2)
    private BigDecimal standardSinglePercent;

    @Column(name = "small_micro_single_pct", nullable = false, precision = 5, scale = 2)
    private BigDecimal smallMicroSinglePercent;

    @Enumerated(EnumType.STRING)
    @Column(name = "rounding_mode", nullable = false, length = 12)
    private RoundingMode roundingMode = RoundingMode.HALF_UP;

    @Column(name = "mention_from_days", nullable = false)
    private int specialMentionFrom = ClassificationBands.DEFAULT.specialMentionFrom();

    @Column(name = "substandard_from_days", nullable = false)
    private int substandardFrom = ClassificationBands.DEFAULT.substandardFrom();

    @Column(name = "doubtful_from_days", nullable = false)
    private int doubtfulFrom = ClassificationBands.DEFAULT.doubtfulFrom();

    @Column(name = "loss_from_days", nullable = false)
    private int lossFrom = ClassificationBands.DEFAULT.lossFrom();

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    protected FinancingSettings() {
        // for JPA
    }

    /** Settings as given (tests, and the defaults of a fresh database: 10, 15, 10 %, 15 %). */
    public static FinancingSettings of(int standardMultiple, int smallMicroMultiple, BigDecimal standardPercent,
                                       BigDecimal smallMicroPercent) {
        FinancingSettings settings = new FinancingSettings();
        settings.id = ID;
        settings.change(standardMultiple, smallMicroMultiple, standardPercent, smallMicroPercent, Clock.systemUTC());
        return settings;
    }

    public void change(int newStandardMultiple, int newSmallMicroMultiple, BigDecimal standardPercent,
                       BigDecimal smallMicroPercent, Clock clock) {
        if (newStandardMultiple < 1 || newStandardMultiple > 100) {
            throw new RuleViolationException("financing.settings.multiple", "standardMultiple");
        }
        if (newSmallMicroMultiple < 1 || newSmallMicroMultiple > 100) {
            throw new RuleViolationException("financing.settings.multiple", "smallMicroMultiple");
        }
        this.standardMultiple = newStandardMultiple;
        this.smallMicroMultiple = newSmallMicroMultiple;
        this.standardSinglePercent = percent(standardPercent, "standardSinglePercent");
        this.smallMicroSinglePercent = percent(smallMicroPercent, "smallMicroSinglePercent");
        this.updatedAt = LocalDateTime.now(clock);
    }

    /**
     * Changes the loans' numbers: the rounding mode of the instalment tables (new loans only; a loan keeps the
     * table it was given) and the day bands of the five categories.
     */
    public void changeLoanTerms(RoundingMode rounding, ClassificationBands bands, Clock clock) {
        this.roundingMode = RepaymentSchedule.rounding(rounding);
        if (bands == null) {
            throw new RuleViolationException("field.required", "specialMentionFrom");
        }
        this.specialMentionFrom = bands.specialMentionFrom();
        this.substandardFrom = bands.substandardFrom();
        this.doubtfulFrom = bands.doubtfulFrom();
        this.lossFrom = bands.lossFrom();
        this.updatedAt = LocalDateTime.now(clock);
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }

    public RoundingMode getRoundingMode() {
        return roundingMode;
    }

    public ClassificationBands bands() {
        return new ClassificationBands(specialMentionFrom, substandardFrom, doubtfulFrom, lossFrom);
    }

    private static BigDecimal percent(BigDecimal value, String field) {
        if (value == null || value.signum() <= 0 || value.compareTo(BigDecimal.valueOf(100)) > 0
                || value.stripTrailingZeros().scale() > 2) {
            throw new RuleViolationException("financing.settings.percent", field);
        }
        return value.setScale(2);
    }

    public int multiple(GuarantorCategory category) {
        return category == GuarantorCategory.SMALL_MICRO ? smallMicroMultiple : standardMultiple;
    }

    public BigDecimal singlePercent(GuarantorCategory category) {
        return category == GuarantorCategory.SMALL_MICRO ? smallMicroSinglePercent : standardSinglePercent;
    }

    public long getVersion() {
        return version;
    }

    public int getStandardMultiple() {
        return standardMultiple;
    }

    public int getSmallMicroMultiple() {
        return smallMicroMultiple;
    }

    public BigDecimal getStandardSinglePercent() {
        return standardSinglePercent;
    }

    public BigDecimal getSmallMicroSinglePercent() {
        return smallMicroSinglePercent;
    }
}
