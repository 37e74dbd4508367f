package cn.kejiju.workbench.commissioner;

import cn.kejiju.workbench.shared.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The figures of {@link PeriodSummary}, every one an aggregate in the database grouped by county in one
 * pass: a fixed number of statements per period whatever the number of counties, commissioners or logs
 * (whole months from the monthly rollup, the days outside them from the approved logs, as
 * {@link StatisticsQueries} does). Plain SQL that H2 and PostgreSQL run alike.
 */
@ApplicationScoped
public class SummaryQueries {

    @PersistenceContext(unitName = "workbench")
    EntityManager em;

    /**
     * The summary paragraph's figures of the period for the counties {@code countyScope} confines to (null: the
     * city) and, of them, {@code county} (null: all); a county outside the scope answers 404. No role check: the
     * statistics service checks its callers' roles, the work summary's section reads it for callers the summary
     * or its targets let in, or for the application itself (the targets' to-do warning).
     */
    public PeriodSummary summary(StatisticsPeriod period, Long county, Long countyScope) {
        if (countyScope != null && county != null && !countyScope.equals(county)) {
            throw new NotFoundException("Jurisdiction", county);
        }
        Long shown = countyScope != null ? countyScope : county;
        Map<Long, String> counties = counties(countyScope);
        if (shown != null && !counties.containsKey(shown)) {
            throw new NotFoundException("Jurisdiction", shown);
        }
        return PeriodSummary.of(period, counties, shown, tallies(period, countyScope),
                tallies(PeriodSummary.lastYearOf(period), countyScope), items(period, shown));
    }

    /** The counties in code order (only {@code countyScope} when set), by id. */
    public Map<Long, String> counties(Long countyScope) {
        Map<Long, String> names = new LinkedHashMap<>();
        for (Object row : query("select id, name from jurisdiction where level = 'COUNTY'"
                + (countyScope == null ? "" : " and id = ?") + " order by code", countyScope).getResultList()) {
            Object[] r = (Object[]) row;
            names.put(number(r[0]), (String) r[1]);
        }
        return names;
    }

    /** Each county's tally of the period (only {@code countyScope}'s when set). */
    public Map<Long, FigureTally> tallies(StatisticsPeriod period, Long countyScope) {
        Map<Long, FigureTally> tallies = new HashMap<>();
        commissioners(period, countyScope, tallies);
        enterprises(period, countyScope, tallies);
        MonthSpan span = MonthSpan.of(period);
        Set<String> items = new HashSet<>();
        if (span.hasWholeMonths()) {
            Object first = StatisticsRollup.periodMonth(span.first());
            Object last = StatisticsRollup.periodMonth(span.last());
            work(query("select m.county_id, c.service_field, sum(m.logs), sum(m.days), sum(m.trainings),"
                    + " sum(m.people_trained), sum(m.income) from log_month m join commissioner c on c.id = m.commissioner_id"
                    + " where m.period_month >= ? and m.period_month <= ?" + scope("m", countyScope)
                    + " group by m.county_id, c.service_field", first, last, countyScope), tallies);
            introductions(query("select r.county_id, n.kind, r.innovation_id, sum(r.introductions)"
                    + " from log_innovation_month r join innovation n on n.id = r.innovation_id"
                    + " where r.period_month >= ? and r.period_month <= ?" + scope("r", countyScope)
                    + " group by r.county_id, n.kind, r.innovation_id", first, last, countyScope), tallies, items);
        }
        for (StatisticsPeriod days : span.days()) {
            Object from = Date.valueOf(days.from());
            Object to = Date.valueOf(days.to());
            work(query("select l.county_id, c.service_field, count(*), sum(l.days),"
                    + " sum(case when l.kind = 'TRAINING' then 1 else 0 end), sum(l.people_trained), sum(l.income)"
                    + " from service_log l join commissioner c on c.id = l.commissioner_id"
                    + " where l.status = 'APPROVED' and l.service_date >= ? and l.service_date <= ?" + scope("l", countyScope)
                    + " group by l.county_id, c.service_field", from, to, countyScope), tallies);
            introductions(query("select l.county_id, n.kind, i.innovation_id, count(*) from introduction i"
                    + " join service_log l on l.id = i.log_id join innovation n on n.id = i.innovation_id"
                    + " where l.status = 'APPROVED' and l.service_date >= ? and l.service_date <= ?" + scope("l", countyScope)
                    + " group by l.county_id, n.kind, i.innovation_id", from, to, countyScope), tallies, items);
        }
        return tallies;
    }

