package cn.kejiju.workbench.project.pages;

import cn.kejiju.workbench.enterprise.pages.EnterpriseChoices;
import cn.kejiju.workbench.platform.Choice;
import cn.kejiju.workbench.platform.IdParameter;
import cn.kejiju.workbench.project.ProjectApplication;
import cn.kejiju.workbench.project.ProjectDraft;
import cn.kejiju.workbench.project.ProjectService;
import cn.kejiju.workbench.project.ProjectStatus;
import cn.kejiju.workbench.shared.DomainException;
import cn.kejiju.workbench.shared.NotFoundException;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A new application to a higher level or its revision while it is prepared
 * ({@code project/application-edit.xhtml[?id=…]}): an open call, the lead applicant and any partners (search fields
 * over the enterprises and units of master data, by name, credit code or pinyin initials), title, field and the
 * budget in yuan (self-raised plus requested is the total; requested within the call's cap).
 */
@Named
@ViewScoped
public class ProjectEditPage extends ApplicationEditPage {

    private static final long serialVersionUID = 1L;

    private static final Set<String> FIELDS = Set.of("callId", "leadId", "partnerIds", "title", "field", "total",
            "selfRaised", "requested");

    @Inject
    ProjectService projectService;

    private List<Choice> partners = new ArrayList<>();

    public void load() {
        loadCalls(null, projectService.today());
        if (id != null && version == null) {
            try {
                ProjectService.ProjectDetail detail = projectService.detail(id);
                ProjectApplication a = detail.application();
                if (a.getStatus() != ProjectStatus.PREPARING) {
                    IdParameter.notFound();
                    return;
                }
                fill(a.getVersion(), a.getCall(), a.getLead(), a.getTitle(), a.getField(), a.getBudget());
                partners = new ArrayList<>(detail.partners().stream().map(EnterpriseChoices::of).toList());
            } catch (NotFoundException e) {
                IdParameter.notFound();
            }
        }
    }

    public String save() {
        try {
            ProjectDraft draft = new ProjectDraft(getCallId(), leadId(),
                    partners == null ? List.of() : partners.stream().map(Choice::id).toList(), getTitle(), getField(),
                    getTotal(), getSelfRaised(), getRequested());
            ProjectApplication saved = id == null ? projectService.prepare(draft)
                    : projectService.revise(id, version, draft);
            messages.flashInfo("project.application.saved", saved.getTitle());
            return "/project/application?faces-redirect=true&id=" + saved.getId();
        } catch (DomainException | EJBException e) {
            refused(e, FIELDS);
        }
        return null;
    }

    public List<Choice> getPartners() {
        return partners;
    }

    public void setPartners(List<Choice> partners) {
        this.partners = partners;
    }
}
