package cn.kejiju.workbench.commissioner;

import java.time.LocalDate;

/**
 * What a list of assignments is narrowed to; every part is optional. {@code text} matches the
 * commissioner's or the target's name; {@code organisationId} the enterprise or cooperative served;
 * {@code countyId} the managing county (a city user's choice). The period parts pick the assignments the work
 * summary's {@code enterprisesLinkedByNew} counts, as the commissioner statistics count them: {@code field} the
 * commissioner's service field, {@code activeFrom} / {@code activeTo} in force on a day between them (started by
 * {@code activeTo}, not ended, early or at their end, before {@code activeFrom}), {@code postedFrom} of a
 * commissioner posted on or after that day.
 */
public record AssignmentFilter(Long commissionerId, TargetKind targetKind, AssignmentStatus status, String text,
                               Long organisationId, Boolean agreementConfirmed, Long countyId, ServiceField field,
                               LocalDate activeFrom, LocalDate activeTo, LocalDate postedFrom) {

    public AssignmentFilter(Long commissionerId, TargetKind targetKind, AssignmentStatus status, String text,
                            Long organisationId, Boolean agreementConfirmed, Long countyId) {
        this(commissionerId, targetKind, status, text, organisationId, agreementConfirmed, countyId, null, null, null,
                null);
    }

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
