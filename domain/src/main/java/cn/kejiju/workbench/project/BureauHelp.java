package cn.kejiju.workbench.project;

import cn.kejiju.workbench.shared.ClerkInput;

import java.time.LocalDate;

/** Help the bureau gave an application (材料准备, 推荐函 …) as a clerk records it: what, when, and a note. */
public record BureauHelp(HelpKind kind, LocalDate givenOn, String note) {

    public static final int NOTE_MAX = 500;

    public BureauHelp {
        ClerkInput.present(kind, "kind");
        ClerkInput.present(givenOn, "givenOn");
        note = ClerkInput.optional(note, "note", NOTE_MAX);
    }
}
