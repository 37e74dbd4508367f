package cn.kejiju.workbench.incubator;

import cn.kejiju.workbench.commissioner.FigureTally;
import cn.kejiju.workbench.commissioner.StatisticsPeriod;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import java.math.BigDecimal;
import java.sql.Date;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures of {@link IncubatorSummary}, each an aggregate in the database grouped by carrier: five
 * statements per period (unit areas, let areas, the tenants of the period, graduates in all, yearly figures)
 * whatever the number of carriers, units, agreements or years, plus one for the carriers. Each reads a range
 * of an index of V17 (lettings ending from the first day, incubations not exited before it, graduations up to
 * the last day, the years of the period), never the whole history. Plain SQL that H2 and PostgreSQL run alike.
 */
@ApplicationScoped
public class IncubatorStatisticsQueries {

    @PersistenceContext(unitName = "workbench")
    EntityManager em;

    /** A carrier as the statistics name it. */
    public record CarrierInfo(long id, String name, long countyId, String county, RecognitionLevel level) {
    }

    /** The carriers within the scope (and the one carrier when given), by name. */
    public List<CarrierInfo> carriers(Long countyScope, Long carrierId) {
        List<Object> parameters = new ArrayList<>();
        String sql = "select c.id, c.name, c.county_id, j.name, c.recognition_level from carrier c"
                + " join jurisdiction j on j.id = c.county_id where 1 = 1" + narrow("c.county_id", "c.id", countyScope,
                carrierId, parameters) + " order by c.name, c.id";
        List<CarrierInfo> carriers = new ArrayList<>();
        for (Object row : query(sql, parameters).getResultList()) {
            Object[] r = (Object[]) row;
            carriers.add(new CarrierInfo(number(r[0]), (String) r[1], number(r[2]), (String) r[3],
                    RecognitionLevel.valueOf((String) r[4])));
        }
        return carriers;
    }

