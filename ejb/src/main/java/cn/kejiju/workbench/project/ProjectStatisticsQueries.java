package cn.kejiju.workbench.project;

import cn.kejiju.workbench.commissioner.FigureTally;
import cn.kejiju.workbench.commissioner.StatisticsPeriod;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The project figures of {@link ProjectSummary}, each an aggregate in the database grouped by county and
 * programme: three statements per period whatever the number of applications or events — the applications
 * prepared and won (with their grants), the events of the period (未立项 results and tranches received, summed
 * from their daily rollup {@code proj_event_day} of V48, kept by {@link ProjectEventRollup}) and the acceptances
 * (due and overdue, from the application's due and concluded days over {@code proj_application_acceptance_ix} of
 * V42) — plus one for the programmes. Each
 * reads from 1 January of the period's first year to its last day (a flow's value at the start of the period is
 * the year's total before it). Plain SQL that H2 and PostgreSQL run alike.
 */
@ApplicationScoped
public class ProjectStatisticsQueries {

    @PersistenceContext(unitName = "workbench")
    EntityManager em;

    /** Every programme, by level and name. */
    public Map<Long, ProjectSummary.ProgrammeInfo> programmes() {
        Map<Long, ProjectSummary.ProgrammeInfo> programmes = new LinkedHashMap<>();
        List<ProjectSummary.ProgrammeInfo> rows = new ArrayList<>();
        for (Object row : query("select p.id, p.name, p.level from proj_programme p order by p.name, p.id", List.of())
                .getResultList()) {
            Object[] r = (Object[]) row;
            rows.add(new ProjectSummary.ProgrammeInfo(number(r[0]), (String) r[1], ProgrammeLevel.valueOf((String) r[2])));
        }
        rows.sort((a, b) -> a.level().compareTo(b.level()));
        rows.forEach(p -> programmes.put(p.id(), p));
        return programmes;
    }

    /** Each county's tallies by programme (only {@code countyScope}'s when set). */
    public Map<Long, Map<Long, FigureTally>> tallies(StatisticsPeriod period, LocalDate yearStart, Long countyScope) {
        Map<Long, Map<Long, FigureTally>> tallies = new HashMap<>();
        Date first = Date.valueOf(yearStart);
        Date from = Date.valueOf(period.from());
        Date to = Date.valueOf(period.to());

        // prepared and won: each application counts where its day falls
        List<Object> p = new ArrayList<>(List.of(from, to, first, from, from, to, first, from, from, to, first, from,
                first, to, first, to));
        for (Object row : query("select a.county_id, c.programme_id,"
                + " sum(case when a.prepared_on >= ? and a.prepared_on <= ? then 1 else 0 end),"
                + " sum(case when a.prepared_on >= ? and a.prepared_on < ? then 1 else 0 end),"
                + " sum(case when a.won_on >= ? and a.won_on <= ? then 1 else 0 end),"
                + " sum(case when a.won_on >= ? and a.won_on < ? then 1 else 0 end),"
                + " sum(case when a.won_on >= ? and a.won_on <= ? then a.granted else 0 end),"
                + " sum(case when a.won_on >= ? and a.won_on < ? then a.granted else 0 end)"
                + " from proj_application a join proj_call c on c.id = a.call_id"
                + " where ((a.prepared_on >= ? and a.prepared_on <= ?) or (a.won_on >= ? and a.won_on <= ?))"
                + scope("a", countyScope, p) + " group by a.county_id, c.programme_id", p).getResultList()) {
            Object[] r = (Object[]) row;
            FigureTally t = tally(tallies, r[0], r[1]);
            long approvals = number(r[4]);
            long approvalsBefore = number(r[5]);
            t.add("applications", number(r[2]));
            t.add("applications.start", number(r[3]));
            t.add("approvals", approvals);
            t.add("approvals.start", approvalsBefore);
            t.add("decided", approvals);
            t.add("decided.start", approvalsBefore);
            t.add("funds", decimal(r[6]));
            t.add("funds.start", decimal(r[7]));
        }

        // the events of the period: results not won (decided) and tranches received (拨付), from their daily
        // rollup (proj_event_day, V48, kept by ProjectEventRollup)
        p = new ArrayList<>(List.of(from, from, from, from, first, to));
        for (Object row : query("select d.county_id, d.programme_id,"
                + " sum(case when d.count_day >= ? then d.not_won else 0 end),"
                + " sum(case when d.count_day < ? then d.not_won else 0 end),"
                + " sum(case when d.count_day >= ? then d.received else 0 end),"
                + " sum(case when d.count_day < ? then d.received else 0 end)"
                + " from proj_event_day d where d.count_day >= ? and d.count_day <= ?"
                + scope("d", countyScope, p) + " group by d.county_id, d.programme_id", p).getResultList()) {
            Object[] r = (Object[]) row;
            FigureTally t = tally(tallies, r[0], r[1]);
            t.add("decided", number(r[2]));
            t.add("decided.start", number(r[3]));
            t.add("received", decimal(r[4]));
            t.add("received.start", decimal(r[5]));
        }

        // acceptances: due in the period (the due day as it stands), and overdue at the end of a day D — due on or
        // before D and not concluded (passed or failed) on or before D; D is the day before the period and its last
        // day. Index-only over proj_application_acceptance_ix (V42), which holds the concluded day.
        Date dayBefore = Date.valueOf(period.from().minusDays(1));
        p = new ArrayList<>(List.of(from, to, first, from, dayBefore, dayBefore, to, to));
        for (Object row : query("select a.county_id, c.programme_id,"
                + " sum(case when a.acceptance_due >= ? and a.acceptance_due <= ? then 1 else 0 end),"
                + " sum(case when a.acceptance_due >= ? and a.acceptance_due < ? then 1 else 0 end),"
                + " sum(case when a.acceptance_due <= ? and (a.accepted_on is null or a.accepted_on > ?) then 1 else 0 end),"
                + " sum(case when a.accepted_on is null or a.accepted_on > ? then 1 else 0 end)"
                + " from proj_application a join proj_call c on c.id = a.call_id"
                + " where a.acceptance_due <= ?"
                + scope("a", countyScope, p) + " group by a.county_id, c.programme_id", p).getResultList()) {
            Object[] r = (Object[]) row;
            FigureTally t = tally(tallies, r[0], r[1]);
            t.add("acceptancesDue", number(r[2]));
            t.add("acceptancesDue.start", number(r[3]));
            t.add("acceptancesOverdue.start", number(r[4]));
            t.add("acceptancesOverdue.end", number(r[5]));
        }
        return tallies;
    }

