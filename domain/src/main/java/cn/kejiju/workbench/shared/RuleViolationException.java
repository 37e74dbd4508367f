package cn.kejiju.workbench.shared;

/** Well-formed input that a business rule refuses (the API answers 422). */
public class RuleViolationException extends DomainException {

    private static final long serialVersionUID = 1L;

    public RuleViolationException(String messageKey, String field, Object... arguments) {
        super(messageKey, field, arguments);
    }
}
