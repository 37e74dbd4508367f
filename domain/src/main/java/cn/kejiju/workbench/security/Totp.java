package cn.kejiju.workbench.security;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords as in RFC 6238 with the parameters every authenticator app assumes:
 * HMAC-SHA1, steps of {@value #PERIOD_SECONDS} seconds from the Unix epoch, {@value #DIGITS} digits.
 * <p>
 * {@link #verify} allows one step of clock drift either way and refuses a code whose step is not after the
 * last one the user logged in with, so a code works once (RFC 6238 section 5.2). The caller stores the
 * step {@code verify} returns and limits failed attempts: a guess succeeds with probability 3 in a million.
 */
public final class Totp {

    /** Length of a code. */
    public static final int DIGITS = 6;
    /** Length of a time step. */
    public static final int PERIOD_SECONDS = 30;
    /** How many steps before and after the current one a code may come from. */
    public static final int DRIFT_STEPS = 1;
    /** The last used step of a user who has not yet logged in with a code: every step is after it. */
    public static final long NO_STEP_USED = Long.MIN_VALUE;

    private static final String ALGORITHM = "HmacSHA1";
    private static final Pattern CODE = Pattern.compile("[0-9]{" + DIGITS + "}");
    private static final int[] POWERS_OF_TEN = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000,
            100_000_000};
    private static final int MIN_DIGITS = 6;
    private static final int MAX_DIGITS = 8;

    private Totp() {
    }

    /** The time step an instant falls in: whole periods since the Unix epoch. */
    public static long step(Instant time) {
        return Math.floorDiv(time.getEpochSecond(), PERIOD_SECONDS);
    }

    /** The {@value #DIGITS}-digit code of a step, with leading zeros. */
    public static String code(TotpSecret secret, long step) {
        return code(secret, step, DIGITS);
    }

    /**
     * The code of a step with 6 to 8 digits (RFC 4226 section 5.3). Only {@value #DIGITS} digits are used
     * here; 8 is what the test vectors of RFC 6238 Appendix B have.
     */
    static String code(TotpSecret secret, long step, int digits) {
        Objects.requireNonNull(secret, "secret");
        if (digits < MIN_DIGITS || digits > MAX_DIGITS) {
            throw new IllegalArgumentException("A one-time password has 6 to 8 digits, not " + digits);
        }
        byte[] hash = hmacSha1(secret.key(), ByteBuffer.allocate(Long.BYTES).putLong(step).array());
        int offset = hash[hash.length - 1] & 0x0F;
        int binary = ((hash[offset] & 0x7F) << 24)
                | ((hash[offset + 1] & 0xFF) << 16)
                | ((hash[offset + 2] & 0xFF) << 8)
                | (hash[offset + 3] & 0xFF);
        String code = Integer.toString(binary % POWERS_OF_TEN[digits]);
        return "0".repeat(digits - code.length()) + code;
    }

    /**
     * Checks a code a user entered.
     *
     * @param secret the user's secret
     * @param code what the user entered; anything but exactly {@value #DIGITS} ASCII digits is refused
     * @param now the current time
     * @param lastUsedStep the step of the code the user last logged in with, or {@link #NO_STEP_USED}
     * @return the step the code belongs to, which the caller stores as the new last used step; empty if the
     *         code is malformed, not one of the steps {@code now} ± {@value #DRIFT_STEPS}, or of a step not
     *         after {@code lastUsedStep} (a code used again)
     */
    public static OptionalLong verify(TotpSecret secret, String code, Instant now, long lastUsedStep) {
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(now, "now");
        if (code == null || !CODE.matcher(code).matches()) {
            return OptionalLong.empty();
        }
        byte[] entered = code.getBytes(StandardCharsets.US_ASCII);
        long current = step(now);
        OptionalLong matched = OptionalLong.empty();
        for (long candidate = current - DRIFT_STEPS; candidate <= current + DRIFT_STEPS; candidate++) {
            byte[] expected = code(secret, candidate).getBytes(StandardCharsets.US_ASCII);
            if (MessageDigest.isEqual(expected, entered) && candidate > lastUsedStep) {
                matched = OptionalLong.of(candidate);
            }
        }
        return matched;
    }

    private static byte[] hmacSha1(byte[] key, byte[] message) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key, ALGORITHM));
            return mac.doFinal(message);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java platform has " + ALGORITHM, e);
        }
    }
}
