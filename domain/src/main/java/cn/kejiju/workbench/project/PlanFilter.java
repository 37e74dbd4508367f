package cn.kejiju.workbench.project;

/**
 * What the county plan's list is filtered by; null fields filter nothing. {@code overdue}: only projects under
 * contract with something due before today; {@code text}: part of the title or the applicant's name.
 */
public record PlanFilter(Long countyId, Long callId, Integer year, PlanStatus status, boolean overdue, String text) {

    public static final PlanFilter ALL = new PlanFilter(null, null, null, null, false, null);
}
