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
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The twin of {@code GET /api/v1/service-logs} and {@code GET /api/v1/service-logs/{id}}: the statements
 * the application runs (captured from PostgreSQL's log, see docs/performance.md), with the same text, on
 * the same data source, read in raw JDBC into JSON of the same bytes.
 *
 * <ul>
 * <li>one log: the log left-joined with commissioner, assignment, enterprise, introduction and innovation
 *     in one statement (EclipseLink's left-join-fetch), then its evidence. 2 statements.</li>
 * <li>list: the page (service_log left-joined with commissioner, assignment and enterprise, the filter,
 *     ORDER BY service_date DESC, ID DESC, LIMIT/OFFSET; with {@code after} the keyset condition of the
 *     application's cursor instead of an offset), then the count, unless the page tells the total or the
 *     count of the same filter is less than 30 s old (the application's ListTotals). 1 or 2 statements.
 *     The answer carries the application's cursor of the next page ({@code next}).</li>
 * </ul>
 * Counties' and villages' names come from memory once read (the application's shared cache).
 * Only the parameters the benchmark uses are supported: page, size, after, kind, from, to (sort: service
 * date, newest first).
 */
@WebServlet("/service-logs/*")
public class ServiceLogs extends Twin {

    private static final long serialVersionUID = 1L;

    /** The log's, commissioner's, assignment's and enterprise's columns, as EclipseLink selects them (1–73). */
    private static final String[] LOG_COLUMNS = ("t1.ID, t1.DAYS, t1.demonstration_bases, t1.INCOME, t1.KIND, t1.people_trained, t1.rejection_reason,"
            + " t1.reviewed_at, t1.reviewed_by, t1.service_date, t1.STATUS, t1.submitted_at, t1.submitted_by,"
            + " t1.SUMMARY, t1.target_key, t1.target_kind, t1.VERSION, t1.assignment_id, t1.commissioner_id,"
            + " t1.county_id, t0.ID, t0.created_at, t0.dispatch_level, t0.employer_category, t0.employer_name,"
            + " t0.ended_on, t0.service_field, t0.GENDER, t0.KIND, t0.NAME, t0.posted_on, t0.STATUS, t0.TITLE,"
            + " t0.updated_at, t0.VERSION, t0.phone, t0.resident_id, t0.county_id, t0.employer_id, t2.ID,"
            + " t2.commissioner_confirmed_on, t2.created_at, t2.end_date, t2.end_reason, t2.ended_on, t2.GOALS,"
            + " t2.start_date, t2.STATUS, t2.target_confirmed_on, t2.updated_at, t2.VERSION, t2.target_key,"
            + " t2.target_kind, t2.organisation_id, t2.village_id, t2.commissioner_id, t2.county_id, t3.ID,"
            + " t3.ADDRESS, t3.contact_name, t3.created_at, t3.INDUSTRY, t3.KIND, t3.NAME, t3.sme_year,"
            + " t3.updated_at, t3.VERSION, t3.contact_phone, t3.credit_code, t3.high_tech_cert_no,"
            + " t3.high_tech_valid_until, t3.county_id, t3.township_id").split(", ");

    /** The introduction's and its innovation's (74–84). */
    private static final String INTRODUCTION_COLUMNS = "t4.ID, t4.adopted_area, t4.adopted_households, t4.adoption_income, t4.adoption_recorded_on,"
            + " t4.innovation_id, t4.log_id, t5.ID, t5.KIND, t5.NAME, t5.county_id";

    private static final String JOINS = " FROM service_log t1 LEFT OUTER JOIN commissioner t0 ON (t0.ID = t1.commissioner_id)"
            + " LEFT OUTER JOIN assignment t2 ON (t2.ID = t1.assignment_id)"
            + " LEFT OUTER JOIN enterprise t3 ON (t3.ID = t2.organisation_id)";

    private static final String ONE = "SELECT " + String.join(", ", LOG_COLUMNS) + ", " + INTRODUCTION_COLUMNS + JOINS
            + " LEFT OUTER JOIN introduction t4 ON (t4.log_id = t1.ID)"
            + " LEFT OUTER JOIN innovation t5 ON (t5.ID = t4.innovation_id) WHERE (t1.ID = ?)";

    /** The page query's columns with EclipseLink's aliases (a1 …), as it writes them when it adds LIMIT/OFFSET. */
    private static final String PAGE_COLUMNS;

    static {
        StringBuilder columns = new StringBuilder();
        for (int i = 0; i < LOG_COLUMNS.length; i++) {
            columns.append(i == 0 ? "" : ", ").append(LOG_COLUMNS[i]).append(" AS a").append(i + 1);
        }
        PAGE_COLUMNS = columns.toString();
    }

    private static final String EVIDENCE = "SELECT ID, content_type, file_name, KIND, size_bytes, uploaded_at, uploaded_by,"
            + " log_id FROM evidence WHERE (log_id = ?) ORDER BY ID";

    /** The total of a list per filter, kept 30 s like the application's (which also forgets it on a write). */
    private static final long TOTAL_NANOS = TimeUnit.SECONDS.toNanos(30);

    private record Total(long total, long countedAt) {
    }

    private static final Map<String, Total> TOTALS = new ConcurrentHashMap<>();

    @Resource(lookup = "jdbc/workbench")
    DataSource db;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!authorized(request, response)) {
            return;
        }
        String path = request.getPathInfo();
        try {
            if (path == null || path.equals("/")) {
                list(request, response);
            } else {
                long id;
                try {
                    id = Long.parseLong(path.substring(1));
                } catch (NumberFormatException e) {
                    problem(response, 404, "no such log");
                    return;
                }
                one(id, response);
            }
        } catch (SQLException e) {
            throw new IOException(e);
        }
    }

    /** A log as a row reads it: the columns the JSON shows, the county's and village's names from memory. */
    private record Log(long id, long version, long countyId, String county, long commissionerId, String commissioner,
                       long assignmentId, String targetKind, long targetId, String targetKey, String targetName,
                       Date serviceDate, String kind, BigDecimal days, int peopleTrained, int demonstrationBases,
                       BigDecimal income, String summary, String status, String submittedBy, Timestamp submittedAt,
                       String reviewedBy, Timestamp reviewedAt, String rejectionReason) {

        static Log read(Connection connection, ResultSet rs) throws SQLException {
            long countyId = rs.getLong(20);
            long village = rs.getLong(55);
            boolean isVillage = !rs.wasNull();
            long targetId = isVillage ? village : rs.getLong(54);
            String targetName = isVillage ? jurisdiction(connection, village) : rs.getString(64);
            return new Log(rs.getLong(1), rs.getLong(17), countyId, jurisdiction(connection, countyId), rs.getLong(19),
                    rs.getString(30), rs.getLong(18), rs.getString(53), targetId, rs.getString(52), targetName,
                    rs.getDate(10), rs.getString(5), rs.getBigDecimal(2), rs.getInt(6), rs.getInt(3), rs.getBigDecimal(4),
                    rs.getString(14), rs.getString(11), rs.getString(13), rs.getTimestamp(12), rs.getString(9),
                    rs.getTimestamp(8), rs.getString(7));
        }
    }

    private record Introduction(long id, long logId, long innovationId, String kind, String name, BigDecimal adoptedArea,
                                Integer adoptedHouseholds, BigDecimal adoptionIncome, Date adoptionRecordedOn) {

        static Introduction read(ResultSet rs) throws SQLException {
            int households = rs.getInt(76);
            return new Introduction(rs.getLong(74), rs.getLong(80), rs.getLong(79), rs.getString(82), rs.getString(83),
                    rs.getBigDecimal(75), rs.wasNull() ? null : households, rs.getBigDecimal(77), rs.getDate(78));
        }
    }

    private void one(long id, HttpServletResponse response) throws SQLException, IOException {
        try (Connection connection = db.getConnection()) {
            Log log = null;
            List<Introduction> introductions = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement(ONE)) {
                query.setLong(1, id);
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        if (log == null) {
                            log = Log.read(connection, rs);
                        }
                        rs.getLong(74);
                        if (!rs.wasNull()) {
                            introductions.add(Introduction.read(rs));
                        }
                    }
                }
            }
            if (log == null) {
                problem(response, 404, "no such log");
                return;
            }
            // the collection's @OrderBy("id")
            introductions.sort(Comparator.comparingLong(Introduction::id));
            try (PreparedStatement query = connection.prepareStatement(EVIDENCE)) {
                query.setLong(1, id);
                try (ResultSet rs = query.executeQuery(); JsonGenerator out = json(response)) {
                    out.writeStartObject();
                    head(out, log);
                    evidence(out, rs);
                    out.write("id", log.id());
                    out.write("income", log.income());
                    introductions(out, introductions);
                    rest(out, log);
                    out.writeEnd();
                }
            }
        }
    }

    private void list(HttpServletRequest request, HttpServletResponse response) throws SQLException, IOException {
        int page = intParameter(request, "page", 0);
        int size = intParameter(request, "size", 20);
        if (page < 0 || size < 1 || size > 200) {
            problem(response, 422, "page or size out of range");
            return;
        }
        String kind = request.getParameter("kind");
        LocalDate from = day(request.getParameter("from"));
        LocalDate to = day(request.getParameter("to"));
        String[] after = null;
        if (request.getParameter("after") != null) {
            after = decodeCursor(request.getParameter("after"), "serviceDate", false, 'd');
            if (after == null) {
                problem(response, 422, "after");
                return;
            }
        }
        // the filter as EclipseLink writes it: conditions nested two by two, left first
        String filter = null;
        List<Object> parameters = new ArrayList<>();
        // the benchmark's token reads no drafts (only a county's clerks and read-write tokens do)
        filter = and(filter, "(%1$sSTATUS <> ?)");
        parameters.add("DRAFT");
        if (kind != null) {
            filter = and(filter, "(%1$sKIND = ?)");
            parameters.add(kind);
        }
        if (from != null) {
            filter = and(filter, "(%1$sservice_date >= ?)");
            parameters.add(Date.valueOf(from));
        }
        if (to != null) {
            filter = and(filter, "(%1$sservice_date <= ?)");
            parameters.add(Date.valueOf(to));
        }
        String pageWhere = filter == null ? null : filter.replace("%1$s", "t1.");
        List<Object> pageParameters = new ArrayList<>(parameters);
        if (after != null) {
            String beyond = "((t1.service_date <= ?) AND ((t1.service_date < ?) OR (t1.ID < ?)))";
            pageWhere = pageWhere == null ? beyond : "(" + pageWhere + " AND " + beyond + ")";
            Date value = Date.valueOf(LocalDate.parse(after[1]));
            pageParameters.add(value);
            pageParameters.add(value);
            pageParameters.add(Long.parseLong(after[0]));
        }
        String pageQuery = "SELECT " + PAGE_COLUMNS + JOINS + (pageWhere == null ? "" : " WHERE " + pageWhere)
                + " ORDER BY t1.service_date DESC, t1.ID DESC LIMIT ? OFFSET ?";
        String countQuery = "SELECT COUNT(ID) FROM service_log" + (filter == null ? "" : " WHERE " + filter.replace("%1$s", ""));
        int offset = after != null ? 0 : page * size;
        try (Connection connection = db.getConnection()) {
            List<Log> items = new ArrayList<>(size);
            try (PreparedStatement query = connection.prepareStatement(pageQuery)) {
                int n = bind(query, pageParameters);
                query.setInt(n++, size);
                query.setInt(n, offset);
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        items.add(Log.read(connection, rs));
                    }
                }
            }
            long total;
            if (after == null && items.size() < size && (page == 0 || !items.isEmpty())) {
                total = (long) offset + items.size();
            } else {
                total = total(connection, countQuery, parameters);
            }
            String next = null;
            if (items.size() == size) {
                Log last = items.get(size - 1);
                next = cursor("serviceDate", false, 'd', last.id(), last.serviceDate().toLocalDate().toString());
            }
            try (JsonGenerator out = json(response)) {
                out.writeStartObject().writeStartArray("items");
                for (Log log : items) {
                    out.writeStartObject();
                    head(out, log);
                    out.write("id", log.id()).write("income", log.income());
                    rest(out, log);
                    out.writeEnd();
                }
                out.writeEnd();
                write(out, "next", next);
                out.write("page", page).write("size", size).write("total", total).writeEnd();
            }
        }
    }

    private static String and(String left, String condition) {
        return left == null ? condition : "(" + left + " AND " + condition + ")";
    }

    /** The count of a filter, from memory while less than 30 s old. */
    private static long total(Connection connection, String countQuery, List<Object> parameters) throws SQLException {
        String key = countQuery + parameters;
        Total kept = TOTALS.get(key);
        long now = System.nanoTime();
        if (kept != null && now - kept.countedAt() < TOTAL_NANOS) {
            return kept.total();
        }
        long total;
        try (PreparedStatement query = connection.prepareStatement(countQuery)) {
            bind(query, parameters);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                total = rs.getLong(1);
            }
        }
        TOTALS.put(key, new Total(total, now));
        return total;
    }

    /** The fields before "evidence" and "introductions", alphabetically as JSON-B writes them. */
    private static void head(JsonGenerator out, Log log) {
        out.write("assignmentId", log.assignmentId());
        ref(out, "commissioner", log.commissionerId(), log.commissioner());
        ref(out, "county", log.countyId(), log.county());
        out.write("days", log.days());
        out.write("demonstrationBases", log.demonstrationBases());
    }

    /** The fields after "introductions". */
    private static void rest(JsonGenerator out, Log log) {
        out.write("kind", log.kind());
        out.write("peopleTrained", log.peopleTrained());
        write(out, "rejectionReason", log.rejectionReason());
        write(out, "reviewedAt", log.reviewedAt());
        write(out, "reviewedBy", log.reviewedBy());
        write(out, "serviceDate", log.serviceDate());
        out.write("status", log.status());
        write(out, "submittedAt", log.submittedAt());
        out.write("submittedBy", log.submittedBy());
        out.write("summary", log.summary());
        out.writeStartObject("target").write("id", log.targetId()).write("key", log.targetKey())
                .write("kind", log.targetKind());
        write(out, "name", log.targetName());
        out.writeEnd();
        out.write("version", log.version());
    }

    private static void evidence(JsonGenerator out, ResultSet rs) throws SQLException {
        out.writeStartArray("evidence");
        while (rs.next()) {
            out.writeStartObject().write("contentType", rs.getString(2)).write("fileName", rs.getString(3))
                    .write("href", "service-logs/evidence/" + rs.getLong(1)).write("id", rs.getLong(1))
                    .write("kind", rs.getString(4)).write("logId", rs.getLong(8)).write("size", rs.getLong(5));
            write(out, "uploadedAt", rs.getTimestamp(6));
            out.write("uploadedBy", rs.getString(7)).writeEnd();
        }
        out.writeEnd();
    }

    private static void introductions(JsonGenerator out, List<Introduction> introductions) {
        out.writeStartArray("introductions");
        for (Introduction i : introductions) {
            out.writeStartObject();
            write(out, "adoptedArea", i.adoptedArea());
            if (i.adoptedHouseholds() != null) {
                out.write("adoptedHouseholds", i.adoptedHouseholds());
            }
            write(out, "adoptionIncome", i.adoptionIncome());
            write(out, "adoptionRecordedOn", i.adoptionRecordedOn());
            out.write("id", i.id()).write("innovationId", i.innovationId()).write("kind", i.kind())
                    .write("logId", i.logId()).write("name", i.name()).writeEnd();
        }
        out.writeEnd();
    }

    private static int bind(PreparedStatement query, List<Object> parameters) throws SQLException {
        int n = 1;
        for (Object parameter : parameters) {
            query.setObject(n++, parameter);
        }
        return n;
    }

    private static int intParameter(HttpServletRequest request, String name, int otherwise) {
        String value = request.getParameter(name);
        return value == null ? otherwise : Integer.parseInt(value);
    }

    private static LocalDate day(String value) {
        return value == null ? null : LocalDate.parse(value);
    }
}
