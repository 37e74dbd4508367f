package cn.kejiju.workbench.commissioner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Keeps the statistics' monthly rollup (tables {@code log_month}, {@code log_target_month},
 * {@code log_innovation_month}) in step with the approved logs, in the transaction that approves a log
 * or records an adoption. The caller holds the lock on the log's commissioner, and every row of the
 * rollup belongs to one commissioner: two approvals of the same commissioner add up one after the
 * other, never over each other; those of different commissioners touch different rows.
 *
 * <p>Each change is an {@code UPDATE} adding to the row, or an {@code INSERT} when the month has no row
 * yet: plain SQL that H2 and PostgreSQL (and any other database) run alike.
 */
@ApplicationScoped
public class StatisticsRollup {

    @PersistenceContext(unitName = "workbench")
    EntityManager em;

    /** The month's key in the rollup: year * 100 + month. */
    static int periodMonth(LocalDate day) {
        return day.getYear() * 100 + day.getMonthValue();
    }

    static int periodMonth(YearMonth month) {
        return month.getYear() * 100 + month.getMonthValue();
    }

    /** A log has just been approved: it now counts in its commissioner's month. */
    public void approved(ServiceLog log) {
        long commissioner = log.getCommissioner().getId();
        int month = periodMonth(log.getServiceDate());
        long county = log.getCounty().getId();
        ServiceKind kind = log.getKind();
        Object[] figures = {log.getDays(), (long) log.getPeopleTrained(), (long) log.getDemonstrationBases(), log.getIncome(),
                kind == ServiceKind.TRAINING ? 1L : 0L, kind == ServiceKind.COOPERATION_AGREEMENT ? 1L : 0L,
                kind == ServiceKind.PATENT_SUPPORT ? 1L : 0L, kind == ServiceKind.VENTURE_CREATION ? 1L : 0L};
        Query add = em.createNativeQuery("update log_month set logs = logs + 1, days = days + ?,"
                + " people_trained = people_trained + ?, demonstration_bases = demonstration_bases + ?,"
                + " income = income + ?, trainings = trainings + ?, cooperations = cooperations + ?,"
                + " patents = patents + ?, ventures = ventures + ?"
                + " where commissioner_id = ? and period_month = ? and county_id = ?");
        if (bind(add, figures, commissioner, month, county).executeUpdate() == 0) {
            Query insert = em.createNativeQuery("insert into log_month (days, people_trained, demonstration_bases,"
                    + " income, trainings, cooperations, patents, ventures, commissioner_id, period_month, county_id,"
                    + " logs) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)");
            bind(insert, figures, commissioner, month, county).executeUpdate();
        }

        Object[] target = {log.getTargetKind().name(), log.getTargetKey()};
        Query served = em.createNativeQuery("update log_target_month set logs = logs + 1 where target_kind = ?"
                + " and target_key = ? and commissioner_id = ? and period_month = ? and county_id = ?");
        if (bind(served, target, commissioner, month, county).executeUpdate() == 0) {
            bind(em.createNativeQuery("insert into log_target_month (target_kind, target_key, commissioner_id,"
                    + " period_month, county_id, logs) values (?, ?, ?, ?, ?, 1)"), target, commissioner, month, county)
                    .executeUpdate();
        }

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
     * null until one is added, as the sum over the introductions does.
     */
    private void addToInnovation(ServiceLog log, long innovation, long introductions, BigDecimal income) {
        long commissioner = log.getCommissioner().getId();
        int month = periodMonth(log.getServiceDate());
        long county = log.getCounty().getId();
        Query add = income == null
                ? em.createNativeQuery("update log_innovation_month set introductions = introductions + ?"
                        + " where innovation_id = ? and commissioner_id = ? and period_month = ? and county_id = ?")
                : em.createNativeQuery("update log_innovation_month set introductions = introductions + ?,"
                        + " adoption_income = coalesce(adoption_income, 0) + ?"
                        + " where innovation_id = ? and commissioner_id = ? and period_month = ? and county_id = ?");
        Object[] figures = income == null ? new Object[] {introductions, innovation} : new Object[] {introductions, income, innovation};
        if (bind(add, figures, commissioner, month, county).executeUpdate() == 0) {
            // the income column is left out (null) while there is none: no typeless null is bound
            Query insert = income == null
                    ? em.createNativeQuery("insert into log_innovation_month (introductions, innovation_id,"
                            + " commissioner_id, period_month, county_id) values (?, ?, ?, ?, ?)")
                    : em.createNativeQuery("insert into log_innovation_month (introductions, adoption_income,"
                            + " innovation_id, commissioner_id, period_month, county_id) values (?, ?, ?, ?, ?, ?)");
            bind(insert, figures, commissioner, month, county).executeUpdate();
        }
    }

    /** Binds the values, then the row's commissioner, month and county, in this order. */
    private static Query bind(Query query, Object[] values, long commissioner, int month, long county) {
        int position = 1;
        for (Object value : values) {
            query.setParameter(position++, value);
        }
        return query.setParameter(position++, commissioner).setParameter(position++, month)
                .setParameter(position, county);
    }
}