    /** Each carrier's tally of the period (keys: see {@link IncubatorSummary}). */
    public Map<Long, FigureTally> tallies(StatisticsPeriod period, Long countyScope, Long carrierId) {
        Map<Long, FigureTally> tallies = new HashMap<>();
        Date from = Date.valueOf(period.from());
        Date to = Date.valueOf(period.to());

        List<Object> p = new ArrayList<>();
        for (Object row : query("select u.carrier_id, sum(u.area_m2) from carrier_unit u where 1 = 1"
                + narrow("u.county_id", "u.carrier_id", countyScope, carrierId, p) + " group by u.carrier_id", p)
                .getResultList()) {
            Object[] r = (Object[]) row;
            FigureTally t = tally(tallies, r[0]);
            t.add("totalArea.start", decimal(r[1]));
            t.add("totalArea.end", decimal(r[1]));
        }

        p = new ArrayList<>(List.of(from, to, to, from, to));
        for (Object row : query("select u.carrier_id,"
                + " sum(case when l.start_date <= ? then l.area_m2 else 0 end),"
                + " sum(case when l.start_date <= ? and l.end_date >= ? then l.area_m2 else 0 end)"
                + " from unit_letting l join carrier_unit u on u.id = l.unit_id"
                + " where l.end_date >= ? and l.start_date <= ?"
                + narrow("u.county_id", "u.carrier_id", countyScope, carrierId, p) + " group by u.carrier_id", p)
                .getResultList()) {
            Object[] r = (Object[]) row;
            FigureTally t = tally(tallies, r[0]);
            t.add("letArea.start", decimal(r[1]));
            t.add("letArea.end", decimal(r[2]));
        }

        // the tenants of some day of the period: entered by its end, not exited before its start
        p = new ArrayList<>(List.of(from, to, from, from, to, from, to, from, to, from, to, to, from));
        for (Object row : query("select i.carrier_id,"
                + " sum(case when i.entered_on <= ? then 1 else 0 end),"
                + " sum(case when i.exited_on is null or i.exited_on >= ? then 1 else 0 end),"
                + " sum(case when i.entered_on >= ? then 1 else 0 end),"
                + " sum(case when i.exit_reason = 'GRADUATED' and i.exited_on >= ? and i.exited_on <= ? then 1 else 0 end),"
                + " sum(case when i.exit_reason = 'MOVED_OUT' and i.exited_on >= ? and i.exited_on <= ? then 1 else 0 end),"
                + " sum(case when i.exit_reason = 'FAILED' and i.exited_on >= ? and i.exited_on <= ? then 1 else 0 end),"
                + " sum(case when i.exit_reason = 'EXPELLED' and i.exited_on >= ? and i.exited_on <= ? then 1 else 0 end)"
                + " from incubatee i where i.entered_on <= ? and (i.exited_on is null or i.exited_on >= ?)"
                + narrow("i.county_id", "i.carrier_id", countyScope, carrierId, p) + " group by i.carrier_id", p)
                .getResultList()) {
            Object[] r = (Object[]) row;
            FigureTally t = tally(tallies, r[0]);
            t.add("tenants.start", number(r[1]));
            t.add("tenants.end", number(r[2]));
            t.add("tenants.new", number(r[3]));
            t.add("graduates", number(r[4]));
            String[] reasons = {"GRADUATED", "MOVED_OUT", "FAILED", "EXPELLED"};
            for (int k = 0; k < reasons.length; k++) {
                t.add("exits." + reasons[k], number(r[4 + k]));
                t.add("exits", number(r[4 + k]));
            }
        }

        // graduates up to the day before the period and up to its last day
        p = new ArrayList<>(List.of(from, to));
        for (Object row : query("select i.carrier_id, sum(case when i.exited_on < ? then 1 else 0 end), count(*)"
                + " from incubatee i where i.exit_reason = 'GRADUATED' and i.exited_on <= ?"
                + narrow("i.county_id", "i.carrier_id", countyScope, carrierId, p) + " group by i.carrier_id", p)
                .getResultList()) {
            Object[] r = (Object[]) row;
            FigureTally t = tally(tallies, r[0]);
            t.add("graduatesTotal.start", number(r[1]));
            t.add("graduatesTotal.end", number(r[2]));
        }

        p = new ArrayList<>(List.of(period.from().getYear(), period.to().getYear()));
        for (Object row : query("select y.carrier_id,"
                + " count(distinct case when y.patents_applied > 0 then y.incubatee_id end),"
                + " count(distinct case when y.investment > 0 then y.incubatee_id end),"
                + " sum(y.investment), sum(y.revenue), sum(y.patents_applied), sum(y.patents_granted)"
                + " from incubatee_year y where y.fig_year >= ? and y.fig_year <= ?"
                + narrow("y.county_id", "y.carrier_id", countyScope, carrierId, p) + " group by y.carrier_id", p)
                .getResultList()) {
            Object[] r = (Object[]) row;
            FigureTally t = tally(tallies, r[0]);
            t.add("patentApplicants", number(r[1]));
            t.add("financed", number(r[2]));
            t.add("investment", decimal(r[3]));
            t.add("revenue", decimal(r[4]));
            t.add("patentsApplied", number(r[5]));
            t.add("patentsGranted", number(r[6]));
        }
        return tallies;
    }

    private static FigureTally tally(Map<Long, FigureTally> tallies, Object carrier) {
        return tallies.computeIfAbsent(number(carrier), id -> new FigureTally());
    }

    private static String narrow(String countyColumn, String carrierColumn, Long countyScope, Long carrierId,
                                 List<Object> parameters) {
        StringBuilder sql = new StringBuilder();
        if (countyScope != null) {
            sql.append(" and ").append(countyColumn).append(" = ?");
            parameters.add(countyScope);
        }
        if (carrierId != null) {
            sql.append(" and ").append(carrierColumn).append(" = ?");
            parameters.add(carrierId);
        }
        return sql.toString();
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
