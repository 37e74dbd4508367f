package cn.kejiju.workbench.project;

import java.math.BigDecimal;

/** An application to the county plan as entered: call, applicant (master data), title, field and budget. */
public record PlanDraft(Long callId, Long leadId, String title, String field, BigDecimal total,
                        BigDecimal selfRaised, BigDecimal requested) {

    static PlanDraft of(PlanProject p) {
        return new PlanDraft(p.getCall().getId(), p.getLead().getId(), p.getTitle(), p.getField(),
                p.getBudget().getTotal(), p.getBudget().getSelfRaised(), p.getBudget().getRequested());
    }
}
