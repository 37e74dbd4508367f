package cn.kejiju.workbench.audit;

/** What an audit entry records. Stored by name: never rename a constant, only add new ones. */
public enum AuditAction {
    CREATE,
    UPDATE,
    DELETE,
    LOGIN_SUCCESS,
    LOGIN_FAILURE,
    LOCKOUT,
    LOGOUT,
    ACCESS_DENIED,
    TOKEN_CREATED,
    TOKEN_REJECTED,
    TOKEN_REVOKED,
    PASSWORD_CHANGED,
    SETTINGS_CHANGED,
    APPROVE,
    REJECT
}
