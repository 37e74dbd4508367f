package cn.kejiju.workbench.incubator;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import cn.kejiju.workbench.shared.RuleViolationException;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a carrier recognised at a level is judged by (认定指标): at least so many tenants, so many tenants per
 * 1000 m², such a share of its area let to incubatees, and so many graduates in all. One row per level
 * (national, provincial, municipal), configurable in the table.
 */
@Entity
@Cacheable
@Table(name = "recognition_threshold")
public class RecognitionThreshold {

    @Id
    @Enumerated(EnumType.STRING)
    @Column(length = 12)
    private RecognitionLevel level;

    @Version
    private long version;

    @Column(name = "min_tenants", nullable = false)
    private int minTenants;

    @Column(name = "min_per_thousand", nullable = false, precision = 6, scale = 2)
    private BigDecimal minPerThousand;

    @Column(name = "min_used_percent", nullable = false, precision = 5, scale = 2)
    private BigDecimal minUsedPercent;

    @Column(name = "min_graduates", nullable = false)
    private int minGraduates;

    protected RecognitionThreshold() {
        // for JPA
    }

    public RecognitionThreshold(RecognitionLevel level, int minTenants, BigDecimal minPerThousand,
                                BigDecimal minUsedPercent, int minGraduates) {
        this.level = level;
        this.minTenants = minTenants;
        this.minPerThousand = minPerThousand;
        this.minUsedPercent = minUsedPercent;
        this.minGraduates = minGraduates;
    }

    /** The editable values of a level. */
    public record Values(Integer minTenants, BigDecimal minPerThousand, BigDecimal minUsedPercent, Integer minGraduates) {
    }

    static final int COUNT_MAX = 100_000;
    private static final BigDecimal PER_THOUSAND_MAX = new BigDecimal("9999.99");
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    /**
     * Replaces the thresholds: counts are whole numbers over 0, tenants per 1000 m² over 0 with at most two
     * decimals, the used share a percentage from 0 to 100 with at most two decimals; kept exactly.
     */
    public void revise(Values v) {
        int tenants = count(v.minTenants(), "minTenants");
        BigDecimal perThousand = Fields.decimal(v.minPerThousand(), "minPerThousand", 2, PER_THOUSAND_MAX, false);
        BigDecimal usedPercent = Fields.decimal(v.minUsedPercent(), "minUsedPercent", 2, HUNDRED, true);
        int graduates = count(v.minGraduates(), "minGraduates");
        this.minTenants = tenants;
        this.minPerThousand = perThousand;
        this.minUsedPercent = usedPercent;
        this.minGraduates = graduates;
    }

    private static int count(Integer value, String field) {
        Fields.present(value, field);
        if (value < 1 || value > COUNT_MAX) {
            throw new RuleViolationException("field.range", field, "1", String.valueOf(COUNT_MAX));
        }
        return value;
    }

    public Values values() {
        return new Values(minTenants, minPerThousand, minUsedPercent, minGraduates);
    }

    public long getVersion() {
        return version;
    }

    /** The four indicators of a carrier's figures against this level, each met or not (at least the threshold). */
    public List<Indicator> judge(CarrierFigures figures) {
        return List.of(
                new Indicator("tenants", BigDecimal.valueOf(figures.tenants()), BigDecimal.valueOf(minTenants)),
                new Indicator("tenantsPerThousand", figures.tenantsPerThousand(), minPerThousand),
                new Indicator("occupancyPercent", figures.occupancyPercent(), minUsedPercent),
                new Indicator("graduatesTotal", BigDecimal.valueOf(figures.graduatesTotal()), BigDecimal.valueOf(minGraduates)));
    }

    public RecognitionLevel getLevel() {
        return level;
    }

    public int getMinTenants() {
        return minTenants;
    }

    public BigDecimal getMinPerThousand() {
        return minPerThousand;
    }

    public BigDecimal getMinUsedPercent() {
        return minUsedPercent;
    }

    public int getMinGraduates() {
        return minGraduates;
    }

    /** One indicator: its key, the carrier's value, the level's threshold, and whether the value reaches it. */
    public record Indicator(String key, BigDecimal value, BigDecimal required) {

        public boolean met() {
            return value.compareTo(required) >= 0;
        }
    }
}
