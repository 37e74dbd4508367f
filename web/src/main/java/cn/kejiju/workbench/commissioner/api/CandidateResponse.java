package cn.kejiju.workbench.commissioner.api;

import cn.kejiju.workbench.commissioner.Candidate;
import cn.kejiju.workbench.commissioner.Commissioner;
import cn.kejiju.workbench.commissioner.CommissionerKind;
import cn.kejiju.workbench.commissioner.ProfessionalTitle;
import cn.kejiju.workbench.commissioner.ServiceField;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A commissioner proposed for a demand, in ranking order: free capacity, field, specialty, lower load. */
@Schema(name = "DemandCandidate")
public record CandidateResponse(
        long commissionerId,
        String name,
        ServiceField field,
        CommissionerKind kind,
        ProfessionalTitle title,
        String employerName,
        @Schema(description = "The commissioner's field is the demand's") boolean fieldMatches,
        @Schema(description = "A specialty appears in the problem text") boolean specialtyMatches,
        @Schema(description = "Assignments active today") long load,
        int maxLoad,
        @Schema(description = "At the cap: dispatching would be refused") boolean full) {

    static CandidateResponse of(Candidate c) {
        Commissioner commissioner = c.commissioner();
        return new CandidateResponse(commissioner.getId(), commissioner.getName(), commissioner.getField(),
                commissioner.getKind(), commissioner.getTitle(), commissioner.getEmployerName(), c.fieldMatches(),
                c.specialtyMatches(), c.load(), c.maxLoad(), c.isFull());
    }
}
