package cn.kejiju.workbench.incubator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * What graduation is judged on, for one incubatee on one day: the enterprise's high-tech certificate (number
 * and last valid day, both absent without one), the yearly figures by year, and a merger or listing recorded.
 */
public record GraduationFacts(String highTechNumber, LocalDate highTechValidUntil, Map<Integer, YearValues> years,
                              ListingKind listingKind, LocalDate listingOn) {

    public GraduationFacts {
        years = years == null ? Map.of() : new TreeMap<>(years);
    }

    /** The investment received over every year recorded (万元). */
    public BigDecimal cumulativeInvestment() {
        return years.values().stream().map(YearValues::investment).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }
}
