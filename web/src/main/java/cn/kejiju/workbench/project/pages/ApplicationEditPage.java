package cn.kejiju.workbench.project.pages;

import cn.kejiju.workbench.enterprise.Enterprise;
import cn.kejiju.workbench.enterprise.pages.EnterpriseChoices;
import cn.kejiju.workbench.platform.Choice;
import cn.kejiju.workbench.platform.IdParameter;
import cn.kejiju.workbench.platform.PageMessages;
import cn.kejiju.workbench.project.ProgrammeCall;
import cn.kejiju.workbench.project.ProgrammeLevel;
import cn.kejiju.workbench.project.ProgrammeService;
import cn.kejiju.workbench.project.ProjectBudget;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What the edit pages of both kinds of application share (to higher levels: {@link ProjectEditPage}; to the county
 * plan: {@link PlanEditPage}): the calls open today to choose from, labelled with their programme and closing day;
 * the lead applicant found by name, credit code or pinyin initials among the enterprises and units of every kind;
 * the title, field and budget in yuan; refusals shown next to their field of the form {@value #FORM}.
 */
public abstract class ApplicationEditPage implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FORM = "editForm";

    @Inject
    ProgrammeService programmeService;

    @Inject
    EnterpriseChoices enterpriseChoices;

    @Inject
    PageMessages messages;

    protected Long id;
    protected Long version;
    private Long callId;
    private Choice lead;
    private String title;
    private String field;
    private BigDecimal total;
    private BigDecimal selfRaised;
    private BigDecimal requested;
    private List<SelectItem> calls = List.of();

    /** The calls of a level (of every level when null) that have not closed today. */
    protected void loadCalls(ProgrammeLevel level, LocalDate today) {
        calls = programmeService.calls(null, level).stream().filter(c -> !c.closedOn(today))
                .map(c -> new SelectItem(c.getId(), c.getTitle() + "（" + c.getProgramme().getName() + "，"
                        + messages.text("project.call.closesOn", c.getClosesOn()) + "）"))
                .toList();
    }

    /** The form filled with a stored application (its call offered even if it has closed since). */
    protected void fill(long storedVersion, ProgrammeCall call, Enterprise applicant, String storedTitle,
                        String storedField, ProjectBudget budget) {
        version = storedVersion;
        callId = call.getId();
        lead = EnterpriseChoices.of(applicant);
        title = storedTitle;
        field = storedField;
        total = budget.getTotal();
        selfRaised = budget.getSelfRaised();
        requested = budget.getRequested();
        if (calls.stream().noneMatch(c -> c.getValue().equals(callId))) {
            calls = new ArrayList<>(calls);
            calls.add(new SelectItem(callId, call.getTitle()));
        }
    }

    /** Shows a refusal next to its field of the form. */
    protected void refused(RuntimeException e, Set<String> fields) {
        messages.showRefusal(e, FORM, fields);
    }

    /** Lead applicants: the enterprises and units of the caller's jurisdiction of every kind. */
    public List<Choice> completeApplicant(String text) {
        return enterpriseChoices.completeAnyKind(text, null);
    }

    protected Long leadId() {
        return lead == null ? null : lead.id();
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
