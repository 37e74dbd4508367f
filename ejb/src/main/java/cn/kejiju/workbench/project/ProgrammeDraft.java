package cn.kejiju.workbench.project;

/** A programme as entered. */
public record ProgrammeDraft(String name, ProgrammeLevel level, String kindCode, String authority, Boolean active) {

    static ProgrammeDraft of(Programme p) {
        return new ProgrammeDraft(p.getName(), p.getLevel(), p.getKind().getCode(), p.getAuthority(), p.isActive());
    }
}
