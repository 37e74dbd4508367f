package cn.kejiju.workbench.shared;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Objects;

/**
 * Where a list continues (keyset paging): the sort key and direction the list was read in, and the
 * sort value and id of the last row read. Clients see it only as an opaque string ({@link #encode()});
 * one that is malformed or was made for another sort is refused naming the parameter {@code after}.
 */
public record Cursor(String sort, boolean ascending, Object value, long id) {

    private static final String VERSION = "1";

    public Cursor {
        Objects.requireNonNull(sort, "sort");
        Objects.requireNonNull(value, "value");
        if (!(value instanceof LocalDate || value instanceof LocalDateTime || value instanceof String
                || value instanceof Long || value instanceof Enum<?>)) {
            throw new IllegalArgumentException("no cursor over " + value.getClass().getName());
        }
    }

    /** The cursor after a row, or null where the row has no sort value (the list then pages by number). */
    public static Cursor after(String sort, boolean ascending, Object value, long id) {
        if (value == null) {
            return null;
        }
        Object comparable = value instanceof Integer number ? Long.valueOf(number) : value;
        return new Cursor(sort, ascending, comparable, id);
    }

    public String encode() {
        String type;
        String text;
        if (value instanceof LocalDate day) {
            type = "d";
            text = day.toString();
        } else if (value instanceof LocalDateTime time) {
            type = "t";
            text = time.toString();
        } else if (value instanceof Long number) {
            type = "n";
            text = number.toString();
        } else if (value instanceof Enum<?> constant) {
            type = "e";
            text = constant.name();
        } else {
            type = "s";
            text = (String) value;
        }
        String plain = String.join("\n", VERSION, sort, ascending ? "a" : "d", type, Long.toString(id), text);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Reads a cursor the list gave out. Enum values come back as their names (a String): the
     * repository compares them as the column stores them.
     */
    public static Cursor decode(String encoded) {
        if (encoded == null || encoded.isBlank()) {
            return null;
        }
        try {
            String plain = new String(Base64.getUrlDecoder().decode(encoded.strip()), StandardCharsets.UTF_8);
            String[] parts = plain.split("\n", 6);
            if (parts.length != 6 || !VERSION.equals(parts[0]) || !("a".equals(parts[2]) || "d".equals(parts[2]))) {
                throw refused();
            }
            Object value = switch (parts[3]) {
                case "d" -> LocalDate.parse(parts[5]);
                case "t" -> LocalDateTime.parse(parts[5]);
                case "n" -> Long.valueOf(parts[5]);
                case "e", "s" -> parts[5];
                default -> throw refused();
            };
            return new Cursor(parts[1], "a".equals(parts[2]), value, Long.parseLong(parts[4]));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw refused();
        }
    }

    /** Refuses a cursor made for another sort key or direction than the request's. */
    public Cursor requireFor(String requestedSort, boolean requestedAscending) {
        if (!sort.equals(requestedSort) || ascending != requestedAscending) {
            throw refused();
        }
        return this;
    }

    private static RuleViolationException refused() {
        return new RuleViolationException("page.cursor", "after");
    }
}
