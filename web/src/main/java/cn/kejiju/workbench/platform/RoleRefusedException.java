package cn.kejiju.workbench.platform;

/**
 * The caller lacks every role an API operation allows (its resource method's {@code @RolesAllowed}).
 * Raised by the web tier before the service is called, so the refusal is a 403 problem and an audit
 * entry, never the EJB container's refusal with its stack trace in the server log.
 */
public class RoleRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RoleRefusedException() {
        super(null, null, false, false);
    }
}
