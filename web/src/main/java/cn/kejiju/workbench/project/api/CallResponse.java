package cn.kejiju.workbench.project.api;

import cn.kejiju.workbench.financing.Yuan;
import cn.kejiju.workbench.project.ProgrammeCall;
import cn.kejiju.workbench.project.ProgrammeLevel;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/** A call (申报指南) with its programme. Money as decimal strings (yuan). */
@Schema(name = "ProgrammeCall")
public record CallResponse(long id, long version, ProjectRef programme, ProgrammeLevel level, String kind, int year,
                           String title, LocalDate opensOn, LocalDate closesOn,
                           @Schema(description = "Yuan; absent when not published") String budget,
                           @Schema(description = "Yuan") String capPerProject, String eligibility) {

    /** The calls. */
    @Schema(name = "ProgrammeCallList")
    public record Calls(List<CallResponse> items) {
    }

    static CallResponse of(ProgrammeCall c) {
        return new CallResponse(c.getId(), c.getVersion(), new ProjectRef(c.getProgramme().getId(),
                c.getProgramme().getName()), c.getProgramme().getLevel(), c.getProgramme().getKind().getName(),
                c.getYear(), c.getTitle(), c.getOpensOn(), c.getClosesOn(), Yuan.plain(c.getBudget()),
                Yuan.plain(c.getCapPerProject()), c.getEligibility());
    }
}
