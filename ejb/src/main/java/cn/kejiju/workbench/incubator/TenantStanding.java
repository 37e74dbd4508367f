package cn.kejiju.workbench.incubator;

import java.util.List;

/**
 * An incubatee as the graduation page reads it: its yearly figures by year and the graduation criteria it
 * meets today (empty: not eligible; for an exited incubatee, those recorded with a graduation).
 */
public record TenantStanding(Incubatee incubatee, List<YearFigures> figures, List<GraduationReason> reasons) {

    public TenantStanding {
        figures = List.copyOf(figures);
        reasons = List.copyOf(reasons);
    }

    public boolean eligible() {
        return !reasons.isEmpty();
    }
}
