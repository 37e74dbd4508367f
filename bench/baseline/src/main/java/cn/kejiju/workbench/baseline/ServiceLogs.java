package cn.kejiju.workbench.baseline;

import jakarta.annotation.Resource;
import jakarta.json.stream.JsonGenerator;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import javax.sql.DataSource;
import java.io.IOException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The twin of {@code GET /api/v1/service-logs} and {@code GET /api/v1/service-logs/{id}}: the same
 * SQL as the application's (captured from PostgreSQL's log, see docs/performance.md) on the same data
 * source, with the names the response shows joined in instead of read row by row.
 *
 * <ul>
 * <li>list: the application's page query (service_log joined with commissioner, its filter, ORDER BY
 *     service_date DESC, id DESC, LIMIT/OFFSET) as a subquery, joined with county, assignment and target
 *     for the names; then the application's count query. 2 statements.</li>
 * <li>one log: the log with county, commissioner, assignment and target in one query, its introductions
 *     with their named items, its evidence. 3 statements.</li>
 * </ul>
 * Only the parameters the benchmark uses are supported: page, size, kind, from, to (sort: service date, newest first).
 */
@WebServlet("/service-logs/*")
public class ServiceLogs extends Twin {

    private static final long serialVersionUID = 1L;

    private static final String COLUMNS = "l.id, l.version, l.county_id, j.name, l.commissioner_id, c.name,"
            + " l.assignment_id, a.target_kind, coalesce(a.village_id, a.organisation_id), a.target_key,"
            + " coalesce(v.name, e.name), l.service_date, l.kind, l.days, l.people_trained, l.demonstration_bases,"
            + " l.income, l.summary, l.status, l.submitted_by, l.submitted_at, l.reviewed_by, l.reviewed_at,"
            + " l.rejection_reason";

    private static final String NAMES = " join commissioner c on c.id = l.commissioner_id"
            + " join jurisdiction j on j.id = l.county_id"
            + " join assignment a on a.id = l.assignment_id"
            + " left join jurisdiction v on v.id = a.village_id"
            + " left join enterprise e on e.id = a.organisation_id";

    private static final String ONE = "select " + COLUMNS + " from service_log l" + NAMES + " where l.id = ?";

    private static final String INTRODUCTIONS = "select i.id, i.log_id, i.innovation_id, n.kind, n.name, i.adopted_area,"
            + " i.adopted_households, i.adoption_income, i.adoption_recorded_on from introduction i"
            + " join innovation n on n.id = i.innovation_id where i.log_id = ? order by i.id";

    private static final String EVIDENCE = "select id, log_id, kind, file_name, content_type, size_bytes, uploaded_by,"
            + " uploaded_at from evidence where log_id = ? order by id";

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

