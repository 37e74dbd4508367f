package cn.kejiju.workbench.shared;

import net.sourceforge.pinyin4j.PinyinHelper;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The pinyin initials of a name (拼音首字母), as clerks type them to find an entry: "茶园绿色防控" reads
 * "cylsfk". A Chinese character gives the first letter of its first reading (a character with several
 * readings, such as 长, gives that of its most common one); ASCII letters and digits are kept in lower
 * case; everything else is left out.
 */
public final class Pinyin {

    private static final Pattern INITIALS = Pattern.compile("(?=.*[A-Za-z])[A-Za-z0-9]+");

    private Pinyin() {
    }

    public static String initials(String text) {
        StringBuilder initials = new StringBuilder();
        if (text == null) {
            return "";
        }
        text.codePoints().forEach(c -> {
            if (c < 0x80) {
                if (Character.isLetterOrDigit(c)) {
                    initials.append(Character.toLowerCase((char) c));
                }
            } else if (Character.isBmpCodePoint(c)) {
                String[] readings = PinyinHelper.toHanyuPinyinStringArray((char) c);
                if (readings != null && readings.length > 0 && !readings[0].isEmpty()) {
                    initials.append(readings[0].charAt(0));
                }
            }
        });
        return initials.toString();
    }

    /** Whether typed text can be pinyin initials: Latin letters, and digits as names have them ("cylf", "fy6h"). */
    public static boolean canBeInitials(String typed) {
        return typed != null && INITIALS.matcher(typed.strip()).matches();
    }

    /**
     * A LIKE pattern of stored initials for typed ones: the letters in order, each syllable's wherever it falls
     * ("cylf" finds 茶园绿色防控, cylsfk).
     */
    public static String likePattern(String typed) {
        StringBuilder pattern = new StringBuilder("%");
        typedInitials(typed).chars().forEach(c -> pattern.append((char) c).append('%'));
        return pattern.toString();
    }

    /** The typed initials in the form they are stored and matched in (lower case, no spaces). */
    public static String typedInitials(String typed) {
        return typed.strip().toLowerCase(Locale.ROOT);
    }
}