    /**
     * The county plan's figures of each county (only {@code countyScope}'s when set), one statement: projects
     * established (立项, by the day established) with their grants, and tranches paid (by the day paid), in the
     * period and from 1 January to the day before it.
     */
    public Map<Long, FigureTally> planTallies(StatisticsPeriod period, LocalDate yearStart, Long countyScope) {
        Date first = Date.valueOf(yearStart);
        Date from = Date.valueOf(period.from());
        Date to = Date.valueOf(period.to());
        List<Object> p = new ArrayList<>(List.of(first, to));
        String projectScope = scope("p", countyScope, p);
        p.addAll(List.of(first, to));
        String eventScope = scope("p", countyScope, p);
        List<Object> parameters = new ArrayList<>(List.of(from, from, from, from, from, from));
        parameters.addAll(p);
        Map<Long, FigureTally> tallies = new HashMap<>();
        for (Object row : query("select x.county_id,"
                + " sum(case when x.k = 'E' and x.d_on >= ? then 1 else 0 end),"
                + " sum(case when x.k = 'E' and x.d_on < ? then 1 else 0 end),"
                + " sum(case when x.k = 'E' and x.d_on >= ? then x.amount else 0 end),"
                + " sum(case when x.k = 'E' and x.d_on < ? then x.amount else 0 end),"
                + " sum(case when x.k = 'T' and x.d_on >= ? then x.amount else 0 end),"
                + " sum(case when x.k = 'T' and x.d_on < ? then x.amount else 0 end)"
                + " from (select p.county_id, 'E' k, p.established_on d_on, p.granted amount from plan_project p"
                + " where p.established_on >= ? and p.established_on <= ?" + projectScope
                + " union all select p.county_id, 'T' k, e.happened_on d_on, e.amount amount from plan_event e"
                + " join plan_project p on p.id = e.project_id where e.amount is not null"
                + " and e.happened_on >= ? and e.happened_on <= ?" + eventScope + ") x group by x.county_id",
                parameters).getResultList()) {
            Object[] r = (Object[]) row;
            FigureTally t = tallies.computeIfAbsent(number(r[0]), id -> new FigureTally());
            t.add("planApprovals", number(r[1]));
            t.add("planApprovals.start", number(r[2]));
            t.add("planFunds", decimal(r[3]));
            t.add("planFunds.start", decimal(r[4]));
            t.add("planPaid", decimal(r[5]));
            t.add("planPaid.start", decimal(r[6]));
        }
        return tallies;
    }

    /**
     * The bureau's help with the materials (材料准备) of each county (only {@code countyScope}'s when set), one
     * statement: {@code prepared} the applications with such a help recorded within the period,
     * {@code enterprisesHelped} their leads and consortium partners (each enterprise once).
     */
    public Map<Long, FigureTally> helpTallies(StatisticsPeriod period, Long countyScope) {
        Date from = Date.valueOf(period.from());
        Date to = Date.valueOf(period.to());
        String helped = " exists (select 1 from proj_event e where e.application_id = a.id and e.event_kind = 'HELP'"
                + " and e.help_kind = 'MATERIALS' and e.happened_on >= ? and e.happened_on <= ?)";
        List<Object> p = new ArrayList<>(List.of(from, to, from, to));
        String sql = "select x.county_id, count(distinct x.application_id), count(distinct x.enterprise_id) from ("
                + "select a.county_id, a.id application_id, a.lead_id enterprise_id from proj_application a"
                + " where" + helped
                + " union all select a.county_id, a.id, p.enterprise_id from proj_application a"
                + " join proj_application_partner p on p.application_id = a.id where" + helped
                + ") x where x.county_id is not null" + scope("x", countyScope, p) + " group by x.county_id";
        Map<Long, FigureTally> tallies = new HashMap<>();
        for (Object row : query(sql, p).getResultList()) {
            Object[] r = (Object[]) row;
            FigureTally t = tallies.computeIfAbsent(number(r[0]), id -> new FigureTally());
            t.add("prepared", number(r[1]));
            t.add("enterprisesHelped", number(r[2]));
        }
        return tallies;
    }

    private static String scope(String alias, Long countyScope, List<Object> parameters) {
        if (countyScope == null) {
            return "";
        }
        parameters.add(countyScope);
        return " and " + alias + ".county_id = ?";
    }

    private static FigureTally tally(Map<Long, Map<Long, FigureTally>> tallies, Object county, Object programme) {
        return tallies.computeIfAbsent(number(county), id -> new HashMap<>())
                .computeIfAbsent(number(programme), id -> new FigureTally());
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

    private static BigDecimal decimal(Object value) {
        if (value == null) {
            return BigDecimal.ZERO;
        }
        return value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
    }
}
