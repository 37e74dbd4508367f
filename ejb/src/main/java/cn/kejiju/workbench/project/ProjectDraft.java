package cn.kejiju.workbench.project;

import cn.kejiju.workbench.enterprise.Enterprise;

import java.math.BigDecimal;
import java.util.List;

/** An application as entered: call, lead applicant, partners (ids of master data), title, field and budget. */
public record ProjectDraft(Long callId, Long leadId, List<Long> partnerIds, String title, String field,
                           BigDecimal total, BigDecimal selfRaised, BigDecimal requested) {

    public ProjectDraft {
        partnerIds = partnerIds == null ? List.of() : List.copyOf(partnerIds);
    }

    static ProjectDraft of(ProjectApplication a) {
        return new ProjectDraft(a.getCall().getId(), a.getLead().getId(),
                a.getPartners().stream().map(Enterprise::getId).toList(), a.getTitle(), a.getField(),
                a.getBudget().getTotal(), a.getBudget().getSelfRaised(), a.getBudget().getRequested());
    }
}
