package cn.kejiju.workbench.financing;

import cn.kejiju.workbench.commissioner.FigureTally;
import cn.kejiju.workbench.commissioner.StatisticsPeriod;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures of {@link FinancingStatistics}, each an aggregate in the database grouped by county, over what V46 keeps
 * for them rather than over the guarantees, instalments and repayments themselves: per period one statement over the
 * guarantees' daily rollup ({@code fin_guarantee_day}: new, cumulative, in force at both ends, released), one over
 * the compensations, one over the recoveries, and the loans by class at the start and at the end — today's from the
 * loans' own positions, a past day's as kept by {@link LoanPositionSnapshots}; plus one statement each for the
 * guarantee companies and the agreements, also over the rollup. The guarantees counted are those in force of an
 * approved application, as the work summary's {@link FinancingSummarySection} counts them. Plain SQL that H2 and
 * PostgreSQL run alike (days past due compared as dates, never subtracted).
 */
@ApplicationScoped
public class FinancingStatisticsQueries {

    @PersistenceContext(unitName = "workbench")
    EntityManager em;

    @Inject
    LoanPositionSnapshots snapshots;

    /**
     * Each county's tally of the period (keys: see {@link FinancingStatistics}); the loans are classified on days
     * no later than {@code today} (the days past due of a day still to come are not known yet).
     */
    public Map<Long, FigureTally> tallies(StatisticsPeriod period, Long countyScope, ClassificationBands bands,
                                          LocalDate today) {
        Map<Long, FigureTally> tallies = new HashMap<>();
        Date from = Date.valueOf(period.from());
        Date to = Date.valueOf(period.to());
        Date before = Date.valueOf(FinancingStatistics.startDay(period));
        Date lastReleased = Date.valueOf(period.to().minusDays(1));

        // a guarantee counts as started on its first day and as ended on its last day in force: in force on a day D
        // are those started by D less those ended before D; released in the period, those whose last day was between
        // the day before it and its last but one
        List<Object> p = new ArrayList<>(List.of(from, from, from, from, to, to, before, before, before, before,
                before, lastReleased, before, lastReleased, to));
        for (Object row : query("select g.county_id,"
                + " sum(case when g.flow_day >= ? then g.started else 0 end),"
                + " sum(case when g.flow_day >= ? then g.started_financing else 0 end),"
                + " sum(g.started_financing), sum(g.started),"
                + " sum(case when g.flow_day < ? then g.started_financing else 0 end),"
                + " sum(case when g.flow_day < ? then g.started else 0 end),"
                + " sum(g.started_amount) - sum(case when g.flow_day < ? then g.ended_amount else 0 end),"
                + " sum(g.started) - sum(case when g.flow_day < ? then g.ended else 0 end),"
                + " sum(case when g.flow_day <= ? then g.started_amount else 0 end)"
                + " - sum(case when g.flow_day < ? then g.ended_amount else 0 end),"
                + " sum(case when g.flow_day <= ? then g.started else 0 end)"
                + " - sum(case when g.flow_day < ? then g.ended else 0 end),"
                + " sum(case when g.flow_day >= ? and g.flow_day <= ? then g.ended_amount else 0 end),"
                + " sum(case when g.flow_day >= ? and g.flow_day <= ? then g.ended else 0 end)"
                + " from fin_guarantee_day g where g.flow_day <= ?" + scope("g.county_id", countyScope, p)
                + " group by g.county_id", p).getResultList()) {
            Object[] r = (Object[]) row;
            FigureTally t = tally(tallies, r[0]);
            t.add("newCount", number(r[1]));
            t.add("cumulativeCount.new", number(r[1]));
            t.add("newAmount", decimal(r[2]));
            t.add("cumulative.new", decimal(r[2]));
            t.add("cumulative.end", decimal(r[3]));
            t.add("cumulativeCount.end", number(r[4]));
            t.add("cumulative.start", decimal(r[5]));
            t.add("cumulativeCount.start", number(r[6]));
            t.add("outstanding.end", decimal(r[7]));
            t.add("outstandingCount.end", number(r[8]));
            t.add("outstanding.start", decimal(r[9]));
            t.add("outstandingCount.start", number(r[10]));
            t.add("released", decimal(r[11]));
            t.add("releasedCount", number(r[12]));
        }

        p = new ArrayList<>(List.of(from, to));
        for (Object row : query("select c.county_id, count(*), sum(c.amount) from fin_compensation c"
                + " where c.paid_on >= ? and c.paid_on <= ?" + scope("c.county_id", countyScope, p)
                + " group by c.county_id", p).getResultList()) {
            Object[] r = (Object[]) row;
            FigureTally t = tally(tallies, r[0]);
            t.add("compensations", number(r[1]));
            t.add("compensationAmount", decimal(r[2]));
        }

        p = new ArrayList<>(List.of(from, to));
        for (Object row : query("select c.county_id, count(*), sum(r.amount) from fin_recovery r"
                + " join fin_compensation c on c.id = r.compensation_id"
                + " where r.recovered_on >= ? and r.recovered_on <= ?" + scope("c.county_id", countyScope, p)
                + " group by c.county_id", p).getResultList()) {
            Object[] r = (Object[]) row;
            FigureTally t = tally(tallies, r[0]);
            t.add("recoveryCount", number(r[1]));
            t.add("recoveries", decimal(r[2]));
        }

        classes(tallies, FinancingStatistics.classificationDay(FinancingStatistics.startDay(period), today), today,
                "start", countyScope, bands);
        classes(tallies, FinancingStatistics.classificationDay(period.to(), today), today, "end", countyScope, bands);
        return tallies;
    }

