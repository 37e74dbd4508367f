package cn.kejiju.workbench.project.api;

import cn.kejiju.workbench.project.Programme;
import cn.kejiju.workbench.project.ProgrammeKind;
import cn.kejiju.workbench.project.ProgrammeLevel;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** A programme of the catalogue. */
@Schema(name = "Programme")
public record ProgrammeResponse(long id, long version, String name, ProgrammeLevel level, Kind kind, String authority,
                                boolean active) {

    /** A kind of programme by code and name. */
    @Schema(name = "ProgrammeKind")
    public record Kind(String code, String name, boolean active) {

        static Kind of(ProgrammeKind k) {
            return new Kind(k.getCode(), k.getName(), k.isActive());
        }
    }

    /** The kinds of programme. */
    @Schema(name = "ProgrammeKindList")
    public record Kinds(List<Kind> items) {
    }

    /** The programmes. */
    @Schema(name = "ProgrammeList")
    public record Programmes(List<ProgrammeResponse> items) {
    }

    static ProgrammeResponse of(Programme p) {
        return new ProgrammeResponse(p.getId(), p.getVersion(), p.getName(), p.getLevel(), Kind.of(p.getKind()),
                p.getAuthority(), p.isActive());
    }
}
