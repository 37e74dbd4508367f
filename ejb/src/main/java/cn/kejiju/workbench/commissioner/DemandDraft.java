package cn.kejiju.workbench.commissioner;

import java.time.LocalDate;

/** What a clerk submits for a demand a target posted. {@link #of} is the state the audit trail compares. */
public record DemandDraft(TargetKind targetKind, Long targetId, ServiceField field, String problem, LocalDate postedOn) {

    public static DemandDraft of(Demand d) {
        return new DemandDraft(d.getTarget().getKind(), d.getTarget().getId(), d.getField(), d.getProblem(),
                d.getPostedOn());
    }
}
