package cn.kejiju.workbench.shared;

import java.util.regex.Pattern;

/**
 * Text as people read it: without control characters (NUL, line breaks, escape, C1) and without the
 * invisible bidirectional formatting characters (U+202E RIGHT-TO-LEFT OVERRIDE and its kin), which can
 * make {@code invoice\u202Efdp.exe} show as {@code invoiceexe.pdf}. Used for names that came from outside
 * (uploaded file names) and for input quoted back in messages.
 */
public final class PlainText {

    private static final Pattern INVISIBLE =
            Pattern.compile("[\\p{Cc}\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]");

    private PlainText() {
    }

    /** The text without control and bidirectional formatting characters; null stays null. */
    public static String strip(String text) {
        return text == null ? null : INVISIBLE.matcher(text).replaceAll("");
    }

    /** At most {@code max} characters (code points) of the plain text, then "…". */
    public static String excerpt(String text, int max) {
        String plain = strip(text);
        if (plain == null || plain.codePointCount(0, plain.length()) <= max) {
            return plain;
        }
        return plain.substring(0, plain.offsetByCodePoints(0, max)) + "…";
    }
}
