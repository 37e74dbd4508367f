package cn.kejiju.workbench.security;

import java.util.Locale;
import java.util.Objects;

/**
 * Base32 as in RFC 4648 section 6, the encoding of one-time-password secrets in authenticator apps.
 * {@link #encode} writes upper case without padding (what the {@code otpauth} URI expects);
 * {@link #decode} also reads lower case, blanks between groups and trailing padding, because people copy
 * secrets by hand.
 */
public final class Base32 {

    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private static final int BITS_PER_CHARACTER = 5;

    private Base32() {
    }

    /** The upper-case encoding of the bytes, without {@code =} padding. */
    public static String encode(byte[] data) {
        Objects.requireNonNull(data, "data");
        StringBuilder text = new StringBuilder((data.length * 8 + BITS_PER_CHARACTER - 1) / BITS_PER_CHARACTER);
        int buffer = 0;
        int bits = 0;
        for (byte b : data) {
            buffer = (buffer << 8) | (b & 0xFF);
            bits += 8;
            while (bits >= BITS_PER_CHARACTER) {
                bits -= BITS_PER_CHARACTER;
                text.append(ALPHABET.charAt((buffer >>> bits) & 0x1F));
            }
        }
        if (bits > 0) {
            text.append(ALPHABET.charAt((buffer << (BITS_PER_CHARACTER - bits)) & 0x1F));
        }
        return text.toString();
    }

    /**
     * The bytes the text encodes. Case, whitespace and trailing {@code =} padding are ignored.
     *
     * @throws IllegalArgumentException if the text has a character outside the alphabet, a {@code =} before
     *         the end, a length no encoding can have, or non-zero bits after the last whole byte
     */
    public static byte[] decode(String text) {
        Objects.requireNonNull(text, "text");
        String symbols = withoutPadding(withoutWhitespace(text)).toUpperCase(Locale.ROOT);
        int remainder = symbols.length() % 8;
        if (remainder == 1 || remainder == 3 || remainder == 6) {
            throw new IllegalArgumentException("Base32 text has an impossible length: " + symbols.length());
        }
        byte[] data = new byte[symbols.length() * BITS_PER_CHARACTER / 8];
        int buffer = 0;
        int bits = 0;
        int next = 0;
        for (int i = 0; i < symbols.length(); i++) {
            int value = ALPHABET.indexOf(symbols.charAt(i));
            if (value < 0) {
                throw new IllegalArgumentException("Not a Base32 character at position " + i);
            }
            buffer = (buffer << BITS_PER_CHARACTER) | value;
            bits += BITS_PER_CHARACTER;
            if (bits >= 8) {
                bits -= 8;
                data[next++] = (byte) (buffer >>> bits);
            }
        }
        if ((buffer & ((1 << bits) - 1)) != 0) {
            throw new IllegalArgumentException("Base32 text has non-zero bits after its last byte");
        }
        return data;
    }

    private static String withoutWhitespace(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().filter(c -> !Character.isWhitespace(c)).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    private static String withoutPadding(String text) {
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == '=') {
            end--;
        }
        return text.substring(0, end);
    }
}
