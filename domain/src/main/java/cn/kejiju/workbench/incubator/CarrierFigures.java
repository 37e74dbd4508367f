package cn.kejiju.workbench.incubator;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A carrier's figures at the last day of a statistics period: its units' total area, the area let on that
 * day, the tenants on that day and the graduates up to it; the occupancy (let ÷ total, in percent) and the
 * tenants per 1000 m² follow from them, two decimals half up, zero without area.
 */
public record CarrierFigures(BigDecimal totalArea, BigDecimal letArea, long tenants, long graduatesTotal) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    public CarrierFigures {
        totalArea = totalArea == null ? BigDecimal.ZERO : totalArea;
        letArea = letArea == null ? BigDecimal.ZERO : letArea;
    }

    public BigDecimal occupancyPercent() {
        return percent(letArea, totalArea);
    }

    public BigDecimal tenantsPerThousand() {
        return perThousand(BigDecimal.valueOf(tenants), totalArea);
    }

    /** part ÷ whole × 100, two decimals half up; 0.00 when whole is zero. */
    public static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        if (whole.signum() == 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        return part.multiply(HUNDRED).divide(whole, 2, RoundingMode.HALF_UP);
    }

    /** count ÷ area × 1000, two decimals half up; 0.00 without area. */
    public static BigDecimal perThousand(BigDecimal count, BigDecimal area) {
        if (area.signum() == 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        return count.multiply(THOUSAND).divide(area, 2, RoundingMode.HALF_UP);
    }
}
