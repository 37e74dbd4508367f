package cn.kejiju.workbench.ledger;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tolerant reading of a ledger cell: what clerks type into Excel differs from what the forms accept in
 * ways that mean nothing (full-width digits and letters, ideographic spaces, blanks around a value, an ID
 * number Excel keeps as a number, a date typed as text). Everything here is a pure function of the text.
 */
public final class LedgerText {

    private static final Pattern INVISIBLE = Pattern.compile("[\\u200B-\\u200D\\u2060\\uFEFF]");
    private static final Pattern BLANKS = Pattern.compile("[\\s\\u00A0\\u3000]+");
    private static final Pattern DATE = Pattern.compile(
            "(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");
    private static final Pattern COMPACT_DATE = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern WHOLE_DECIMAL = Pattern.compile("(\\d+)\\.0+");
    private static final Pattern SCIENTIFIC = Pattern.compile("\\d(\\.\\d+)?E\\+?\\d+");
    private static final Pattern LIST_SEPARATORS = Pattern.compile("[、,;|/\\s]+");

    private LedgerText() {
    }

    /**
     * NFKC (full-width digits, letters and punctuation become their ASCII forms, the ideographic space a
     * space), invisible characters removed, runs of blanks made one space, blanks at both ends stripped.
     * {@code null} becomes the empty string.
     */
    public static String clean(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String normalized = Normalizer.normalize(text, Normalizer.Form.NFKC);
        normalized = INVISIBLE.matcher(normalized).replaceAll("");
        return BLANKS.matcher(normalized).replaceAll(" ").strip();
    }

    /**
     * A code or number (resident ID, credit code, phone): cleaned, every blank and hyphen-free space
     * removed, upper case; a number Excel held as {@code 1234.0} or {@code 1.2E17} written out in digits
     * (an 18-digit number Excel stored as a number has lost its last digits already: the check digit then
     * says so).
     */
    public static String code(String text) {
        String cleaned = clean(text).replace(" ", "").toUpperCase(Locale.ROOT);
        if (cleaned.startsWith("'")) {
            cleaned = cleaned.substring(1);
        }
        Matcher whole = WHOLE_DECIMAL.matcher(cleaned);
        if (whole.matches()) {
            return whole.group(1);
        }
        if (SCIENTIFIC.matcher(cleaned).matches()) {
            return new BigDecimal(cleaned).toBigInteger().toString();
        }
        return cleaned;
    }

    /**
     * A date written as {@code 2024-03-01}, {@code 2024/3/1}, {@code 2024.3.1}, {@code 2024年3月1日} or
     * {@code 20240301} (a date cell arrives as ISO text already); empty when it is none of these or no real day.
     */
    public static Optional<LocalDate> date(String text) {
        String cleaned = clean(text).replace(" ", "");
        Matcher matcher = DATE.matcher(cleaned);
        if (!matcher.matches()) {
            matcher = COMPACT_DATE.matcher(cleaned);
            if (!matcher.matches()) {
                return Optional.empty();
            }
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
                    Integer.parseInt(matcher.group(3))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** A whole number, possibly written {@code 2021.0}; empty when it is not one. */
    public static Optional<Integer> wholeNumber(String text) {
        String cleaned = code(text);
        if (!cleaned.matches("\\d{1,9}")) {
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(cleaned));
    }

    /** The items of a list cell separated by 、 , ; | / or blanks (full-width forms included). */
    public static List<String> items(String text) {
        String cleaned = clean(text);
        if (cleaned.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(LIST_SEPARATORS.split(cleaned)).filter(item -> !item.isBlank()).toList();
    }

    /** A header as compared with the column names: cleaned, without blanks, required-marks or a unit in brackets. */
    public static String header(String text) {
        String cleaned = clean(text).replace(" ", "");
        cleaned = cleaned.replaceAll("\\((必填|选填|必填项)\\)", "").replace("*", "");
        return cleaned.toLowerCase(Locale.ROOT);
    }
}
