package cn.kejiju.workbench.platform;

import cn.kejiju.workbench.Deployments;
import jakarta.annotation.Resource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The tables derived from the records (the statistics' rollups and the loans' positions) hold, as the application
 * kept them through everything the tests before this one recorded, exactly what the rebuild scripts of
 * {@code db/rollup} would write from the records: each script's {@code insert into T (…) select …} gives the rows of
 * T (rows whose counts all came back to zero left aside: the application keeps a row a revision emptied), and each
 * {@code update T set c = …} the column values of T. Nothing is written: the scripts' statements are read as
 * queries.
 */
@ExtendWith(ArquillianExtension.class)
class RollupRebuildIT {

    private static final List<String> SCRIPTS = List.of("statistics", "preparedness", "patent", "financing", "project");
    private static final Pattern INSERT = Pattern.compile(
            "insert into (\\w+) \\(([^)]*)\\)\\s*(select .*)", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern UPDATE = Pattern.compile(
            "update (\\w+)\\s+set (.*)", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWith(RollupRebuildIT.class);
    }

    @Resource(name = "jdbc/workbench")
    DataSource dataSource;

    @Test
    void everyRollupHoldsWhatItsRebuildWouldWrite() throws Exception {
        List<String> checked = new ArrayList<>();
        List<String> differing = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            for (String script : SCRIPTS) {
                for (String statement : statements(script)) {
                    Matcher insert = INSERT.matcher(statement);
                    Matcher update = UPDATE.matcher(statement);
                    if (insert.matches()) {
                        String table = insert.group(1);
                        Set<String> primaryKey = primaryKey(connection, table);
                        List<String> columns = topLevel(insert.group(2), ',').stream().map(String::strip).toList();
                        Set<Integer> keys = new HashSet<>();
                        for (int i = 0; i < columns.size(); i++) {
                            if (primaryKey.contains(columns.get(i).toLowerCase(Locale.ROOT))) {
                                keys.add(i + 1);
                            }
                        }
                        List<String> kept = rows(connection, "select " + insert.group(2) + " from " + table, keys);
                        List<String> rebuilt = rows(connection, insert.group(3), keys);
                        compare(table, kept, rebuilt, differing);
                        checked.add(table + " (" + kept.size() + " rows)");
                    } else if (update.matches()) {
                        String table = update.group(1);
                        List<String> columns = new ArrayList<>();
                        List<String> values = new ArrayList<>();
                        for (String assignment : topLevel(update.group(2), ',')) {
                            int equals = assignment.indexOf('=');
                            columns.add(assignment.substring(0, equals).strip());
                            values.add(assignment.substring(equals + 1).strip());
                        }
                        List<String> kept = rows(connection,
                                "select id, " + String.join(", ", columns) + " from " + table, Set.of());
                        List<String> rebuilt = rows(connection,
                                "select id, " + String.join(", ", values) + " from " + table, Set.of());
                        compare(table + " " + columns, kept, rebuilt, differing);
                        checked.add(table + " " + columns + " (" + kept.size() + " rows)");
                    }
                }
            }
        }
        assertTrue(checked.size() >= 9, "the rollups read: " + checked);
        assertEquals(List.of(), differing, "checked: " + checked);
    }

    private static void compare(String what, List<String> kept, List<String> rebuilt, List<String> differing) {
        List<String> missing = new ArrayList<>(rebuilt);
        kept.forEach(missing::remove);
        List<String> extra = new ArrayList<>(kept);
        rebuilt.forEach(extra::remove);
        if (!missing.isEmpty() || !extra.isEmpty()) {
            differing.add(what + ": the rebuild has " + first(missing) + " the application does not; the application "
                    + "has " + first(extra) + " the rebuild does not");
        }
    }

    private static List<String> first(List<String> rows) {
        return rows.subList(0, Math.min(5, rows.size()));
    }

    /**
     * The rows as text, numbers without their scale; with {@code keys} (the positions of the primary key's columns),
     * a row whose other columns are all zero is left out.
     */
    private static List<String> rows(Connection connection, String sql, Set<Integer> keys) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            ResultSetMetaData meta = result.getMetaData();
            while (result.next()) {
                TreeMap<Integer, String> row = new TreeMap<>();
                boolean empty = !keys.isEmpty();
                for (int column = 1; column <= meta.getColumnCount(); column++) {
                    Object value = result.getObject(column);
                    String text = value instanceof Number number
                            ? new BigDecimal(number.toString()).stripTrailingZeros().toPlainString()
                            : String.valueOf(value);
                    row.put(column, text);
                    if (!keys.contains(column) && value != null && !"0".equals(text)) {
                        empty = false;
                    }
                }
                if (!empty) {
                    rows.add(String.join("|", row.values()));
                }
            }
        }
        return rows;
    }

    private static Set<String> primaryKey(Connection connection, String table) throws SQLException {
        Set<String> keys = new HashSet<>();
        DatabaseMetaData meta = connection.getMetaData();
        for (String name : List.of(table.toLowerCase(Locale.ROOT), table.toUpperCase(Locale.ROOT))) {
            try (ResultSet columns = meta.getPrimaryKeys(null, null, name)) {
                while (columns.next()) {
                    keys.add(columns.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                }
            }
        }
        assertTrue(!keys.isEmpty(), table + " has a primary key");
        return keys;
    }

    /** The script's statements, comments left out. */
    private static List<String> statements(String script) throws IOException {
        String name = "db/rollup/afterMigrateApplied__" + script + "_rollup.sql";
        try (InputStream in = RollupRebuildIT.class.getClassLoader().getResourceAsStream(name)) {
            assertTrue(in != null, name);
            StringBuilder sql = new StringBuilder();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.strip().startsWith("--")) {
                    sql.append(line).append('\n');
                }
            }
            return topLevel(sql.toString(), ';').stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        }
    }

    /** {@code text} split at {@code separator} outside parentheses and quotes. */
    private static List<String> topLevel(String text, char separator) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        boolean quoted = false;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                depth++;
            } else if (!quoted && c == ')') {
                depth--;
            } else if (!quoted && depth == 0 && c == separator) {
                parts.add(text.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(text.substring(start));
        return parts;
    }
}
