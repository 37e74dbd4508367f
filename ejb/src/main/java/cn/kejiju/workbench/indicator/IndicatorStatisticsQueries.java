package cn.kejiju.workbench.indicator;

import cn.kejiju.workbench.commissioner.FigureTally;
import cn.kejiju.workbench.commissioner.StatisticsPeriod;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The innovation indicators of a period for the statistics, grouped by county: three statements per period whatever
 * the number of patents or enterprises — patents filed and granted by type (the daily rollup
 * {@code ind_patent_day} of V43, kept by {@link PatentRollup}: a year is at most 365 rows a county and type),
 * recognitions issued
 * ({@code ind_high_tech_issued_ix}) and the certificates valid and expiring (master data,
 * {@code ind_enterprise_high_tech_ix}). Each reads a range from 1 January of the period's first year to its last
 * day (a flow's value at the start of the period is the year's total before it). Keys of the tallies:
 * {@code patentsApplied[.TYPE]}, {@code patentsGranted[.TYPE]}, {@code highTechRecognised} (each also
 * {@code .start}), {@code highTechValid.start/.end}, {@code highTechExpiring.start/.end}. Plain SQL that H2 and
 * PostgreSQL run alike.
 */
@ApplicationScoped
public class IndicatorStatisticsQueries {

    /** A certificate counts as expiring when it runs out within these months after the day. */
    public static final int EXPIRING_MONTHS = HighTechValidity.RENEWAL_MONTHS;

    @PersistenceContext(unitName = "workbench")
    EntityManager em;

    /** Each county's indicator tally of the period (only {@code countyScope}'s when set). */
    public Map<Long, FigureTally> tallies(StatisticsPeriod period, LocalDate yearStart, Long countyScope) {
        Map<Long, FigureTally> tallies = new HashMap<>();
        Date first = Date.valueOf(yearStart);
        Date from = Date.valueOf(period.from());
        Date to = Date.valueOf(period.to());
        // patents filed and granted by type: the daily rollup (V43) summed from 1 January to the period's end
        List<Object> p = new ArrayList<>(List.of(from, from, first, to));
        for (Object row : query("select d.county_id, d.patent_type, sum(case when d.count_day >= ? then d.applied else 0 end),"
                + " sum(d.applied), sum(case when d.count_day >= ? then d.granted else 0 end), sum(d.granted)"
                + " from ind_patent_day d where d.count_day >= ? and d.count_day <= ?" + scope("d", countyScope, p)
                + " group by d.county_id, d.patent_type", p).getResultList()) {
            Object[] r = (Object[]) row;
            FigureTally t = tally(tallies, r[0]);
            String type = (String) r[1];
            patents(t, "patentsApplied", type, number(r[2]), number(r[3]));
            patents(t, "patentsGranted", type, number(r[4]), number(r[5]));
        }

        p = new ArrayList<>(List.of(from, first, to));
        for (Object row : query("select h.county_id, sum(case when h.issued_on >= ? then 1 else 0 end), count(*)"
                + " from ind_high_tech h where h.issued_on >= ? and h.issued_on <= ?"
                + scope("h", countyScope, p) + " group by h.county_id", p).getResultList()) {
            Object[] r = (Object[]) row;
            FigureTally t = tally(tallies, r[0]);
            long inPeriod = number(r[1]);
            t.add("highTechRecognised", inPeriod);
            t.add("highTechRecognised.start", number(r[2]) - inPeriod);
        }

        // valid on a day: the certificate's last day is not before it, and it was issued on or before it (its last
        // day at most three years later); expiring: of those, the last day within six months after the day
        LocalDate start = period.from();
        LocalDate end = period.to();
        p = new ArrayList<>(List.of(Date.valueOf(start), Date.valueOf(HighTechValidity.validUntil(start)),
                Date.valueOf(start), Date.valueOf(HighTechValidity.expiringBy(start, EXPIRING_MONTHS)),
                Date.valueOf(end), Date.valueOf(HighTechValidity.validUntil(end)),
                Date.valueOf(end), Date.valueOf(HighTechValidity.expiringBy(end, EXPIRING_MONTHS)),
                Date.valueOf(start), Date.valueOf(HighTechValidity.validUntil(end))));
        for (Object row : query("select e.county_id,"
                + " sum(case when e.high_tech_valid_until >= ? and e.high_tech_valid_until <= ? then 1 else 0 end),"
                + " sum(case when e.high_tech_valid_until >= ? and e.high_tech_valid_until <= ? then 1 else 0 end),"
                + " sum(case when e.high_tech_valid_until >= ? and e.high_tech_valid_until <= ? then 1 else 0 end),"
                + " sum(case when e.high_tech_valid_until >= ? and e.high_tech_valid_until <= ? then 1 else 0 end)"
                + " from enterprise e where e.high_tech_valid_until >= ? and e.high_tech_valid_until <= ?"
                + scope("e", countyScope, p) + " group by e.county_id", p).getResultList()) {
            Object[] r = (Object[]) row;
            FigureTally t = tally(tallies, r[0]);
            t.add("highTechValid.start", number(r[1]));
            t.add("highTechExpiring.start", number(r[2]));
            t.add("highTechValid.end", number(r[3]));
            t.add("highTechExpiring.end", number(r[4]));
        }
        return tallies;
    }

    /** A type's patents of the period and of the year before it, in all and by type. */
    private static void patents(FigureTally t, String key, String type, long inPeriod, long sinceYearStart) {
        long before = sinceYearStart - inPeriod;
        t.add(key, inPeriod);
        t.add(key + "." + type, inPeriod);
        t.add(key + ".start", before);
        t.add(key + "." + type + ".start", before);
    }

    private static String scope(String alias, Long countyScope, List<Object> parameters) {
        if (countyScope == null) {
            return "";
        }
        parameters.add(countyScope);
        return " and " + alias + ".county_id = ?";
    }

    private static FigureTally tally(Map<Long, FigureTally> tallies, Object county) {
        return tallies.computeIfAbsent(number(county), id -> new FigureTally());
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
}
