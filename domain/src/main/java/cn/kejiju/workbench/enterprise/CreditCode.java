package cn.kejiju.workbench.enterprise;

import cn.kejiju.workbench.shared.RuleViolationException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serializable;
import java.util.Objects;

/**
 * Unified social credit code (统一社会信用代码), GB 32100-2015: 18 characters from the 31-character set
 * 0-9 and A-Z without I, O, Z, S, V. Characters 3–8 are the registering authority's division code
 * (digits); character 18 is a check character computed over the first 17 with weights 3^i mod 31.
 */
@Embeddable
public class CreditCode implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int LENGTH = 18;
    static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    @Column(name = "credit_code", nullable = false, unique = true, length = LENGTH)
    private String value;

    protected CreditCode() {
        // for JPA
    }

    private CreditCode(String value) {
        this.value = value;
    }

    /** Parses a code, accepting lower case and surrounding blanks; refuses anything GB 32100 refuses. */
    public static CreditCode of(String text) {
        String normalized = normalize(text);
        if (normalized.length() != LENGTH) {
            throw new RuleViolationException("creditCode.length", "creditCode", LENGTH);
        }
        for (int i = 0; i < LENGTH; i++) {
            if (CHARSET.indexOf(normalized.charAt(i)) < 0) {
                throw new RuleViolationException("creditCode.character", "creditCode", i + 1, normalized.charAt(i));
            }
        }
        if (!normalized.substring(2, 8).chars().allMatch(Character::isDigit)) {
            throw new RuleViolationException("creditCode.division", "creditCode");
        }
        char expected = checkCharacter(normalized.substring(0, LENGTH - 1));
        if (normalized.charAt(LENGTH - 1) != expected) {
            throw new RuleViolationException("creditCode.checkCharacter", "creditCode", expected);
        }
        return new CreditCode(normalized);
    }

    public static boolean isValid(String text) {
        try {
            of(text);
            return true;
        } catch (RuleViolationException e) {
            return false;
        }
    }

    /** The check character for the first 17 characters of a code. */
    public static char checkCharacter(String first17) {
        if (first17.length() != LENGTH - 1) {
            throw new IllegalArgumentException("17 characters expected");
        }
        int sum = 0;
        for (int i = 0; i < first17.length(); i++) {
            int index = CHARSET.indexOf(first17.charAt(i));
            if (index < 0) {
                throw new IllegalArgumentException("not a credit-code character: " + first17.charAt(i));
            }
            sum += index * WEIGHTS[i];
        }
        int check = (31 - sum % 31) % 31;
        return CHARSET.charAt(check);
    }

    static String normalize(String text) {
        return text == null ? "" : text.strip().toUpperCase(java.util.Locale.ROOT);
    }

    public String value() {
        return value;
    }

    /** The six-digit division code of the registering authority (characters 3–8). */
    public String divisionCode() {
        return value.substring(2, 8);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CreditCode other && Objects.equals(value, other.value);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
