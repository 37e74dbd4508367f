package cn.kejiju.workbench.security;

/** Where a login stands after a step. */
public enum LoginStep {
    /** Wrong user name or password, disabled, or locked: the same answer for all, so nothing is revealed. */
    REFUSED,
    /** Password right; a one-time password (or recovery code) is due. */
    SECOND_FACTOR,
    /** Password right; an administrator without an authenticator must enrol one first. */
    ENROL_SECOND_FACTOR,
    /** Signed in as far as factors go, but the password must be changed first (first login, reset, expiry). */
    CHANGE_PASSWORD,
    /** Done. */
    SIGNED_IN
}