    /**
     * The loans outstanding at the end of {@code day} by county and class, with their principal still owed: today's
     * (or a later day's: nothing is dated after today) from the loans' own positions in one statement over the loans
     * being repaid, a past day's as {@link LoanPositionSnapshots} keeps it (computed the first time it is asked for).
     */
    private void classes(Map<Long, FigureTally> tallies, LocalDate day, LocalDate today, String suffix,
                         Long countyScope, ClassificationBands bands) {
        if (day.isBefore(today)) {
            List<LoanPositionSnapshots.Position> positions = snapshots.kept(day, bands)
                    .orElseGet(() -> snapshots.keep(day, bands));
            for (LoanPositionSnapshots.Position position : positions) {
                if (countyScope == null || countyScope == position.county()) {
                    FigureTally t = tally(tallies, position.county());
                    t.add("loans." + position.loanClass().name() + "." + suffix, position.loans());
                    t.add("balance." + position.loanClass().name() + "." + suffix, position.balance());
                }
            }
            return;
        }
        // an instalment due today or later is not past due: every band's last day is before today (bands start at 1)
        List<Object> p = new ArrayList<>(LoanPositionSnapshots.bandDays(day, bands));
        String sql = "select x.county_id, x.cls, count(*), sum(x.balance) from (select l.county_id, "
                + LoanPositionSnapshots.classOf("l.first_unpaid_due") + " as cls, l.balance"
                + " from fin_loan l where l.status = 'ACTIVE' and l.balance > 0"
                + scope("l.county_id", countyScope, p) + ") x group by x.county_id, x.cls";
        for (Object row : query(sql, p).getResultList()) {
            Object[] r = (Object[]) row;
            FigureTally t = tally(tallies, r[0]);
            String cls = ((String) r[1]).trim();
            t.add("loans." + cls + "." + suffix, number(r[2]));
            t.add("balance." + cls + "." + suffix, decimal(r[3]));
        }
    }

