package cn.kejiju.workbench.incubator;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * How long an enterprise may incubate: {@code months} from its first entry (48 by default), longer for the
 * industries named in {@code byIndustry} (e.g. biomedicine, IC design, modern agriculture). The period's
 * last day is the day before the same date {@code months} later; the to-do list warns
 * {@value #WARN_DAYS} days before it.
 */
public record IncubationPeriod(int months, Map<String, Integer> byIndustry) {

    public static final int DEFAULT_MONTHS = 48;
    public static final int WARN_DAYS = 90;

    public IncubationPeriod {
        if (months < 1) {
            throw new IllegalArgumentException("months: " + months);
        }
        byIndustry = byIndustry == null ? Map.of() : Map.copyOf(byIndustry);
        byIndustry.values().forEach(m -> {
            if (m < 1) {
                throw new IllegalArgumentException("months: " + m);
            }
        });
    }

    /**
     * Reads the configuration: a default number of months and a list like {@code 生物医药:60,集成电路设计:60}
     * (blank: none). Malformed entries are refused at start-up rather than ignored.
     */
    public static IncubationPeriod parse(int months, String byIndustry) {
        Map<String, Integer> longer = new HashMap<>();
        if (byIndustry != null && !byIndustry.isBlank()) {
            for (String entry : byIndustry.split(",")) {
                String[] parts = entry.split(":");
                if (parts.length != 2 || parts[0].isBlank()) {
                    throw new IllegalArgumentException("industry:months expected, got " + entry);
                }
                longer.put(parts[0].strip(), Integer.valueOf(parts[1].strip()));
            }
        }
        return new IncubationPeriod(months, longer);
    }

    /** The months allowed to an enterprise of the industry. */
    public int monthsFor(String industry) {
        return industry == null ? months : byIndustry.getOrDefault(industry.strip(), months);
    }

    /** The last day of incubation for an entry on the day. */
    public LocalDate lastDay(LocalDate enteredOn, String industry) {
        return enteredOn.plusMonths(monthsFor(industry)).minusDays(1);
    }

    /** Where an incubation stands on the day: running, in the last {@value #WARN_DAYS} days, or run out. */
    public Stage stageOn(LocalDate today, LocalDate enteredOn, String industry) {
        LocalDate last = lastDay(enteredOn, industry);
        if (today.isAfter(last)) {
            return Stage.RUN_OUT;
        }
        return today.isBefore(last.minusDays(WARN_DAYS)) ? Stage.RUNNING : Stage.ENDING;
    }

    /** Where an incubation stands. */
    public enum Stage {
        RUNNING,
        ENDING,
        RUN_OUT
    }
}
