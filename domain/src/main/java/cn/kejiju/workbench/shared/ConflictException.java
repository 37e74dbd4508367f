package cn.kejiju.workbench.shared;

/**
 * The request clashes with the stored state: a duplicate key, a record still referred to, or an edit
 * based on a version somebody else has replaced in the meantime.
 */
public class ConflictException extends DomainException {

    private static final long serialVersionUID = 1L;

    public ConflictException(String messageKey, String field, Object... arguments) {
        super(messageKey, field, arguments);
    }

    public static ConflictException staleVersion(String recordType, Object id) {
        return new ConflictException("record.staleVersion", "version", recordType, id);
    }

    /** Somebody else saved the same record while this transaction was running. */
    public static ConflictException concurrentChange() {
        return new ConflictException("record.concurrentChange", "version");
    }

    public static ConflictException stillReferenced(String recordType, Object id) {
        return new ConflictException("record.stillReferenced", null, recordType, id);
    }
}