    /**
     * The guarantee companies by name: the balance in force within the scope on {@code day} and the liability in
     * force on the whole platform (as the approval checks count it), with the settings' multiple; one statement over
     * the guarantees' daily rollup.
     */
    public List<FinancingStatistics.GuarantorRow> guarantors(LocalDate day, Long countyScope) {
        Date d = Date.valueOf(day);
        List<Object> p = new ArrayList<>(List.of(d, d, d, d));
        String sql = "select p.id, p.name, p.category, p.net_assets, p.net_assets_on,"
                + " case when p.category = 'SMALL_MICRO' then s.small_micro_multiple else s.standard_multiple end,"
                + " coalesce(o.amount, 0), coalesce(o.n, 0), coalesce(f.amount, 0)"
                + " from fin_partner p join fin_settings s on s.id = 1"
                + " left join (" + inForceOn("guarantor_id", countyScope, p) + ") o on o.guarantor_id = p.id"
                + " left join (select g.guarantor_id, sum(g.started_amount) as amount from fin_guarantee_day g"
                + " group by g.guarantor_id) f on f.guarantor_id = p.id"
                + " where p.kind = 'GUARANTOR' order by p.name, p.id";
        List<FinancingStatistics.GuarantorRow> rows = new ArrayList<>();
        for (Object row : query(sql, p).getResultList()) {
            Object[] r = (Object[]) row;
            rows.add(new FinancingStatistics.GuarantorRow(number(r[0]), (String) r[1],
                    GuarantorCategory.valueOf(((String) r[2]).trim()), decimal(r[3]), date(r[4]), (int) number(r[5]),
                    decimal(r[6]), number(r[7]), decimal(r[8])));
        }
        return rows;
    }

    /**
     * The cooperation agreements by guarantee company and start: the quota used on the whole platform (guarantees
     * in force under it, as the approval checks count it) and the balance in force within the scope on {@code day};
     * one statement over the guarantees' daily rollup.
     */
    public List<FinancingStatistics.AgreementRow> agreements(LocalDate day, Long countyScope) {
        Date d = Date.valueOf(day);
        List<Object> p = new ArrayList<>(List.of(d, d, d, d));
        String sql = "select c.id, gp.name, cp.name, c.quota, c.valid_from, c.valid_to,"
                + " coalesce(f.amount, 0), coalesce(o.amount, 0)"
                + " from fin_cooperation c join fin_partner gp on gp.id = c.guarantor_id"
                + " join fin_partner cp on cp.id = c.counterparty_id"
                + " left join (" + inForceOn("cooperation_id", countyScope, p) + ") o on o.cooperation_id = c.id"
                + " left join (select g.cooperation_id, sum(g.started_amount) as amount from fin_guarantee_day g"
                + " group by g.cooperation_id) f on f.cooperation_id = c.id"
                + " order by gp.name, c.valid_from, c.id";
        List<FinancingStatistics.AgreementRow> rows = new ArrayList<>();
        for (Object row : query(sql, p).getResultList()) {
            Object[] r = (Object[]) row;
            rows.add(new FinancingStatistics.AgreementRow(number(r[0]), (String) r[1], (String) r[2], decimal(r[3]),
                    date(r[4]), date(r[5]), decimal(r[6]), decimal(r[7])));
        }
        return rows;
    }

    /**
     * The guarantees in force on a day by {@code key} (four day parameters, already in {@code parameters}): started
     * by the day less ended before it.
     */
    private static String inForceOn(String key, Long countyScope, List<Object> parameters) {
        return "select g." + key + ", sum(case when g.flow_day <= ? then g.started_amount else 0 end)"
                + " - sum(case when g.flow_day < ? then g.ended_amount else 0 end) as amount,"
                + " sum(case when g.flow_day <= ? then g.started else 0 end)"
                + " - sum(case when g.flow_day < ? then g.ended else 0 end) as n"
                + " from fin_guarantee_day g where 1 = 1" + scope("g.county_id", countyScope, parameters)
                + " group by g." + key;
    }

    private static FigureTally tally(Map<Long, FigureTally> tallies, Object county) {
        return tallies.computeIfAbsent(number(county), id -> new FigureTally());
    }

    private static String scope(String countyColumn, Long countyScope, List<Object> parameters) {
        if (countyScope == null) {
            return "";
        }
        parameters.add(countyScope);
        return " and " + countyColumn + " = ?";
    }

    private Query query(String sql, List<Object> parameters) {
        Query query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return query;
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    static BigDecimal decimal(Object value) {
        if (value == null) {
            return BigDecimal.ZERO;
        }
        return value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
    }

    private static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof LocalDate l ? l : ((java.sql.Date) value).toLocalDate();
    }
}
