package cn.kejiju.workbench.commissioner.api;

import cn.kejiju.workbench.commissioner.Assignment;
import cn.kejiju.workbench.commissioner.AssignmentStatus;
import cn.kejiju.workbench.commissioner.ServiceTarget;
import cn.kejiju.workbench.commissioner.TargetKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** An assignment as the API shows it. */
@Schema(name = "Assignment")
public record AssignmentResponse(
        long id,
        long version,
        ApiRef county,
        ApiRef commissioner,
        Target target,
        LocalDate startDate,
        LocalDate endDate,
        String goals,
        LocalDate commissionerConfirmedOn,
        LocalDate targetConfirmedOn,
        @Schema(description = "Both sides confirmed the tripartite agreement") boolean agreementConfirmed,
        AssignmentStatus status,
        @Schema(description = "Active today (not ended, end date not passed)") boolean activeToday,
        LocalDate endedOn,
        String endReason,
        LocalDateTime createdAt,
        LocalDateTime updatedAt) {

    /** Whom the assignment serves: a village, a cooperative or an enterprise. */
    @Schema(name = "ServiceTarget")
    public record Target(TargetKind kind, long id, String key, String name) {

        static Target of(ServiceTarget target) {
            return new Target(target.getKind(), target.getId(), target.getKey(), target.getName());
        }
    }

    static AssignmentResponse of(Assignment a, LocalDate today) {
        return new AssignmentResponse(
                a.getId(),
                a.getVersion(),
                ApiRef.of(a.getCounty()),
                ApiRef.of(a.getCommissioner()),
                Target.of(a.getTarget()),
                a.getStartDate(),
                a.getEndDate(),
                a.getGoals(),
                a.commissionerConfirmedOn().orElse(null),
                a.targetConfirmedOn().orElse(null),
                a.isAgreementConfirmed(),
                a.getStatus(),
                a.isActiveOn(today),
                a.endedOn().orElse(null),
                a.endReason().orElse(null),
                a.getCreatedAt(),
                a.getUpdatedAt());
    }
}
