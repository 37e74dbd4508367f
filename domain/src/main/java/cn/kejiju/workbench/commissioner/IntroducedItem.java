package cn.kejiju.workbench.commissioner;

import java.time.LocalDate;

/** A named variety or technology introduced by an approved log of the period: where, by whom, when. */
public record IntroducedItem(String name, InnovationKind kind, String county, String commissioner, LocalDate date)
        implements java.io.Serializable {
}
