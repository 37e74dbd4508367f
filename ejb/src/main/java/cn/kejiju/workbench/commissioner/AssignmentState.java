package cn.kejiju.workbench.commissioner;

import java.time.LocalDate;

/** The state of an assignment the audit trail compares when its agreement is confirmed or it ends early. */
public record AssignmentState(AssignmentStatus status, LocalDate commissionerConfirmedOn, LocalDate targetConfirmedOn,
                       LocalDate endedOn, String endReason) {

    static AssignmentState of(Assignment a) {
        return new AssignmentState(a.getStatus(), a.commissionerConfirmedOn().orElse(null),
                a.targetConfirmedOn().orElse(null), a.endedOn().orElse(null), a.endReason().orElse(null));
    }
}
