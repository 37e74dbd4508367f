package cn.kejiju.workbench.project.pages;

import cn.kejiju.workbench.enterprise.pages.EnterpriseChoices;
import cn.kejiju.workbench.platform.Choice;
import cn.kejiju.workbench.platform.IdParameter;
import cn.kejiju.workbench.platform.PageMessages;
import cn.kejiju.workbench.project.PlanDraft;
import cn.kejiju.workbench.project.PlanProject;
import cn.kejiju.workbench.project.PlanService;
import cn.kejiju.workbench.project.PlanStatus;
import cn.kejiju.workbench.project.ProgrammeLevel;
import cn.kejiju.workbench.project.ProgrammeService;
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
import java.util.List;
import java.util.Set;

/**
 * A new application to the county plan or its revision while it is a draft
 * ({@code project/county-plan-edit.xhtml[?id=…]}): an open call of a county-level programme, the applicant (the
 * search field over master data), title, field and the budget in yuan.
 */
@Named
@ViewScoped
public class PlanEditPage implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FORM = "editForm";
    private static final Set<String> FIELDS = Set.of("callId", "leadId", "title", "field", "total", "selfRaised",
            "requested");

    @Inject
    PlanService planService;

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
    private String title;
    private String field;
    private BigDecimal total;
    private BigDecimal selfRaised;
    private BigDecimal requested;
    private List<SelectItem> calls = List.of();

    public void load() {
        LocalDate today = planService.today();
        calls = programmeService.calls(null, ProgrammeLevel.COUNTY).stream().filter(c -> !c.closedOn(today))
                .map(c -> new SelectItem(c.getId(), c.getTitle() + "（" + c.getProgramme().getName() + "，"
                        + messages.text("project.call.closesOn", c.getClosesOn()) + "）"))
                .toList();
        if (id != null && version == null) {
            try {
                PlanProject p = planService.get(id);
                if (p.getStatus() != PlanStatus.DRAFT) {
                    IdParameter.notFound();
                    return;
                }
                version = p.getVersion();
                callId = p.getCall().getId();
                lead = EnterpriseChoices.of(p.getLead());
                title = p.getTitle();
                field = p.getField();
                total = p.getBudget().getTotal();
                selfRaised = p.getBudget().getSelfRaised();
                requested = p.getBudget().getRequested();
            } catch (NotFoundException e) {
                IdParameter.notFound();
            }
        }
    }

    public List<Choice> completeApplicant(String text) {
        return enterpriseChoices.completeAnyKind(text, null);
    }

    public String save() {
        try {
            PlanDraft draft = new PlanDraft(callId, lead == null ? null : lead.id(), title, field, total, selfRaised,
                    requested);
            PlanProject saved = id == null ? planService.create(draft) : planService.revise(id, version, draft);
            messages.flashInfo("plan.saved", saved.getTitle());
            return "/project/county-plan-project?faces-redirect=true&id=" + saved.getId();
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
