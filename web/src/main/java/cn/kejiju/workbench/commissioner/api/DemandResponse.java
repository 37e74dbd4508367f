package cn.kejiju.workbench.commissioner.api;

import cn.kejiju.workbench.commissioner.Assignment;
import cn.kejiju.workbench.commissioner.Demand;
import cn.kejiju.workbench.commissioner.DemandStatus;
import cn.kejiju.workbench.commissioner.ServiceField;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A demand as the API shows it. */
@Schema(name = "Demand")
public record DemandResponse(
        long id,
        long version,
        ApiRef county,
        AssignmentResponse.Target target,
        ServiceField field,
        String problem,
        LocalDate postedOn,
        DemandStatus status,
        @Schema(description = "The assignment that answered it, once dispatched") Long assignmentId,
        LocalDateTime updatedAt) {

    static DemandResponse of(Demand d) {
        return new DemandResponse(d.getId(), d.getVersion(), ApiRef.of(d.getCounty()),
                AssignmentResponse.Target.of(d.getTarget()), d.getField(), d.getProblem(), d.getPostedOn(),
                d.getStatus(), d.assignment().map(Assignment::getId).orElse(null), d.getUpdatedAt());
    }
}
