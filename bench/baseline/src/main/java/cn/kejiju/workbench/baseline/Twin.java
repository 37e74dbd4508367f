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
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * What every twin shares: the caller must send the benchmark's API token (compared in memory, no SQL:
 * the twin is the ceiling the application is measured against), and the answer is JSON written with
 * JSON-P, fields in the order the application's JSON-B writes them (alphabetical), nulls left out.
 */
abstract class Twin extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private static final byte[] TOKEN = ("Bearer wbt_demoROcity" + "x".repeat(30)).getBytes(StandardCharsets.UTF_8);

    static final JsonGeneratorFactory JSON = Json.createGeneratorFactory(Map.of());

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
