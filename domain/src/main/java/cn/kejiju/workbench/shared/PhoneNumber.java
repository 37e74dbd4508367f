package cn.kejiju.workbench.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serializable;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A mainland phone number: a mobile number (11 digits starting 13–19) or a landline with area code
 * (0xx-xxxxxxxx, the hyphen optional). Personal information: {@link #masked()} is what lists,
 * exports and logs show; {@link #value()} only where the whole number is needed.
 */
@Embeddable
public class PhoneNumber implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int MAX_LENGTH = 13;
    public static final String PATTERN = "1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8}";
    private static final Pattern VALID = Pattern.compile(PATTERN);

    @Column(name = "contact_phone", length = MAX_LENGTH)
    private String value;

    protected PhoneNumber() {
        // for JPA
    }

    private PhoneNumber(String value) {
        this.value = value;
    }

    public static PhoneNumber of(String text) {
        return of(text, "phone");
    }

    /** Parses a number entered in the given input field, which a refusal names. */
    public static PhoneNumber of(String text, String field) {
        String normalized = text == null ? "" : text.strip().replace(" ", "");
        if (!isValid(normalized)) {
            throw new RuleViolationException("phone.invalid", field);
        }
        return new PhoneNumber(normalized);
    }

    public static boolean isValid(String text) {
        return text != null && VALID.matcher(text).matches();
    }

    public String value() {
        return value;
    }

    /** 138****5678 for a mobile, 0591-****5678 for a landline: area code and last four digits kept. */
    public String masked() {
        return mask(value);
    }

    public static String mask(String number) {
        if (number == null || number.length() < 7) {
            return number == null ? null : "****";
        }
        int keepHead = number.startsWith("1") ? 3 : number.indexOf('-') > 0 ? number.indexOf('-') + 1 : 4;
        int keepTail = 4;
        return number.substring(0, keepHead) + "*".repeat(number.length() - keepHead - keepTail)
                + number.substring(number.length() - keepTail);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PhoneNumber other && Objects.equals(value, other.value);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(value);
    }

    @Override
    public String toString() {
        return masked();
    }
}
