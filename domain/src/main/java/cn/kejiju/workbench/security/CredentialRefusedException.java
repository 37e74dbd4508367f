package cn.kejiju.workbench.security;

import cn.kejiju.workbench.shared.RuleViolationException;
import jakarta.ejb.ApplicationException;

/**
 * A signed-in user presented a wrong password or one-time code (to change the password, to enrol an
 * authenticator, to renew recovery codes). Unlike other refused rules this one does not roll back:
 * the failure it counted towards the lockout must stay counted, or the page would allow unlimited
 * guessing.
 */
@ApplicationException(rollback = false)
public class CredentialRefusedException extends RuleViolationException {

    private static final long serialVersionUID = 1L;

    public CredentialRefusedException(String messageKey, String field) {
        super(messageKey, field);
    }
}
