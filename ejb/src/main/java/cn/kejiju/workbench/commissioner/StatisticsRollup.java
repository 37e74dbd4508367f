package cn.kejiju.workbench.commissioner;

import cn.kejiju.workbench.platform.RollupRows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Keeps the statistics' monthly rollup (tables {@code log_month}, {@code log_target_month},
 * {@code log_innovation_month}) in step with the approved logs, in the transaction that approves a log
 * or records an adoption. The caller holds the lock on the log's commissioner, and every row of the
 * rollup belongs to one commissioner: two approvals of the same commissioner add up one after the
 * other, never over each other; those of different commissioners touch different rows.
 *
 * <p>Each change adds to the month's row, or inserts it when the month has none yet ({@link RollupRows}).
 */
@ApplicationScoped
public class StatisticsRollup {

    @Inject
    RollupRows rows;

    /** The month's key in the rollup: year * 100 + month. */
    static int periodMonth(LocalDate day) {
        return day.getYear() * 100 + day.getMonthValue();
    }

    static int periodMonth(YearMonth month) {
        return month.getYear() * 100 + month.getMonthValue();
    }

    /** A log has just been approved: it now counts in its commissioner's month. */
    public void approved(ServiceLog log) {
        ServiceKind kind = log.getKind();
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("logs", 1L);
        figures.put("days", log.getDays());
        figures.put("people_trained", (long) log.getPeopleTrained());
        figures.put("demonstration_bases", (long) log.getDemonstrationBases());
        figures.put("income", log.getIncome());
        figures.put("trainings", kind == ServiceKind.TRAINING ? 1L : 0L);
        figures.put("cooperations", kind == ServiceKind.COOPERATION_AGREEMENT ? 1L : 0L);
        figures.put("patents", kind == ServiceKind.PATENT_SUPPORT ? 1L : 0L);
        figures.put("ventures", kind == ServiceKind.VENTURE_CREATION ? 1L : 0L);
        rows.add("log_month", monthOf(log), figures);

        Map<String, Object> target = new LinkedHashMap<>();
        target.put("target_kind", log.getTargetKind().name());
        target.put("target_key", log.getTargetKey());
        target.putAll(monthOf(log));
        rows.add("log_target_month", target, Map.of("logs", 1L));

        for (Introduction introduction : log.getIntroductions()) {
            addToInnovation(log, introduction.getInnovation().getId(), 1, introduction.adoptionIncome().orElse(null));
        }
    }

    /**
     * The adoption of an introduction of an approved log was recorded (or recorded again): its income
     * changed by the difference.
     */
    public void adoptionChanged(Introduction introduction, BigDecimal incomeBefore) {
        ServiceLog log = introduction.getLog();
        if (log.getStatus() != LogStatus.APPROVED) {
            return;
        }
        BigDecimal before = incomeBefore == null ? BigDecimal.ZERO : incomeBefore;
        BigDecimal change = introduction.adoptionIncome().orElse(BigDecimal.ZERO).subtract(before);
        if (change.signum() != 0) {
            addToInnovation(log, introduction.getInnovation().getId(), 0, change);
        }
    }

    /**
     * Adds introductions and adoption income (null: none recorded) to the row of an item. The income stays
     * null until one is added, as the sum over the introductions does: it is left out of the row while there is none.
     */
    private void addToInnovation(ServiceLog log, long innovation, long introductions, BigDecimal income) {
        Map<String, Object> key = new LinkedHashMap<>();
        key.put("innovation_id", innovation);
        key.putAll(monthOf(log));
        rows.add("log_innovation_month", key, income == null ? Map.of("introductions", introductions)
                : Map.of("introductions", introductions, "adoption_income", income));
    }

    /** The key of the log's row: its commissioner, its month and its county. */
    private static Map<String, Object> monthOf(ServiceLog log) {
        Map<String, Object> key = new LinkedHashMap<>();
        key.put("commissioner_id", log.getCommissioner().getId());
        key.put("period_month", periodMonth(log.getServiceDate()));
        key.put("county_id", log.getCounty().getId());
        return key;
    }
}