    private void one(long id, HttpServletResponse response) throws SQLException, IOException {
        try (Connection connection = db.getConnection()) {
            try (PreparedStatement query = connection.prepareStatement(ONE)) {
                query.setLong(1, id);
                try (ResultSet rs = query.executeQuery()) {
                    if (!rs.next()) {
                        problem(response, 404, "no such log");
                        return;
                    }
                    try (JsonGenerator out = json(response)) {
                        out.writeStartObject();
                        log(out, rs);
                        evidence(connection, id, out);
                        out.write("id", rs.getLong(1)).write("income", rs.getBigDecimal(17));
                        introductions(connection, id, out);
                        rest(out, rs);
                        out.writeEnd();
                    }
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
        StringBuilder where = new StringBuilder(" where t0.id = t1.commissioner_id");
        List<Object> parameters = new ArrayList<>();
        if (kind != null) {
            where.append(" and t1.kind = ?");
            parameters.add(kind);
        }
        if (from != null) {
            where.append(" and t1.service_date >= ?");
            parameters.add(Date.valueOf(from));
        }
        if (to != null) {
            where.append(" and t1.service_date <= ?");
            parameters.add(Date.valueOf(to));
        }
        String pageQuery = "select " + COLUMNS + " from (select t1.* from commissioner t0, service_log t1" + where
                + " order by t1.service_date desc, t1.id desc limit ? offset ?) l" + NAMES
                + " order by l.service_date desc, l.id desc";
        String countQuery = "select count(t1.id) from commissioner t0, service_log t1" + where;
        try (Connection connection = db.getConnection()) {
            long total;
            try (JsonGenerator out = json(response)) {
                out.writeStartObject().writeStartArray("items");
                try (PreparedStatement query = connection.prepareStatement(pageQuery)) {
                    int n = bind(query, parameters);
                    query.setInt(n++, size);
                    query.setLong(n, (long) page * size);
                    try (ResultSet rs = query.executeQuery()) {
                        while (rs.next()) {
                            out.writeStartObject();
                            log(out, rs);
                            out.write("id", rs.getLong(1)).write("income", rs.getBigDecimal(17));
                            rest(out, rs);
                            out.writeEnd();
                        }
                    }
                }
                out.writeEnd();
                try (PreparedStatement query = connection.prepareStatement(countQuery)) {
                    bind(query, parameters);
                    try (ResultSet rs = query.executeQuery()) {
                        rs.next();
                        total = rs.getLong(1);
                    }
                }
                out.write("page", page).write("size", size).write("total", total).writeEnd();
            }
        }
    }

    /** The fields before "evidence" and "introductions", alphabetically as JSON-B writes them. */
    private static void log(JsonGenerator out, ResultSet rs) throws SQLException {
        out.write("assignmentId", rs.getLong(7));
        ref(out, "commissioner", rs.getLong(5), rs.getString(6));
        ref(out, "county", rs.getLong(3), rs.getString(4));
        out.write("days", rs.getBigDecimal(14));
        out.write("demonstrationBases", rs.getInt(16));
    }

    /** The fields after "introductions". */
    private static void rest(JsonGenerator out, ResultSet rs) throws SQLException {
        out.write("kind", rs.getString(13));
        out.write("peopleTrained", rs.getInt(15));
        write(out, "rejectionReason", rs.getString(24));
        write(out, "reviewedAt", rs.getTimestamp(23));
        write(out, "reviewedBy", rs.getString(22));
        write(out, "serviceDate", rs.getDate(12));
        out.write("status", rs.getString(19));
        write(out, "submittedAt", rs.getTimestamp(21));
        out.write("submittedBy", rs.getString(20));
        out.write("summary", rs.getString(18));
        out.writeStartObject("target").write("id", rs.getLong(9)).write("key", rs.getString(10))
                .write("kind", rs.getString(8));
        write(out, "name", rs.getString(11));
        out.writeEnd();
        out.write("version", rs.getLong(2));
    }

    private static void evidence(Connection connection, long id, JsonGenerator out) throws SQLException {
        out.writeStartArray("evidence");
        try (PreparedStatement query = connection.prepareStatement(EVIDENCE)) {
            query.setLong(1, id);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    out.writeStartObject().write("contentType", rs.getString(5)).write("fileName", rs.getString(4))
                            .write("href", "service-logs/evidence/" + rs.getLong(1)).write("id", rs.getLong(1))
                            .write("kind", rs.getString(3)).write("logId", rs.getLong(2)).write("size", rs.getLong(6));
                    write(out, "uploadedAt", rs.getTimestamp(8));
                    out.write("uploadedBy", rs.getString(7)).writeEnd();
                }
            }
        }
        out.writeEnd();
    }

    private static void introductions(Connection connection, long id, JsonGenerator out) throws SQLException {
        out.writeStartArray("introductions");
        try (PreparedStatement query = connection.prepareStatement(INTRODUCTIONS)) {
            query.setLong(1, id);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    out.writeStartObject();
                    write(out, "adoptedArea", rs.getBigDecimal(6));
                    int households = rs.getInt(7);
                    if (!rs.wasNull()) {
                        out.write("adoptedHouseholds", households);
                    }
                    write(out, "adoptionIncome", rs.getBigDecimal(8));
                    write(out, "adoptionRecordedOn", rs.getDate(9));
                    out.write("id", rs.getLong(1)).write("innovationId", rs.getLong(3)).write("kind", rs.getString(4))
                            .write("logId", rs.getLong(2)).write("name", rs.getString(5)).writeEnd();
                }
            }
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
