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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The twin of {@code GET /api/v1/commissioner-statistics?year=Y} (city-wide): the ten statements the
 * application runs (captured from PostgreSQL's log, see docs/performance.md), in raw JDBC, folded the
 * same way (StatisticsQueries, JpaServiceLogRepository.approvedFigures) into JSON of the same shape.
 */
@WebServlet("/commissioner-statistics")
public class Statistics extends Twin {

    private static final long serialVersionUID = 1L;

    private static final String APPROVED = " where l.status = 'APPROVED' and l.service_date >= ? and l.service_date <= ?";

    private static final String PEOPLE = "select service_field, kind, dispatch_level, count(id),"
            + " sum(case when posted_on >= ? then 1 else 0 end) from commissioner"
            + " where posted_on <= ? and (ended_on is null or ended_on >= ?) group by service_field, kind, dispatch_level";
    private static final String WORK = "select l.kind, count(l.id), sum(l.days), sum(l.people_trained),"
            + " sum(l.demonstration_bases), sum(l.income) from service_log l" + APPROVED + " group by l.kind";
    private static final String SERVED = "select l.target_kind, count(distinct l.target_key) from service_log l"
            + APPROVED + " group by l.target_kind";
    private static final String INTRODUCED = "select n.kind, count(distinct n.id), count(i.id), sum(i.adoption_income)"
            + " from innovation n, service_log l, introduction i" + APPROVED
            + " and l.id = i.log_id and n.id = i.innovation_id group by n.kind";
    private static final String DAILY = "select l.service_date, count(l.id), sum(l.people_trained) from service_log l"
            + APPROVED + " group by l.service_date";
    private static final String SERVING = "select count(id) from commissioner where posted_on <= ?"
            + " and (ended_on is null or ended_on >= ?)";
    private static final String SETTINGS = "select quota_visits, quota_days from commissioner_settings where id = 1";
    private static final String FIGURES = "select c.id, count(l.id), sum(l.days) from commissioner c, service_log l"
            + APPROVED + " and c.id = l.commissioner_id group by c.id";
    private static final String INTRODUCTIONS = "select c.id, count(i.id) from commissioner c, introduction i, service_log l"
            + APPROVED + " and l.id = i.log_id and c.id = l.commissioner_id group by c.id";
    private static final String RESULTS = "select c.id, count(l.id) from commissioner c, service_log l" + APPROVED
            + " and l.kind in ('COOPERATION_AGREEMENT', 'PATENT_SUPPORT', 'VENTURE_CREATION')"
            + " and c.id = l.commissioner_id group by c.id";

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
        Map<String, Object[]> byServiceKind = new HashMap<>();
        Map<String, Long> targets = new HashMap<>();
        Map<String, long[]> items = new HashMap<>();
        BigDecimal adoptionIncome = BigDecimal.ZERO;
        Map<YearMonth, long[]> perMonth = new TreeMap<>();
        for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
            perMonth.put(m, new long[2]);
        }
        long shortfalls;
        try (Connection connection = db.getConnection()) {
            try (PreparedStatement q = connection.prepareStatement(PEOPLE)) {
                q.setDate(1, f);
                q.setDate(2, t);
                q.setDate(3, f);
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
            try (ResultSet rs = period(connection, WORK, f, t)) {
                while (rs.next()) {
                    byServiceKind.put(rs.getString(1), new Object[] {rs.getLong(2), decimal(rs, 3), rs.getLong(4),
                            rs.getLong(5), decimal(rs, 6)});
                }
            }
            try (ResultSet rs = period(connection, SERVED, f, t)) {
                while (rs.next()) {
                    targets.put(rs.getString(1), rs.getLong(2));
                }
            }
            try (ResultSet rs = period(connection, INTRODUCED, f, t)) {
                while (rs.next()) {
                    items.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3)});
                    adoptionIncome = adoptionIncome.add(decimal(rs, 4));
                }
            }
            try (ResultSet rs = period(connection, DAILY, f, t)) {
                while (rs.next()) {
                    long[] month = perMonth.get(YearMonth.from(rs.getDate(1).toLocalDate()));
                    month[0] += rs.getLong(2);
                    month[1] += rs.getLong(3);
                }
            }
            shortfalls = shortfalls(connection, to.getYear());
        }

        long visits = 0;
        long trained = 0;
        long bases = 0;
        BigDecimal days = BigDecimal.ZERO;
        BigDecimal income = BigDecimal.ZERO;
        for (Object[] row : byServiceKind.values()) {
            visits += (Long) row[0];
            days = days.add((BigDecimal) row[1]);
            trained += (Long) row[2];
            bases += (Long) row[3];
            income = income.add((BigDecimal) row[4]);
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
                    .write("cooperationAgreements", logsOf(byServiceKind, "COOPERATION_AGREEMENT"))
                    .write("demonstrationBases", bases)
                    .write("from", from.toString())
                    .write("income", income);
            out.writeStartArray("months");
            perMonth.forEach((month, figures) -> out.writeStartObject().write("month", month.toString())
                    .write("peopleTrained", figures[1]).write("visits", figures[0]).writeEnd());
            out.writeEnd();
            out.write("patentSupports", logsOf(byServiceKind, "PATENT_SUPPORT"))
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
                    .write("trainings", logsOf(byServiceKind, "TRAINING"))
                    .write("varietiesDistinct", varieties[0])
                    .write("varietyIntroductions", varieties[1])
                    .write("venturesCreated", logsOf(byServiceKind, "VENTURE_CREATION"))
                    .write("visits", visits);
            out.writeEnd();
        }
    }

    /** Serving commissioners of the year less those whose approved logs of the year meet the quota. */
    private static long shortfalls(Connection connection, int year) throws SQLException {
        Date f = Date.valueOf(LocalDate.of(year, 1, 1));
        Date t = Date.valueOf(LocalDate.of(year, 12, 31));
        long servingCount;
        try (PreparedStatement q = connection.prepareStatement(SERVING)) {
            q.setDate(1, t);
            q.setDate(2, f);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                servingCount = rs.getLong(1);
            }
        }
        int quotaVisits;
        int quotaDays;
        try (PreparedStatement q = connection.prepareStatement(SETTINGS); ResultSet rs = q.executeQuery()) {
            rs.next();
            quotaVisits = rs.getInt(1);
            quotaDays = rs.getInt(2);
        }
        Map<Long, Object[]> figures = new LinkedHashMap<>();
        try (ResultSet rs = period(connection, FIGURES, f, t)) {
            while (rs.next()) {
                figures.put(rs.getLong(1), new Object[] {rs.getLong(2), decimal(rs, 3)});
            }
        }
        // the results (introductions, result kinds) are read as the application reads them, though the quota ignores them
        long results = 0;
        try (ResultSet rs = period(connection, INTRODUCTIONS, f, t)) {
            while (rs.next()) {
                results += rs.getLong(2);
            }
        }
        try (ResultSet rs = period(connection, RESULTS, f, t)) {
            while (rs.next()) {
                results += rs.getLong(2);
            }
        }
        long meeting = figures.values().stream().filter(row -> quotaVisits > 0 && (Long) row[0] >= quotaVisits
                || quotaDays > 0 && ((BigDecimal) row[1]).compareTo(BigDecimal.valueOf(quotaDays)) >= 0).count();
        return Math.max(0, servingCount - meeting);
    }

    /** Runs a query over the approved logs of a period; the result set closes its statement. */
    private static ResultSet period(Connection connection, String sql, Date from, Date to) throws SQLException {
        PreparedStatement q = connection.prepareStatement(sql);
        q.closeOnCompletion();
        q.setDate(1, from);
        q.setDate(2, to);
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

    private static long logsOf(Map<String, Object[]> byServiceKind, String kind) {
        Object[] row = byServiceKind.get(kind);
        return row == null ? 0 : (Long) row[0];
    }
}
