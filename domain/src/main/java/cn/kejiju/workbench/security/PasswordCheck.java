package cn.kejiju.workbench.security;

import java.time.LocalDateTime;
import java.util.function.BiPredicate;

/**
 * The first step of a sign-in, costing the same whatever its outcome: the password is hashed exactly
 * once on every path (an unknown user against a decoy hash, a disabled or locked account against its
 * own), so the time of a refusal tells nothing about whether the account exists, is disabled or locked.
 */
public final class PasswordCheck {

    /** What the check found; only {@link #RIGHT} lets the sign-in go on. */
    public enum Outcome { UNKNOWN, DISABLED, LOCKED, WRONG, RIGHT }

    private final BiPredicate<char[], String> matcher;
    private final String decoyHash;

    /** The check with the real hash ({@link PasswordHash}, PBKDF2). */
    public PasswordCheck() {
        this(PasswordHash::matches, PasswordHash.decoy());
    }

    /** The check with another matcher, so that a test can count the hashes. */
    PasswordCheck(BiPredicate<char[], String> matcher, String decoyHash) {
        this.matcher = matcher;
        this.decoyHash = decoyHash;
    }

    /** Checks {@code password} against {@code user} (null when no such user exists), hashing it once. */
    public Outcome check(UserAccount user, char[] password, LocalDateTime now) {
        boolean matches = matcher.test(password == null ? new char[0] : password,
                user == null ? decoyHash : user.getPasswordHash());
        if (user == null) {
            return Outcome.UNKNOWN;
        }
        if (!user.isEnabled()) {
            return Outcome.DISABLED;
        }
        if (user.isLocked(now)) {
            return Outcome.LOCKED;
        }
        return matches ? Outcome.RIGHT : Outcome.WRONG;
    }
}
