package cn.kejiju.workbench.security;

import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;

/**
 * The key a user's authenticator app shares with the workbench for {@link Totp time-based one-time
 * passwords}. Stored and shown (during enrolment only) as {@link #base32()}; {@link #toString()} never
 * reveals it, so a secret that reaches a log stays secret.
 */
public final class TotpSecret implements Serializable {

    private static final long serialVersionUID = 1L;
    /** 160 bits, the length RFC 4226 recommends and the one HMAC-SHA1 keys have. */
    public static final int LENGTH = 20;
    /** RFC 4226 requires at least 128 bits. */
    public static final int MIN_LENGTH = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] key;

    private TotpSecret(byte[] key) {
        this.key = key;
    }

    /** A new secret of {@value #LENGTH} random bytes, for enrolling a user. */
    public static TotpSecret generate() {
        byte[] key = new byte[LENGTH];
        RANDOM.nextBytes(key);
        return new TotpSecret(key);
    }

    /**
     * The secret that {@link #base32()} produced (case, blanks and padding do not matter).
     *
     * @throws IllegalArgumentException if the text is not Base32 or encodes fewer than {@value #MIN_LENGTH}
     *         bytes
     */
    public static TotpSecret fromBase32(String text) {
        byte[] key = Base32.decode(text);
        if (key.length < MIN_LENGTH) {
            throw new IllegalArgumentException("A one-time-password secret needs at least " + MIN_LENGTH
                    + " bytes, this one has " + key.length);
        }
        return new TotpSecret(key);
    }

    /** The secret in upper-case Base32 without padding: what is stored and what an app is given. */
    public String base32() {
        return Base32.encode(key);
    }

    /** A copy of the key bytes, for computing codes in this package. */
    byte[] key() {
        return key.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TotpSecret other && MessageDigest.isEqual(key, other.key);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(key);
    }

    /** Says what this is, never which secret it is. */
    @Override
    public String toString() {
        return "TotpSecret[hidden]";
    }

    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        if (key == null || key.length < MIN_LENGTH) {
            throw new InvalidObjectException("A one-time-password secret needs at least " + MIN_LENGTH + " bytes");
        }
    }
}
