package cn.kejiju.workbench.project.pages;

import cn.kejiju.workbench.platform.IdParameter;
import cn.kejiju.workbench.project.PlanDraft;
import cn.kejiju.workbench.project.PlanProject;
import cn.kejiju.workbench.project.PlanService;
import cn.kejiju.workbench.project.PlanStatus;
import cn.kejiju.workbench.project.ProgrammeLevel;
import cn.kejiju.workbench.shared.DomainException;
import cn.kejiju.workbench.shared.NotFoundException;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Set;

/**
 * A new application to the county plan or its revision while it is a draft
 * ({@code project/county-plan-edit.xhtml[?id=…]}): an open call of a county-level programme, the applicant (the
 * search field over master data), title, field and the budget in yuan.
 */
@Named
@ViewScoped
public class PlanEditPage extends ApplicationEditPage {

    private static final long serialVersionUID = 1L;

    private static final Set<String> FIELDS = Set.of("callId", "leadId", "title", "field", "total", "selfRaised",
            "requested");

    @Inject
    PlanService planService;

    public void load() {
        loadCalls(ProgrammeLevel.COUNTY, planService.today());
        if (id != null && version == null) {
            try {
                PlanProject p = planService.get(id);
                if (p.getStatus() != PlanStatus.DRAFT) {
                    IdParameter.notFound();
                    return;
                }
                fill(p.getVersion(), p.getCall(), p.getLead(), p.getTitle(), p.getField(), p.getBudget());
            } catch (NotFoundException e) {
                IdParameter.notFound();
            }
        }
    }

    public String save() {
        try {
            PlanDraft draft = new PlanDraft(getCallId(), leadId(), getTitle(), getField(), getTotal(), getSelfRaised(),
                    getRequested());
            PlanProject saved = id == null ? planService.create(draft) : planService.revise(id, version, draft);
            messages.flashInfo("plan.saved", saved.getTitle());
            return "/project/county-plan-project?faces-redirect=true&id=" + saved.getId();
        } catch (DomainException | EJBException e) {
            refused(e, FIELDS);
        }
        return null;
    }
}
