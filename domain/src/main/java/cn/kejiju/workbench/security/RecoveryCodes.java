package cn.kejiju.workbench.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;

/**
 * One-time recovery codes, for logging in when the authenticator app is lost: {@value #COUNT} codes
 * like {@code 7K4Q-M2XP}, 8 characters from an alphabet of 32 without the look-alikes 0, O, 1 and I
 * (40 random bits each).
 * <p>
 * {@link #generate()} gives the plain {@link #codes()}, shown to the user once, and their
 * {@link #hashes()}, which is what is stored. {@link #match} finds an entered code among the stored
 * hashes; the caller removes the hash it returns, so each code works once. The hashes are unsalted
 * SHA-256: a code only replaces the second factor, and whoever can read the stored hashes can also read
 * the {@link TotpSecret} stored beside them.
 */
public final class RecoveryCodes {

    /** How many codes a user gets at a time. */
    public static final int COUNT = 10;
    /** Characters of a code, without the dash. */
    public static final int LENGTH = 8;
    static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final List<String> codes;
    private final List<String> hashes;

    private RecoveryCodes(List<String> codes) {
        this.codes = List.copyOf(codes);
        this.hashes = this.codes.stream().map(RecoveryCodes::hash).toList();
    }

    /** {@value #COUNT} new, distinct codes. */
    public static RecoveryCodes generate() {
        Set<String> codes = new LinkedHashSet<>();
        while (codes.size() < COUNT) {
            codes.add(randomCode());
        }
        return new RecoveryCodes(List.copyOf(codes));
    }

    /** The codes as the user sees them, four characters, a dash, four characters (e.g. {@code 7K4Q-M2XP}); show them once and do not keep them. */
    public List<String> codes() {
        return codes;
    }

    /** Lower-case hexadecimal SHA-256 of each code (without the dash), in the order of {@link #codes()}. */
    public List<String> hashes() {
        return hashes;
    }

    /**
     * Finds an entered code among stored hashes. Input is normalised first: full-width characters become
     * ASCII (NFKC), letters upper case, blanks and dashes (any dash punctuation) are dropped.
     *
     * @param entered what the user typed, e.g. {@code 7k4q m2xp}
     * @param storedHashes the user's remaining hashes, as {@link #hashes()} produced them
     * @return the index in {@code storedHashes} of the matching hash, which the caller removes; empty if
     *         none matches or the input cannot be a code
     */
    public static OptionalInt match(String entered, List<String> storedHashes) {
        Objects.requireNonNull(storedHashes, "storedHashes");
        if (entered == null) {
            return OptionalInt.empty();
        }
        String code = normalise(entered);
        if (!isWellFormed(code)) {
            return OptionalInt.empty();
        }
        byte[] hash = hash(code).getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < storedHashes.size(); i++) {
            String stored = storedHashes.get(i);
            if (stored != null && MessageDigest.isEqual(hash, stored.getBytes(StandardCharsets.US_ASCII))) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }

    /** Says how many codes there are, never which. */
    @Override
    public String toString() {
        return "RecoveryCodes[" + codes.size() + " hidden]";
    }

    private static String normalise(String entered) {
        String compatible = Normalizer.normalize(entered, Normalizer.Form.NFKC).toUpperCase(Locale.ROOT);
        StringBuilder kept = new StringBuilder(compatible.length());
        compatible.codePoints()
                .filter(c -> Character.getType(c) != Character.DASH_PUNCTUATION
                        && !Character.isWhitespace(c) && !Character.isSpaceChar(c))
                .forEach(kept::appendCodePoint);
        return kept.toString();
    }

    private static boolean isWellFormed(String code) {
        return code.length() == LENGTH && code.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0);
    }

    private static String randomCode() {
        StringBuilder code = new StringBuilder(LENGTH + 1);
        for (int i = 0; i < LENGTH; i++) {
            if (i == LENGTH / 2) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** Hexadecimal SHA-256 of a well-formed code, with or without its dash. */
    private static String hash(String code) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(code.replace("-", "").getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }
}
