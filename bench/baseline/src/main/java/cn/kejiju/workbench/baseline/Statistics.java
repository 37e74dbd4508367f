package cn.kejiju.workbench.baseline;

import jakarta.annotation.Resource;
import jakarta.json.stream.JsonGenerator;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import javax.sql.DataSource;
import java.io.IOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The twin of {@code GET /api/v1/commissioner-statistics?year=Y} (city-wide): the five statements the
 * application runs (captured from PostgreSQL's log, see docs/performance.md; the same text), in raw
 * JDBC, folded the same way (StatisticsQueries) into JSON of the same bytes: the commissioners grouped by
 * field, kind and level; one pass over the period's approved logs per commissioner and month with
 * conditional sums; the distinct targets grouped; the named items grouped; the serving commissioners
 * counted. The quota settings come from memory once read (the application's shared cache).
 */
@WebServlet("/commissioner-statistics")
public class Statistics extends Twin {

    private static final long serialVersionUID = 1L;

    private static final String PEOPLE = "SELECT service_field, KIND, dispatch_level, COUNT(ID),"
            + " SUM(CASE  WHEN (posted_on >= ?) THEN ? ELSE ? END) FROM commissioner"
            + " WHERE ((posted_on <= ?) AND ((ended_on IS NULL) OR (ended_on >= ?))) GROUP BY service_field, KIND, dispatch_level";
    private static final String WORK = "SELECT t0.ID, EXTRACT(year FROM t1.service_date), EXTRACT(month FROM t1.service_date),"
            + " COUNT(t1.ID), SUM(t1.DAYS), SUM(t1.people_trained), SUM(t1.demonstration_bases), SUM(t1.INCOME),"
            + " SUM(CASE  WHEN (t1.KIND = ?) THEN ? ELSE ? END), SUM(CASE  WHEN (t1.KIND = ?) THEN ? ELSE ? END),"
            + " SUM(CASE  WHEN (t1.KIND = ?) THEN ? ELSE ? END), SUM(CASE  WHEN (t1.KIND = ?) THEN ? ELSE ? END)"
            + " FROM commissioner t0, service_log t1 WHERE ((((t1.STATUS = ?) AND (t1.service_date >= ?))"
            + " AND (t1.service_date <= ?)) AND (t0.ID = t1.commissioner_id))"
            + " GROUP BY t0.ID, EXTRACT(year FROM t1.service_date), EXTRACT(month FROM t1.service_date)";
    private static final String SERVED = "SELECT target_kind, target_key FROM service_log"
            + " WHERE (((STATUS = ?) AND (service_date >= ?)) AND (service_date <= ?)) GROUP BY target_kind, target_key";
    private static final String INTRODUCED = "SELECT t0.KIND, t0.ID, COUNT(t1.ID), SUM(t1.adoption_income)"
            + " FROM innovation t0, service_log t2, introduction t1 WHERE ((((t2.STATUS = ?) AND (t2.service_date >= ?))"
            + " AND (t2.service_date <= ?)) AND ((t2.ID = t1.log_id) AND (t0.ID = t1.innovation_id))) GROUP BY t0.KIND, t0.ID";
    private static final String SERVING = "SELECT COUNT(ID) FROM commissioner WHERE ((posted_on <= ?)"
            + " AND ((ended_on IS NULL) OR (ended_on >= ?)))";
    /** Read once: the application keeps the settings in its shared cache. */
    private static final String SETTINGS = "SELECT quota_visits, quota_days FROM commissioner_settings WHERE (ID = ?)";

    private static volatile int[] quota;

    private static final List<String> FIELDS = List.of("AGRICULTURE", "INDUSTRY", "OTHER");
    private static final List<String> KINDS = List.of("INDIVIDUAL", "TEAM", "LEGAL_PERSON");
    private static final List<String> LEVELS = List.of("COUNTY", "CITY", "PROVINCE");
    private static final List<String> TARGETS = List.of("VILLAGE", "COOPERATIVE", "ENTERPRISE");

    @Resource(lookup = "jdbc/workbench")
    DataSource db;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!authorized(request, response)) {
            return;
        }
        int year;
        try {
            year = Integer.parseInt(request.getParameter("year"));
        } catch (NumberFormatException e) {
            problem(response, 422, "year required");
            return;
        }
        try {
            statistics(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), response);
        } catch (SQLException e) {
            throw new IOException(e);
        }
    }

    private void statistics(LocalDate from, LocalDate to, HttpServletResponse response) throws SQLException, IOException {
        Date f = Date.valueOf(from);
        Date t = Date.valueOf(to);
        Map<String, long[]> byField = new HashMap<>();
        Map<String, long[]> byKind = new HashMap<>();
        Map<String, long[]> byLevel = new HashMap<>();
        long serving = 0;
        long fresh = 0;
        Map<YearMonth, long[]> perMonth = new TreeMap<>();
        for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
            perMonth.put(m, new long[2]);
        }
        Map<Long, Object[]> perCommissioner = new HashMap<>();
        long visits = 0;
        long trained = 0;
        long bases = 0;
        long trainings = 0;
        long cooperations = 0;
        long patents = 0;
        long ventures = 0;
        BigDecimal days = BigDecimal.ZERO;
        BigDecimal income = BigDecimal.ZERO;
        Map<String, Long> targets = new HashMap<>();
        Map<String, long[]> items = new HashMap<>();
        BigDecimal adoptionIncome = BigDecimal.ZERO;
        long shortfalls;
        try (Connection connection = db.getConnection()) {
            try (PreparedStatement q = connection.prepareStatement(PEOPLE)) {
                q.setDate(1, f);
                q.setInt(2, 1);
                q.setInt(3, 0);
                q.setDate(4, t);
                q.setDate(5, f);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        long count = rs.getLong(4);
                        long newOnes = rs.getLong(5);
                        add(byField, rs.getString(1), newOnes, count);
                        add(byKind, rs.getString(2), newOnes, count);
                        add(byLevel, rs.getString(3), newOnes, count);
                        serving += count;
                        fresh += newOnes;
                    }
                }
            }
            try (PreparedStatement q = connection.prepareStatement(WORK)) {
                int n = 1;
                for (String kind : List.of("TRAINING", "COOPERATION_AGREEMENT", "PATENT_SUPPORT", "VENTURE_CREATION")) {
                    q.setString(n++, kind);
                    q.setInt(n++, 1);
                    q.setInt(n++, 0);
                }
                q.setString(n++, "APPROVED");
                q.setDate(n++, f);
                q.setDate(n, t);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        long logs = rs.getLong(4);
                        BigDecimal logDays = decimal(rs, 5);
                        long people = rs.getLong(6);
                        visits += logs;
                        days = days.add(logDays);
                        trained += people;
                        bases += rs.getLong(7);
                        income = income.add(decimal(rs, 8));
                        trainings += rs.getLong(9);
                        cooperations += rs.getLong(10);
                        patents += rs.getLong(11);
                        ventures += rs.getLong(12);
                        long[] month = perMonth.get(YearMonth.of(rs.getInt(2), rs.getInt(3)));
                        month[0] += logs;
                        month[1] += people;
                        perCommissioner.merge(rs.getLong(1), new Object[] {logs, logDays},
                                (a, b) -> new Object[] {(Long) a[0] + (Long) b[0], ((BigDecimal) a[1]).add((BigDecimal) b[1])});
                    }
                }
            }
            try (ResultSet rs = approved(connection, SERVED, f, t)) {
                while (rs.next()) {
                    targets.merge(rs.getString(1), 1L, Long::sum);
                }
            }
            try (ResultSet rs = approved(connection, INTRODUCED, f, t)) {
                while (rs.next()) {
                    long[] kind = items.computeIfAbsent(rs.getString(1), k -> new long[2]);
                    kind[0]++;
                    kind[1] += rs.getLong(3);
                    adoptionIncome = adoptionIncome.add(decimal(rs, 4));
                }
            }
            shortfalls = shortfalls(connection, f, t, perCommissioner);
        }

        long targetsTotal = targets.values().stream().mapToLong(Long::longValue).sum();
        long[] varieties = items.getOrDefault("VARIETY", new long[2]);
        long[] technologies = items.getOrDefault("TECHNOLOGY", new long[2]);

        try (JsonGenerator out = json(response)) {
            out.writeStartObject();
            out.write("adoptionIncome", adoptionIncome);
            breakdown(out, "byDispatchLevel", byLevel, LEVELS);
            breakdown(out, "byField", byField, FIELDS);
            breakdown(out, "byKind", byKind, KINDS);
            out.write("commissionersNew", fresh).write("commissionersServing", serving)
                    .write("cooperationAgreements", cooperations)
                    .write("demonstrationBases", bases)
                    .write("from", from.toString())
                    .write("income", income);
            out.writeStartArray("months");
            perMonth.forEach((month, figures) -> out.writeStartObject().write("month", month.toString())
                    .write("peopleTrained", figures[1]).write("visits", figures[0]).writeEnd());
            out.writeEnd();
            out.write("patentSupports", patents)
                    .write("peopleTrained", trained)
                    .write("quotaShortfalls", shortfalls)
                    .write("quotaYear", to.getYear())
                    .write("serviceDays", days);
            out.writeStartArray("targetsServed");
            for (String kind : TARGETS) {
                out.writeStartObject().write("count", targets.getOrDefault(kind, 0L)).write("key", kind).writeEnd();
            }
            out.writeEnd();
            out.write("targetsServedTotal", targetsTotal)
                    .write("technologiesDistinct", technologies[0])
                    .write("technologyIntroductions", technologies[1])
                    .write("to", to.toString())
                    .write("trainings", trainings)
                    .write("varietiesDistinct", varieties[0])
                    .write("varietyIntroductions", varieties[1])
                    .write("venturesCreated", ventures)
                    .write("visits", visits);
            out.writeEnd();
        }
    }

    /**
     * Serving commissioners of the year less those whose approved logs of the year meet the quota; the
     * period is the whole year, so the pass over it gave each commissioner's figures (as in the application).
     */
    private static long shortfalls(Connection connection, Date from, Date to, Map<Long, Object[]> figures)
            throws SQLException {
        long servingCount;
        try (PreparedStatement q = connection.prepareStatement(SERVING)) {
            q.setDate(1, to);
            q.setDate(2, from);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                servingCount = rs.getLong(1);
            }
        }
        int[] settings = quota(connection);
        int quotaVisits = settings[0];
        int quotaDays = settings[1];
        long meeting = figures.values().stream().filter(row -> quotaVisits > 0 && (Long) row[0] >= quotaVisits
                || quotaDays > 0 && ((BigDecimal) row[1]).compareTo(BigDecimal.valueOf(quotaDays)) >= 0).count();
        return Math.max(0, servingCount - meeting);
    }

    /** The quota (visits, days), read once. */
    private static int[] quota(Connection connection) throws SQLException {
        int[] kept = quota;
        if (kept != null) {
            return kept;
        }
        try (PreparedStatement q = connection.prepareStatement(SETTINGS)) {
            q.setLong(1, 1);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                kept = new int[] {rs.getInt(1), rs.getInt(2)};
            }
        }
        quota = kept;
        return kept;
    }

    /** Runs a query over the approved logs of a period; the result set closes its statement. */
    private static ResultSet approved(Connection connection, String sql, Date from, Date to) throws SQLException {
        PreparedStatement q = connection.prepareStatement(sql);
        q.closeOnCompletion();
        q.setString(1, "APPROVED");
        q.setDate(2, from);
        q.setDate(3, to);
        return q.executeQuery();
    }

    private static void add(Map<String, long[]> into, String key, long newOnes, long serving) {
        long[] figures = into.computeIfAbsent(key, k -> new long[2]);
        figures[0] += newOnes;
        figures[1] += serving;
    }

    private static void breakdown(JsonGenerator out, String name, Map<String, long[]> figures, List<String> keys) {
        out.writeStartArray(name);
        for (String key : keys) {
            long[] f = figures.getOrDefault(key, new long[2]);
            out.writeStartObject().write("key", key).write("newInPeriod", f[0]).write("serving", f[1]).writeEnd();
        }
        out.writeEnd();
    }

}
