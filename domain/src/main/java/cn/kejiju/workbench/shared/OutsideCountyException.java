package cn.kejiju.workbench.shared;

/**
 * A county-scoped caller asked to change what lies outside its county: the city's own records (a new
 * city, its divisions, installation-wide settings) or another county's; or to list another county's. The API answers 403; the
 * attempt is in the audit trail.
 */
public class OutsideCountyException extends DomainException {

    private static final long serialVersionUID = 1L;

    public OutsideCountyException(String field) {
        super("county.outside", field);
    }

    /** With the message that tells what was refused (e.g. a list filtered by another county). */
    public OutsideCountyException(String messageKey, String field, Object... arguments) {
        super(messageKey, field, arguments);
    }
}
