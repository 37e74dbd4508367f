package cn.kejiju.workbench.incubator;

import cn.kejiju.workbench.shared.RuleViolationException;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The graduation criteria (毕业条件), one row per installation: any one enabled criterion met makes a tenant
 * eligible. The defaults are those of the national incubator rules: recognised 高新技术企业; investment received
 * over 500万元 in all; revenue of two consecutive years over 1000万元 together (连续两年营业收入累计); merged,
 * acquired or listed. Thresholds are exclusive ("over").
 */
@Entity
@Cacheable
@Table(name = "graduation_settings")
public class GraduationSettings {

    public static final long ID = 1L;
    private static final BigDecimal MONEY_MAX = new BigDecimal(YearValues.MONEY_MAX);

    @Id
    private Long id;

    @Version
    private long version;

    @Column(name = "high_tech", nullable = false)
    private boolean highTech;

    @Column(name = "investment_enabled", nullable = false)
    private boolean investmentEnabled;

    @Column(name = "investment_over", nullable = false, precision = 14, scale = 2)
    private BigDecimal investmentOver;

    @Column(name = "revenue_enabled", nullable = false)
    private boolean revenueEnabled;

    @Column(name = "revenue_over", nullable = false, precision = 14, scale = 2)
    private BigDecimal revenueOver;

    @Column(name = "listing_enabled", nullable = false)
    private boolean listingEnabled;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @Column(name = "updated_by", nullable = false, length = 50)
    private String updatedBy;

    protected GraduationSettings() {
        // for JPA
    }

    /** The editable values. */
    public record Values(boolean highTech, boolean investmentEnabled, BigDecimal investmentOver, boolean revenueEnabled,
                         BigDecimal revenueOver, boolean listingEnabled) {
    }

    /** The defaults the migration writes. */
    public static GraduationSettings defaults() {
        GraduationSettings settings = new GraduationSettings();
        settings.id = ID;
        settings.apply(new Values(true, true, new BigDecimal("500"), true, new BigDecimal("1000"), true));
        settings.updatedBy = "system";
        settings.updatedAt = LocalDateTime.of(2026, 1, 1, 0, 0);
        return settings;
    }

    /** Replaces the values: at least one criterion stays enabled, thresholds are positive amounts of 万元. */
    public void revise(Values values, String by, Clock clock) {
        apply(values);
        this.updatedBy = by;
        this.updatedAt = LocalDateTime.now(clock);
    }

    private void apply(Values v) {
        if (!(v.highTech() || v.investmentEnabled() || v.revenueEnabled() || v.listingEnabled())) {
            throw new RuleViolationException("incubator.graduation.noCriterion", "highTech");
        }
        BigDecimal investment = Fields.decimal(v.investmentOver(), "investmentOver", 2, MONEY_MAX, false);
        this.revenueOver = Fields.decimal(v.revenueOver(), "revenueOver", 2, MONEY_MAX, false);
        this.investmentOver = investment;
        this.highTech = v.highTech();
        this.investmentEnabled = v.investmentEnabled();
        this.revenueEnabled = v.revenueEnabled();
        this.listingEnabled = v.listingEnabled();
    }

    public Values values() {
        return new Values(highTech, investmentEnabled, investmentOver, revenueEnabled, revenueOver, listingEnabled);
    }

    /**
     * The enabled criteria the facts meet on the day, in the order of {@link GraduationCriterion}; empty: not
     * eligible. A certificate counts while valid on the day; a listing when recorded on or before it; revenue
     * by the best pair of consecutive years recorded (the latest pair when several qualify).
     */
    public List<GraduationReason> assess(GraduationFacts facts, LocalDate day) {
        List<GraduationReason> met = new ArrayList<>();
        if (highTech && facts.highTechNumber() != null && facts.highTechValidUntil() != null
                && !day.isAfter(facts.highTechValidUntil())) {
            met.add(new GraduationReason(GraduationCriterion.HIGH_TECH,
                    List.of(facts.highTechNumber(), facts.highTechValidUntil().toString())));
        }
        BigDecimal investment = facts.cumulativeInvestment();
        if (investmentEnabled && investment.compareTo(investmentOver) > 0) {
            met.add(new GraduationReason(GraduationCriterion.INVESTMENT,
                    List.of(plain(investment), plain(investmentOver))));
        }
        if (revenueEnabled) {
            Map.Entry<Integer, BigDecimal> pair = bestConsecutivePair(facts);
            if (pair != null) {
                int first = pair.getKey();
                met.add(new GraduationReason(GraduationCriterion.REVENUE, List.of(String.valueOf(first),
                        String.valueOf(first + 1), plain(facts.years().get(first).revenue()),
                        plain(facts.years().get(first + 1).revenue()), plain(pair.getValue()), plain(revenueOver))));
            }
        }
        if (listingEnabled && facts.listingKind() != null && facts.listingOn() != null && !facts.listingOn().isAfter(day)) {
            met.add(new GraduationReason(GraduationCriterion.LISTING,
                    List.of(facts.listingKind().name(), facts.listingOn().toString())));
        }
        return met;
    }

    /** The latest first year of two consecutive recorded years whose revenue together is over the threshold, with the sum. */
    private Map.Entry<Integer, BigDecimal> bestConsecutivePair(GraduationFacts facts) {
        Map.Entry<Integer, BigDecimal> found = null;
        for (Map.Entry<Integer, YearValues> year : facts.years().entrySet()) {
            YearValues next = facts.years().get(year.getKey() + 1);
            if (next == null) {
                continue;
            }
            BigDecimal sum = year.getValue().revenue().add(next.revenue());
            if (sum.compareTo(revenueOver) > 0) {
                found = Map.entry(year.getKey(), sum);
            }
        }
        return found;
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public boolean isHighTech() {
        return highTech;
    }

    public boolean isInvestmentEnabled() {
        return investmentEnabled;
    }

    public BigDecimal getInvestmentOver() {
        return investmentOver;
    }

    public boolean isRevenueEnabled() {
        return revenueEnabled;
    }

    public BigDecimal getRevenueOver() {
        return revenueOver;
    }

    public boolean isListingEnabled() {
        return listingEnabled;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }
}
