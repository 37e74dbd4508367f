package cn.kejiju.workbench.security;

import cn.kejiju.workbench.shared.RuleViolationException;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The password, lockout, session and token-rate policy, kept as one row that the security
 * administrator edits. Defaults follow MLPS 2.0 level 3 practice: length ≥ 8 with 3 of 4 character
 * classes, expiry after 90 days, no reuse of the last 5, lock for 15 minutes after 5 failures,
 * 30 minutes idle timeout, 50 API requests per second per token.
 */
@Entity
@Cacheable
@Table(name = "security_policy")
public class PasswordPolicy {

    public static final long SINGLETON_ID = 1;
    /** The most earlier passwords the policy may keep from reuse (and an account remembers). */
    public static final int MAX_HISTORY_SIZE = 24;
    /** The shortest password {@link #generatePassword()} makes, whatever the minimum length. */
    public static final int GENERATED_MIN_LENGTH = 12;
    private static final List<String> GENERATED_CLASSES = List.of(
            "abcdefghijkmnpqrstuvwxyz", "ABCDEFGHJKLMNPQRSTUVWXYZ", "23456789", "@#%+=?!-");
    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    private Long id;

    @Version
    private long version;

    @Column(name = "min_length", nullable = false)
    private int minLength;

    @Column(name = "min_classes", nullable = false)
    private int minClasses;

    @Column(name = "expiry_days", nullable = false)
    private int expiryDays;

    @Column(name = "history_size", nullable = false)
    private int historySize;

    @Column(name = "max_failures", nullable = false)
    private int maxFailures;

    @Column(name = "lock_minutes", nullable = false)
    private int lockMinutes;

    @Column(name = "idle_minutes", nullable = false)
    private int idleMinutes;

    @Column(name = "token_rate_per_second", nullable = false)
    private int tokenRatePerSecond;

    protected PasswordPolicy() {
        // for JPA
    }

    /** Refuses a password that is too short or mixes too few character classes. */
    public void checkStrength(String password) {
        if (password == null || password.length() < minLength) {
            throw new RuleViolationException("password.tooShort", "newPassword", minLength);
        }
        int classes = 0;
        classes += password.chars().anyMatch(Character::isLowerCase) ? 1 : 0;
        classes += password.chars().anyMatch(Character::isUpperCase) ? 1 : 0;
        classes += password.chars().anyMatch(Character::isDigit) ? 1 : 0;
        classes += password.chars().anyMatch(c -> !Character.isLetterOrDigit(c)) ? 1 : 0;
        if (classes < minClasses) {
            throw new RuleViolationException("password.classes", "newPassword", minClasses);
        }
    }

    public boolean isExpired(LocalDateTime changedAt, LocalDateTime now) {
        return expiryDays > 0 && changedAt != null && changedAt.plusDays(expiryDays).isBefore(now);
    }

    /**
     * Changes the policy; every value must lie in its range (a lockout of at least one failure, and so
     * on). A refusal names the field and carries the range as its arguments.
     */
    public void revise(int minLength, int minClasses, int expiryDays, int historySize, int maxFailures,
                       int lockMinutes, int idleMinutes, int tokenRatePerSecond) {
        require(minLength, 8, 64, "minLength");
        require(minClasses, 3, 4, "minClasses");
        require(expiryDays, 0, 365, "expiryDays");
        require(historySize, 5, MAX_HISTORY_SIZE, "historySize");
        require(maxFailures, 1, 10, "maxFailures");
        require(lockMinutes, 1, 1440, "lockMinutes");
        require(idleMinutes, 1, 30, "idleMinutes");
        require(tokenRatePerSecond, 1, 10_000, "tokenRatePerSecond");
        this.minLength = minLength;
        this.minClasses = minClasses;
        this.expiryDays = expiryDays;
        this.historySize = historySize;
        this.maxFailures = maxFailures;
        this.lockMinutes = lockMinutes;
        this.idleMinutes = idleMinutes;
        this.tokenRatePerSecond = tokenRatePerSecond;
    }

    private static void require(int value, int min, int max, String field) {
        if (value < min || value > max) {
            throw new RuleViolationException("policy.outOfRange", field, min, max);
        }
    }

    /**
     * A random password this policy accepts, for a new account or a reset: at least
     * {@value #GENERATED_MIN_LENGTH} characters (more if the policy asks for more) with a character of each
     * of the four classes, from an alphabet without look-alikes (0/O, 1/l/I) so that it can be read out.
     */
    public String generatePassword() {
        int length = Math.max(GENERATED_MIN_LENGTH, minLength);
        List<Character> chosen = new ArrayList<>(length);
        for (String alphabet : GENERATED_CLASSES) {
            chosen.add(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        String all = String.join("", GENERATED_CLASSES);
        while (chosen.size() < length) {
            chosen.add(all.charAt(RANDOM.nextInt(all.length())));
        }
        Collections.shuffle(chosen, RANDOM);
        StringBuilder password = new StringBuilder(length);
        chosen.forEach(password::append);
        return password.toString();
    }

    /** The built-in defaults, for tests and a database without the row. */
    public static PasswordPolicy defaults() {
        PasswordPolicy policy = new PasswordPolicy();
        policy.id = SINGLETON_ID;
        policy.revise(8, 3, 90, 5, 5, 15, 30, 50);
        return policy;
    }

    public long getVersion() {
        return version;
    }

    public int getMinLength() {
        return minLength;
    }

    public int getMinClasses() {
        return minClasses;
    }

    public int getExpiryDays() {
        return expiryDays;
    }

    public int getHistorySize() {
        return historySize;
    }

    public int getMaxFailures() {
        return maxFailures;
    }

    public int getLockMinutes() {
        return lockMinutes;
    }

    public int getIdleMinutes() {
        return idleMinutes;
    }

    public int getTokenRatePerSecond() {
        return tokenRatePerSecond;
    }
}
