package cn.kejiju.workbench.enterprise;

/**
 * What a list of enterprises is narrowed to; every part is optional. {@code text} matches the name or
 * the credit code; {@code jurisdictionId} matches a county or a township.
 */
public record EnterpriseFilter(
        String text,
        EnterpriseKind kind,
        String industry,
        Long jurisdictionId,
        Boolean highTech,
        Boolean sme) {

    public static EnterpriseFilter none() {
        return new EnterpriseFilter(null, null, null, null, null, null);
    }
}