    /** The named items introduced by approved logs of the period, by date and name. */
    public List<IntroducedItem> items(StatisticsPeriod period, Long countyScope) {
        List<IntroducedItem> items = new ArrayList<>();
        for (Object row : query("select n.name, n.kind, j.name, c.name, l.service_date from introduction i"
                + " join service_log l on l.id = i.log_id join innovation n on n.id = i.innovation_id"
                + " join commissioner c on c.id = l.commissioner_id join jurisdiction j on j.id = l.county_id"
                + " where l.status = 'APPROVED' and l.service_date >= ? and l.service_date <= ?" + scope("l", countyScope)
                + " order by l.service_date, n.name, i.id", Date.valueOf(period.from()), Date.valueOf(period.to()),
                countyScope).getResultList()) {
            Object[] r = (Object[]) row;
            items.add(new IntroducedItem((String) r[0], InnovationKind.valueOf((String) r[1]), (String) r[2],
                    (String) r[3], day(r[4])));
        }
        return items;
    }

    /** Head counts at the first and the last day, new and ended, by county, field and dispatch level. */
    private void commissioners(StatisticsPeriod period, Long countyScope, Map<Long, FigureTally> tallies) {
        Date from = Date.valueOf(period.from());
        Date to = Date.valueOf(period.to());
        for (Object row : query("select c.county_id, c.service_field, c.dispatch_level,"
                + " sum(case when c.posted_on <= ? then 1 else 0 end),"
                + " sum(case when c.ended_on is null or c.ended_on >= ? then 1 else 0 end),"
                + " sum(case when c.posted_on >= ? then 1 else 0 end)"
                + " from commissioner c where c.posted_on <= ? and (c.ended_on is null or c.ended_on >= ?)"
                + scope("c", countyScope) + " group by c.county_id, c.service_field, c.dispatch_level",
                from, to, from, to, from, countyScope).getResultList()) {
            Object[] r = (Object[]) row;
            FigureTally tally = tallies.computeIfAbsent(number(r[0]), id -> new FigureTally());
            for (String key : List.of("commissioners", "commissioners." + r[1], "commissioners." + r[1] + "." + r[2])) {
                tally.add(key + ".start", number(r[3]));
                tally.add(key + ".end", number(r[4]));
                tally.add(key + ".new", number(r[5]));
            }
        }
    }

    /** Distinct enterprises industrial commissioners are assigned to on a day of the period. */
    private void enterprises(StatisticsPeriod period, Long countyScope, Map<Long, FigureTally> tallies) {
        Date from = Date.valueOf(period.from());
        Date to = Date.valueOf(period.to());
        for (Object row : query("select c.county_id, count(distinct a.organisation_id),"
                + " count(distinct case when c.posted_on >= ? then a.organisation_id end)"
                + " from assignment a join commissioner c on c.id = a.commissioner_id"
                + " where c.service_field = 'INDUSTRY' and a.target_kind = 'ENTERPRISE'"
                + " and a.start_date <= ? and coalesce(a.ended_on, a.end_date) >= ?" + scope("c", countyScope)
                + " group by c.county_id", from, to, from, countyScope).getResultList()) {
            Object[] r = (Object[]) row;
            FigureTally tally = tallies.computeIfAbsent(number(r[0]), id -> new FigureTally());
            tally.add("enterprisesLinked", number(r[1]));
            tally.add("enterprisesLinkedByNew", number(r[2]));
        }
    }

    /** Rows of (county, field, logs, days, trainings, people trained, income). */
    private static void work(Query query, Map<Long, FigureTally> tallies) {
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            FigureTally tally = tallies.computeIfAbsent(number(r[0]), id -> new FigureTally());
            tally.add("visits", number(r[2]));
            tally.add("serviceDays", decimal(r[3]));
            tally.add("trainings", number(r[4]));
            tally.add("trainings." + r[1], number(r[4]));
            tally.add("peopleTrained", number(r[5]));
            tally.add("peopleTrained." + r[1], number(r[5]));
            tally.add("income", decimal(r[6]));
        }
    }

    /** Rows of (county, kind, item, introductions); an item counts once however many rows name it. */
    private static void introductions(Query query, Map<Long, FigureTally> tallies, Set<String> seen) {
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            FigureTally tally = tallies.computeIfAbsent(number(r[0]), id -> new FigureTally());
            boolean variety = InnovationKind.VARIETY.name().equals(r[1]);
            if (seen.add(number(r[0]) + "/" + number(r[2]))) {
                tally.add(variety ? "varieties" : "technologies", 1);
            }
            tally.add(variety ? "varietyIntroductions" : "technologyIntroductions", number(r[3]));
        }
    }

    private static String scope(String alias, Long countyScope) {
        return countyScope == null ? "" : " and " + alias + ".county_id = ?";
    }

    /** A native query with its positional parameters in order; a null last parameter (no county) is left out. */
    private Query query(String sql, Object... parameters) {
        Query query = em.createNativeQuery(sql);
        int position = 1;
        for (Object parameter : parameters) {
            if (parameter != null) {
                query.setParameter(position++, parameter);
            }
        }
        return query;
    }

    private static LocalDate day(Object value) {
        return value instanceof LocalDate d ? d : ((Date) value).toLocalDate();
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
