package cn.kejiju.workbench.shared;

/** The record asked for does not exist (or, later, lies outside the caller's jurisdiction). */
public class NotFoundException extends DomainException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String recordType, Object id) {
        super("record.notFound", null, recordType, id);
    }
}
