package cn.kejiju.workbench.financing;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The loans by county and five-category class at the end of a past day ({@code fin_position_day}, V46), kept once
 * computed: a past day's positions change only when a disbursement, repayment, prepayment or compensation is recorded
 * with a date on or before it, and each of those removes the kept days from its date on ({@link #changedFrom}).
 *
 * <p>The financing settings' row is the lock both sides take: a day is computed and kept under it, a back-dated
 * change removes days under it, so a day computed while such a change is being recorded either is removed by it or
 * is computed after it committed. Changes dated today need no lock: no kept day is today or later. Bookkeeping inside
 * the statistics and the loan services, hence {@code @PermitAll}; it returns no record of anyone.
 */
@Stateless
@PermitAll
public class LoanPositionSnapshots {

    /** One county's loans of one class on the day: how many, the principal they still owe. */
    public record Position(long county, LoanClass loanClass, long loans, BigDecimal balance) {
    }

    @PersistenceContext(unitName = "workbench")
    EntityManager em;

    @Inject
    Clock clock;

    /** The day's kept positions if they were classified by {@code bands}; empty when not kept. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<List<Position>> kept(LocalDate day, ClassificationBands bands) {
        List<?> rows = em.createNativeQuery("select s.bands, d.county_id, d.loan_class, d.loans, d.balance"
                        + " from fin_position_snapshot s left join fin_position_day d on d.class_day = s.class_day"
                        + " where s.class_day = ?")
                .setParameter(1, Date.valueOf(day)).getResultList();
        if (rows.isEmpty() || !key(bands).equals(((String) ((Object[]) rows.get(0))[0]).trim())) {
            return Optional.empty();
        }
        List<Position> positions = new ArrayList<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            if (r[1] != null) {
                positions.add(new Position(((Number) r[1]).longValue(), LoanClass.valueOf(((String) r[2]).trim()),
                        ((Number) r[3]).longValue(), FinancingStatisticsQueries.decimal(r[4])));
            }
        }
        return Optional.of(positions);
    }

    /**
     * Computes the day's positions from the instalments and repayments and keeps them, in a transaction of its own
     * under the settings' lock (another request may have kept them meanwhile: then those are read). One statement
     * over every loan disbursed by the day: a loan's days past due are those since its oldest instalment due before
     * the day and not settled by it; it is in class C when that instalment fell due on or before the day minus C's
     * first day; its balance is its principal less the principal repaid by the day; compensated loans are not counted.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Position> keep(LocalDate day, ClassificationBands bands) {
        lock();
        Optional<List<Position>> kept = kept(day, bands);
        if (kept.isPresent()) {
            return kept.get();
        }
        Date d = Date.valueOf(day);
        em.createNativeQuery("delete from fin_position_day where class_day = ?").setParameter(1, d).executeUpdate();
        em.createNativeQuery("delete from fin_position_snapshot where class_day = ?").setParameter(1, d)
                .executeUpdate();
        em.createNativeQuery("insert into fin_position_snapshot (class_day, bands, computed_at) values (?, ?, ?)")
                .setParameter(1, d).setParameter(2, key(bands))
                .setParameter(3, Timestamp.valueOf(LocalDateTime.now(clock))).executeUpdate();
        Query insert = em.createNativeQuery(
                "insert into fin_position_day (class_day, county_id, loan_class, loans, balance)"
                        + " select cast(? as date), x.county_id, x.cls, count(*), sum(x.balance) from (select l.county_id,"
                        + classOf("o.first_due") + " as cls,"
                        + " l.principal - coalesce(pp.paid, 0) as balance"
                        + " from fin_loan l"
                        + " left join (select i.loan_id, min(i.due_on) as first_due from fin_loan_instalment i"
                        + " where i.due_on < ? and (i.settled_on is null or i.settled_on > ?) group by i.loan_id) o"
                        + " on o.loan_id = l.id"
                        + " left join (select r.loan_id, sum(r.principal_part) as paid from fin_repayment r"
                        + " where r.paid_on <= ? group by r.loan_id) pp on pp.loan_id = l.id"
                        + " left join fin_compensation c on c.loan_id = l.id and c.paid_on <= ?"
                        + " where l.disbursed_on <= ? and c.id is null and l.principal - coalesce(pp.paid, 0) > 0"
                        + ") x group by x.county_id, x.cls")
                .setParameter(1, d);
        List<Date> bandDays = bandDays(day, bands);
        for (int i = 0; i < bandDays.size(); i++) {
            insert.setParameter(2 + i, bandDays.get(i));
        }
        insert.setParameter(6, d).setParameter(7, d).setParameter(8, d).setParameter(9, d).setParameter(10, d)
                .executeUpdate();
        return kept(day, bands).orElseThrow();
    }

    /**
     * A disbursement, repayment, prepayment or compensation dated {@code day} is being recorded in the caller's
     * transaction: the kept days from that day on no longer hold and go (nothing to do for a change dated today).
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void changedFrom(LocalDate day) {
        if (!day.isBefore(LocalDate.now(clock))) {
            return;
        }
        lock();
        Date d = Date.valueOf(day);
        em.createNativeQuery("delete from fin_position_day where class_day >= ?").setParameter(1, d).executeUpdate();
        em.createNativeQuery("delete from fin_position_snapshot where class_day >= ?").setParameter(1, d)
                .executeUpdate();
    }

    private void lock() {
        em.createNativeQuery("select id from fin_settings where id = ? for update")
                .setParameter(1, FinancingSettings.ID).getResultList();
    }

    /**
     * A loan's class on a day as SQL, from the due day of its oldest instalment past due on that day ({@code firstDue},
     * null when none): class C when that instalment fell due on or before the day minus C's first day. Its four
     * parameters are {@link #bandDays}, in order.
     */
    static String classOf(String firstDue) {
        return "case when " + firstDue + " is null then 'NORMAL' when " + firstDue + " <= ? then 'LOSS'"
                + " when " + firstDue + " <= ? then 'DOUBTFUL' when " + firstDue + " <= ? then 'SUBSTANDARD'"
                + " when " + firstDue + " <= ? then 'SPECIAL_MENTION' else 'NORMAL' end";
    }

    /** The parameters of {@link #classOf}: the last day an instalment may have fallen due for each class, worst first. */
    static List<Date> bandDays(LocalDate day, ClassificationBands bands) {
        return List.of(Date.valueOf(day.minusDays(bands.lossFrom())), Date.valueOf(day.minusDays(bands.doubtfulFrom())),
                Date.valueOf(day.minusDays(bands.substandardFrom())),
                Date.valueOf(day.minusDays(bands.specialMentionFrom())));
    }

    /** The bands a day was classified by, as kept with it. */
    static String key(ClassificationBands bands) {
        return bands.specialMentionFrom() + "/" + bands.substandardFrom() + "/" + bands.doubtfulFrom() + "/"
                + bands.lossFrom();
    }
}
