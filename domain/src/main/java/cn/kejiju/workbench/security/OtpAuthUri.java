package cn.kejiju.workbench.security;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The {@code otpauth://totp/…} URI an authenticator app reads from the enrolment QR code, in the Key
 * Uri Format of Google Authenticator that the other common apps follow:
 * {@code otpauth://totp/Issuer:account?secret=…&issuer=Issuer&algorithm=SHA1&digits=6&period=30}.
 * Issuer and account are percent-encoded as UTF-8 (a space is {@code %20}, never {@code +}).
 * The URI contains the secret: it belongs in the QR code and nowhere else (not in logs, not in a link).
 */
public final class OtpAuthUri {

    private static final String UNRESERVED =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private OtpAuthUri() {
    }

    /**
     * The URI for a secret.
     *
     * @param issuer who issues the code, shown by the app above the account, e.g. {@code 科技局业务平台}
     * @param account the user's login name
     * @throws IllegalArgumentException if issuer or account is blank or contains a colon, which separates
     *         them in the label
     */
    public static String of(String issuer, String account, TotpSecret secret) {
        requireLabelPart(issuer, "issuer");
        requireLabelPart(account, "account");
        Objects.requireNonNull(secret, "secret");
        String encodedIssuer = percentEncode(issuer);
        return "otpauth://totp/" + encodedIssuer + ':' + percentEncode(account)
                + "?secret=" + secret.base32()
                + "&issuer=" + encodedIssuer
                + "&algorithm=SHA1"
                + "&digits=" + Totp.DIGITS
                + "&period=" + Totp.PERIOD_SECONDS;
    }

    private static void requireLabelPart(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank() || value.indexOf(':') >= 0) {
            throw new IllegalArgumentException(name + " must not be blank nor contain a colon");
        }
    }

    /** RFC 3986 percent-encoding of the UTF-8 bytes: all but the unreserved characters are escaped. */
    static String percentEncode(String value) {
        StringBuilder encoded = new StringBuilder(value.length() * 3);
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if (c < 0x80 && UNRESERVED.indexOf(c) >= 0) {
                encoded.append(c);
            } else {
                encoded.append('%').append(HEX[(b >> 4) & 0x0F]).append(HEX[b & 0x0F]);
            }
        }
        return encoded.toString();
    }
}
