package cn.kejiju.workbench.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serializable;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * A resident identity card number (公民身份号码, GB 11643-1999): six digits of the registering
 * division, the birth date as yyyyMMdd, a three-digit sequence whose last digit is odd for men, and a
 * check character computed with ISO 7064 MOD 11-2 (0–9 or X). Personal information: lists, exports,
 * the API and logs show {@link #masked()}; {@link #value()} only where the whole number is needed.
 */
@Embeddable
public class ResidentId implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int LENGTH = 18;
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARACTERS = "10X98765432";
    private static final int HEAD = 3;
    private static final int TAIL = 4;

    @Column(name = "resident_id", length = LENGTH)
    private String value;

    protected ResidentId() {
        // for JPA
    }

    private ResidentId(String value) {
        this.value = value;
    }

    /** Parses a number entered in the given input field, which a refusal names; a lower-case x is accepted. */
    public static ResidentId of(String text, String field) {
        String number = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        if (number.length() != LENGTH) {
            throw new RuleViolationException("residentId.length", field, LENGTH);
        }
        for (int i = 0; i < LENGTH - 1; i++) {
            if (!Character.isDigit(number.charAt(i)) || number.charAt(i) > '9') {
                throw new RuleViolationException("residentId.format", field);
            }
        }
        char last = number.charAt(LENGTH - 1);
        if (!(last >= '0' && last <= '9') && last != 'X') {
            throw new RuleViolationException("residentId.format", field);
        }
        if (birthDate(number) == null) {
            throw new RuleViolationException("residentId.birthDate", field);
        }
        char expected = checkCharacter(number);
        if (last != expected) {
            throw new RuleViolationException("residentId.checkDigit", field, String.valueOf(expected));
        }
        return new ResidentId(number);
    }

    /** The check character of the first 17 digits, by GB 11643 (ISO 7064 MOD 11-2). */
    public static char checkCharacter(String number) {
        int sum = 0;
        for (int i = 0; i < LENGTH - 1; i++) {
            sum += (number.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARACTERS.charAt(sum % 11);
    }

    private static LocalDate birthDate(String number) {
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(number.substring(6, 10)),
                    Integer.parseInt(number.substring(10, 12)), Integer.parseInt(number.substring(12, 14)));
            return date.getYear() < 1900 ? null : date;
        } catch (DateTimeException e) {
            return null;
        }
    }

    public String value() {
        return value;
    }

    public LocalDate birthDate() {
        return birthDate(value);
    }

    /** The gender the sequence tells: odd for men, even for women. */
    public boolean isMale() {
        return (value.charAt(16) - '0') % 2 == 1;
    }

    /** 110101199003071234 becomes 110***********1234. */
    public String masked() {
        return mask(value);
    }

    /** The masked form of any text held as a resident ID number; too short to keep a part, all stars. */
    public static String mask(String number) {
        if (number == null) {
            return null;
        }
        if (number.length() <= HEAD + TAIL) {
            return "******";
        }
        return number.substring(0, HEAD) + "*".repeat(number.length() - HEAD - TAIL)
                + number.substring(number.length() - TAIL);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ResidentId other && Objects.equals(value, other.value);
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
