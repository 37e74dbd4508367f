package cn.kejiju.workbench.project.pages;

import cn.kejiju.workbench.enterprise.pages.EnterpriseChoices;
import cn.kejiju.workbench.platform.Choice;
import cn.kejiju.workbench.platform.IdParameter;
import cn.kejiju.workbench.platform.PageMessages;
import cn.kejiju.workbench.project.ProgrammeService;
import cn.kejiju.workbench.project.ProjectApplication;
import cn.kejiju.workbench.project.ProjectDraft;
import cn.kejiju.workbench.project.ProjectService;
import cn.kejiju.workbench.project.ProjectStatus;
import cn.kejiju.workbench.shared.DomainException;
import cn.kejiju.workbench.shared.NotFoundException;
import jakarta.ejb.EJBException;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
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
public class ProjectEditPage implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FORM = "editForm";
    private static final Set<String> FIELDS = Set.of("callId", "leadId", "partnerIds", "title", "field", "total",
            "selfRaised", "requested");

    @Inject
    ProjectService projectService;

    @Inject
    ProgrammeService programmeService;

    @Inject
    EnterpriseChoices enterpriseChoices;

    @Inject
    PageMessages messages;

    private Long id;
    private Long version;
    private Long callId;
    private Choice lead;
    private List<Choice> partners = new ArrayList<>();
    private String title;
    private String field;
    private BigDecimal total;
    private BigDecimal selfRaised;
    private BigDecimal requested;
    private List<SelectItem> calls = List.of();

    public void load() {
        LocalDate today = projectService.today();
        calls = programmeService.calls(null, null).stream().filter(c -> !c.closedOn(today))
                .map(c -> new SelectItem(c.getId(), c.getTitle() + "（" + c.getProgramme().getName() + "，"
                        + messages.text("project.call.closesOn", c.getClosesOn()) + "）"))
                .toList();
        if (id != null && version == null) {
            try {
                ProjectService.ProjectDetail detail = projectService.detail(id);
                ProjectApplication a = detail.application();
                if (a.getStatus() != ProjectStatus.PREPARING) {
                    IdParameter.notFound();
                    return;
                }
                version = a.getVersion();
                callId = a.getCall().getId();
                lead = EnterpriseChoices.of(a.getLead());
                partners = new ArrayList<>(detail.partners().stream().map(EnterpriseChoices::of).toList());
                title = a.getTitle();
                field = a.getField();
                total = a.getBudget().getTotal();
                selfRaised = a.getBudget().getSelfRaised();
                requested = a.getBudget().getRequested();
                if (calls.stream().noneMatch(c -> c.getValue().equals(callId))) {
                    calls = new ArrayList<>(calls);
                    calls.add(new SelectItem(callId, a.getCall().getTitle()));
                }
            } catch (NotFoundException e) {
                IdParameter.notFound();
            }
        }
    }

    /** Lead applicants: the enterprises and units of the caller's jurisdiction of every kind. */
    public List<Choice> completeApplicant(String text) {
        return enterpriseChoices.completeAnyKind(text, null);
    }

    public String save() {
        try {
            ProjectDraft draft = new ProjectDraft(callId, lead == null ? null : lead.id(),
                    partners == null ? List.of() : partners.stream().map(Choice::id).toList(), title, field,
                    total, selfRaised, requested);
            ProjectApplication saved = id == null ? projectService.prepare(draft)
                    : projectService.revise(id, version, draft);
            messages.flashInfo("project.application.saved", saved.getTitle());
            return "/project/application?faces-redirect=true&id=" + saved.getId();
        } catch (DomainException | EJBException e) {
            messages.showRefusal(e, FORM, FIELDS);
        }
        return null;
    }

    public boolean isNew() {
        return id == null;
    }

    public String getId() {
        return id == null ? null : id.toString();
    }

    public void setId(String text) {
        id = IdParameter.parse(text);
    }

    public List<SelectItem> getCalls() {
        return calls;
    }

    public Long getCallId() {
        return callId;
    }

    public void setCallId(Long callId) {
        this.callId = callId;
    }

    public Choice getLead() {
        return lead;
    }

    public void setLead(Choice lead) {
        this.lead = lead;
    }

    public List<Choice> getPartners() {
        return partners;
    }

    public void setPartners(List<Choice> partners) {
        this.partners = partners;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getField() {
        return field;
    }

    public void setField(String field) {
        this.field = field;
    }

    public BigDecimal getTotal() {
        return total;
    }

    public void setTotal(BigDecimal total) {
        this.total = total;
    }

    public BigDecimal getSelfRaised() {
        return selfRaised;
    }

    public void setSelfRaised(BigDecimal selfRaised) {
        this.selfRaised = selfRaised;
    }

    public BigDecimal getRequested() {
        return requested;
    }

    public void setRequested(BigDecimal requested) {
        this.requested = requested;
    }
}
