package cn.kejiju.workbench.commissioner;

/**
 * What a list of commissioners is narrowed to; every part is optional. {@code text} matches the name,
 * the employer or a specialty.
 */
public record CommissionerFilter(String text, ServiceField field, CommissionerKind kind, DispatchLevel dispatchLevel,
                                 CommissionerStatus status, Long countyId) {

    public static CommissionerFilter none() {
        return new CommissionerFilter(null, null, null, null, null, null);
    }
}
