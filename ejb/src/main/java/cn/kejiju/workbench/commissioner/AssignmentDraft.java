package cn.kejiju.workbench.commissioner;

import java.time.LocalDate;

/**
 * What a clerk submits to open or replan an assignment. {@link #of} is the state the audit trail
 * compares; commissioner and target cannot change once opened (end it and open another).
 */
public record AssignmentDraft(Long commissionerId, TargetKind targetKind, Long targetId, LocalDate startDate,
                              LocalDate endDate, String goals) {

    public static AssignmentDraft of(Assignment a) {
        return new AssignmentDraft(a.getCommissioner().getId(), a.getTarget().getKind(), a.getTarget().getId(),
                a.getStartDate(), a.getEndDate(), a.getGoals());
    }
}
