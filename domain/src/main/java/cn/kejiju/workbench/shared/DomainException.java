package cn.kejiju.workbench.shared;

import jakarta.ejb.ApplicationException;

import java.util.Arrays;
import java.util.List;

/**
 * A business rule refused the request. The message key resolves in {@code DomainMessages} (zh_CN and
 * en) so the clerk reads, in her language, what to change; the arguments fill its placeholders.
 */
@ApplicationException(rollback = true)
public abstract class DomainException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final transient List<Object> arguments;
    private final String field;

    protected DomainException(String messageKey, String field, Object... arguments) {
        super(messageKey + Arrays.toString(arguments));
        this.messageKey = messageKey;
        this.field = field;
        this.arguments = List.of(arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments == null ? new Object[0] : arguments.toArray();
    }

    /** The input field the problem belongs to, or {@code null} when it concerns the whole record. */
    public String field() {
        return field;
    }
}
