package cn.kejiju.workbench.baseline;

import jakarta.annotation.Resource;
import jakarta.json.stream.JsonGenerator;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import javax.sql.DataSource;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The twin of {@code GET /api/v1/jurisdictions/{id}}: the row read once with the application's statement
 * and kept in memory, as the application keeps jurisdictions in its JPA shared cache. Neither side runs
 * SQL on a warm path, so this row measures what answering an authenticated API call costs in each stack:
 * the floor under every other row.
 */
@WebServlet("/jurisdictions/*")
public class Jurisdictions extends Twin {

    private static final long serialVersionUID = 1L;

    private static final String ROW = "SELECT ID, CODE, LEVEL, NAME, VERSION, parent_id FROM jurisdiction WHERE (ID = ?)";

    private record Row(long id, String code, String level, String name, long version, Long parentId) {
    }

    private static final Map<Long, Row> ROWS = new ConcurrentHashMap<>();

    @Resource(lookup = "jdbc/workbench")
    DataSource db;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!authorized(request, response)) {
            return;
        }
        long id;
        try {
            id = Long.parseLong(request.getPathInfo().substring(1));
        } catch (RuntimeException e) {
            problem(response, 400, "bad id");
            return;
        }
        Row row;
        try {
            row = ROWS.get(id);
            if (row == null) {
                row = read(id);
            }
        } catch (SQLException e) {
            throw new IOException(e);
        }
        if (row == null) {
            problem(response, 404, "no jurisdiction " + id);
            return;
        }
        // fields in the application's JSON-B order (alphabetical), nulls left out
        try (JsonGenerator out = json(response)) {
            out.writeStartObject().write("code", row.code()).write("id", row.id()).write("level", row.level())
                    .write("name", row.name());
            if (row.parentId() != null) {
                out.write("parentId", row.parentId());
            }
            out.write("version", row.version()).writeEnd();
        }
    }

    private Row read(long id) throws SQLException {
        try (Connection connection = db.getConnection(); PreparedStatement query = connection.prepareStatement(ROW)) {
            query.setLong(1, id);
            try (ResultSet rs = query.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                long parent = rs.getLong(6);
                Row row = new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5),
                        rs.wasNull() ? null : parent);
                ROWS.put(id, row);
                return row;
            }
        }
    }
}
