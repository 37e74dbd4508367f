package cn.kejiju.workbench.commissioner.api;

import cn.kejiju.workbench.commissioner.Assignment;
import cn.kejiju.workbench.commissioner.AssignmentService;
import cn.kejiju.workbench.commissioner.AssignmentStatus;
import cn.kejiju.workbench.commissioner.ServiceTarget;
import cn.kejiju.workbench.commissioner.TargetKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * An assignment as the API shows it. Lists leave out {@code agreementFiles} (the files of the signed
 * tripartite agreement); reading one assignment lists them.
 */
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
        LocalDateTime updatedAt,
        List<AgreementFileResponse> agreementFiles) {

    /** Whom the assignment serves: a village, a cooperative or an enterprise. */
    @Schema(name = "ServiceTarget")
    public record Target(TargetKind kind, long id, String key, String name) {

        static Target of(ServiceTarget target) {
            return new Target(target.getKind(), target.getId(), target.getKey(), target.getName());
        }
    }

    static AssignmentResponse of(Assignment a, LocalDate today) {
        return of(a, today, null);
    }

    static AssignmentResponse detail(AssignmentService.AssignmentDetail detail, LocalDate today) {
        return of(detail.assignment(), today,
                detail.agreementFiles().stream()
                        .map(f -> AgreementFileResponse.of(f, detail.assignment().getId())).toList());
    }

    private static AssignmentResponse of(Assignment a, LocalDate today, List<AgreementFileResponse> files) {
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
                a.getUpdatedAt(),
                files);
    }
}
