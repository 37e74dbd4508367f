package cn.kejiju.workbench.commissioner;

/**
 * What a list of assignments is narrowed to; every part is optional. {@code text} matches the
 * commissioner's or the target's name; {@code organisationId} the enterprise or cooperative served;
 * {@code countyId} the managing county (a city user's choice).
 */
public record AssignmentFilter(Long commissionerId, TargetKind targetKind, AssignmentStatus status, String text,
                               Long organisationId, Boolean agreementConfirmed, Long countyId) {

    public AssignmentFilter(Long commissionerId, TargetKind targetKind, AssignmentStatus status, String text,
                            Long organisationId, Boolean agreementConfirmed) {
        this(commissionerId, targetKind, status, text, organisationId, agreementConfirmed, null);
    }

    public static AssignmentFilter none() {
        return new AssignmentFilter(null, null, null, null, null, null);
    }

    public static AssignmentFilter ofCommissioner(long commissionerId) {
        return new AssignmentFilter(commissionerId, null, null, null, null, null);
    }

    public static AssignmentFilter ofOrganisation(long organisationId) {
        return new AssignmentFilter(null, null, null, null, organisationId, null);
    }
}
