package cn.kejiju.workbench.baseline;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What every twin shares: the caller must send the benchmark's API token (compared in memory, no SQL:
 * the application keeps an authenticated token in memory too, reading it again every 5 s), and the
 * answer is JSON written with JSON-P, fields in the order the application's JSON-B writes them
 * (alphabetical), nulls left out.
 *
 * <p>What the twin keeps across requests is what the application keeps, no more: the names of
 * jurisdictions (the application's JPA shared cache; read by id with the application's statement the
 * first time one is needed) and, in {@link ServiceLogs}, the total of a list per filter for 30 s
 * (the application's ListTotals).
 */
abstract class Twin extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private static final byte[] TOKEN = ("Bearer wbt_demoROcity" + "x".repeat(30)).getBytes(StandardCharsets.UTF_8);

    static final JsonGeneratorFactory JSON = Json.createGeneratorFactory(Map.of());

    /** The application's statement for a jurisdiction not yet in its shared cache. */
    private static final String JURISDICTION = "SELECT ID, CODE, LEVEL, NAME, VERSION, parent_id FROM jurisdiction WHERE (ID = ?)";

    /** Names of jurisdictions (counties, villages) by id: reference data the application keeps in its shared cache. */
    private static final Map<Long, String> JURISDICTIONS = new ConcurrentHashMap<>();

    /** A jurisdiction's name, from memory once read. */
    static String jurisdiction(Connection connection, long id) throws SQLException {
        String name = JURISDICTIONS.get(id);
        if (name != null) {
            return name;
        }
        try (PreparedStatement query = connection.prepareStatement(JURISDICTION)) {
            query.setLong(1, id);
            try (ResultSet rs = query.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException("no jurisdiction " + id);
                }
                name = rs.getString(4);
            }
        }
        JURISDICTIONS.put(id, name);
        return name;
    }

    /**
     * The application's Cursor.encode(): Base64 (URL alphabet, no padding) of the lines "1", sort key,
     * "a" or "d", the value's type letter ("d" for a date), the row's id and the value.
     */
    static String cursor(String sort, boolean ascending, char type, long id, String value) {
        String plain = String.join("\n", "1", sort, ascending ? "a" : "d", String.valueOf(type), Long.toString(id), value);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** The id and value of a cursor made by {@link #cursor}, or null when it is not one for this sort and type. */
    static String[] decodeCursor(String encoded, String sort, boolean ascending, char type) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(encoded.strip()), StandardCharsets.UTF_8).split("\n", 6);
            if (parts.length != 6 || !"1".equals(parts[0]) || !sort.equals(parts[1])
                    || !(ascending ? "a" : "d").equals(parts[2]) || !String.valueOf(type).equals(parts[3])) {
                return null;
            }
            Long.parseLong(parts[4]);
            return new String[] {parts[4], parts[5]};
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static boolean authorized(HttpServletRequest request, HttpServletResponse response) {
        String header = request.getHeader("Authorization");
        if (header != null && MessageDigest.isEqual(TOKEN, header.getBytes(StandardCharsets.UTF_8))) {
            return true;
        }
        response.setStatus(401);
        return false;
    }

    static JsonGenerator json(HttpServletResponse response) throws IOException {
        response.setContentType("application/json;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        return JSON.createGenerator(response.getOutputStream(), StandardCharsets.UTF_8);
    }

    static void problem(HttpServletResponse response, int status, String detail) throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        try (JsonGenerator out = JSON.createGenerator(response.getOutputStream(), StandardCharsets.UTF_8)) {
            out.writeStartObject().write("status", status).write("detail", detail).writeEnd();
        }
    }

    static void write(JsonGenerator out, String name, String value) {
        if (value != null) {
            out.write(name, value);
        }
    }

    static void write(JsonGenerator out, String name, BigDecimal value) {
        if (value != null) {
            out.write(name, value);
        }
    }

    static void write(JsonGenerator out, String name, Date value) {
        if (value != null) {
            out.write(name, value.toLocalDate().toString());
        }
    }

    static void write(JsonGenerator out, String name, Timestamp value) {
        if (value != null) {
            out.write(name, DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(value.toLocalDateTime()));
        }
    }

    static void ref(JsonGenerator out, String name, long id, String text) {
        out.writeStartObject(name).write("id", id).write("name", text).writeEnd();
    }

    static long number(ResultSet rs, int column) throws SQLException {
        return rs.getLong(column);
    }

    static BigDecimal decimal(ResultSet rs, int column) throws SQLException {
        BigDecimal value = rs.getBigDecimal(column);
        return value == null ? BigDecimal.ZERO : value;
    }
}
