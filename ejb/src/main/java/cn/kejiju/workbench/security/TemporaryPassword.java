package cn.kejiju.workbench.security;

/**
 * An account with the temporary password it was just given (created, or reset). The password exists
 * in plain text only in this moment: the administrator hands it over, the user must change it at the
 * first login.
 */
public record TemporaryPassword(UserAccount account, String password) {

    /** Says whose it is, never what it is. */
    @Override
    public String toString() {
        return "TemporaryPassword[" + account.getUsername() + ", hidden]";
    }
}
