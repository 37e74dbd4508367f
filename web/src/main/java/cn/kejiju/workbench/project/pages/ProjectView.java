package cn.kejiju.workbench.project.pages;

import cn.kejiju.workbench.enterprise.Enterprise;
import cn.kejiju.workbench.financing.Yuan;
import cn.kejiju.workbench.project.EventKind;
import cn.kejiju.workbench.project.HelpKind;
import cn.kejiju.workbench.project.ProgrammeLevel;
import cn.kejiju.workbench.project.ProjectApplication;
import cn.kejiju.workbench.project.ProjectDocument;
import cn.kejiju.workbench.project.ProjectEvent;
import cn.kejiju.workbench.project.ProjectService;
import cn.kejiju.workbench.project.ProjectStatus;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/** An application as its page shows it: read once, kept with the view. Amounts in yuan, formatted. */
public class ProjectView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One entry of the story. */
    public record Event(EventKind kind, ProjectStatus status, HelpKind helpKind, LocalDate on, String amount,
                        String note, String recordedBy) implements Serializable {
    }

    private final long id;
    private final long version;
    private final String title;
    private final String field;
    private final String lead;
    private final long leadId;
    private final String partners;
    private final String county;
    private final String programme;
    private final ProgrammeLevel level;
    private final String call;
    private final LocalDate callClosesOn;
    private final String capPerProject;
    private final String total;
    private final String selfRaised;
    private final String requested;
    private final BigDecimal requestedYuan;
    private final ProjectStatus status;
    private final String preparedBy;
    private final String recommendedBy;
    private final String granted;
    private final String received;
    private final String remaining;
    private final LocalDate wonOn;
    private final LocalDate midTermDue;
    private final LocalDate acceptanceDue;
    private final List<Event> events;
    private final List<DocumentRow> documents;

    ProjectView(ProjectService.ProjectDetail detail, List<ProjectDocument> files) {
        ProjectApplication a = detail.application();
        this.id = a.getId();
        this.version = a.getVersion();
        this.title = a.getTitle();
        this.field = a.getField();
        this.lead = a.getLead().getName();
        this.leadId = a.getLead().getId();
        this.partners = detail.partners().stream().map(Enterprise::getName).collect(Collectors.joining("、"));
        this.county = a.getCounty().getName();
        this.programme = a.getCall().getProgramme().getName();
        this.level = a.getCall().getProgramme().getLevel();
        this.call = a.getCall().getTitle();
        this.callClosesOn = a.getCall().getClosesOn();
        this.capPerProject = Yuan.format(a.getCall().getCapPerProject());
        this.total = Yuan.format(a.getBudget().getTotal());
        this.selfRaised = Yuan.format(a.getBudget().getSelfRaised());
        this.requested = Yuan.format(a.getBudget().getRequested());
        this.requestedYuan = a.getBudget().getRequested();
        this.status = a.getStatus();
        this.preparedBy = a.getPreparedBy();
        this.recommendedBy = a.recommendedBy().orElse(null);
        this.granted = a.grant().map(Yuan::format).orElse(null);
        this.received = Yuan.format(a.getReceived());
        this.remaining = a.grant().map(g -> Yuan.format(g.subtract(a.getReceived()))).orElse(null);
        this.wonOn = a.wonOn().orElse(null);
        this.midTermDue = a.midTermDue().orElse(null);
        this.acceptanceDue = a.acceptanceDue().orElse(null);
        this.events = detail.events().stream().map(ProjectView::event).toList();
        this.documents = DocumentRow.of(files);
    }

    private static Event event(ProjectEvent e) {
        return new Event(e.getKind(), e.getStatus(), e.getHelpKind(), e.getHappenedOn(),
                e.getAmount() == null ? null : Yuan.format(e.getAmount()), e.getNote(), e.getRecordedBy());
    }

    public boolean isPreparing() {
        return status == ProjectStatus.PREPARING;
    }

    public boolean isFunded() {
        return status.funded();
    }

    /** Whether help may still be recorded: until the result is known. */
    public boolean isHelpOpen() {
        return status == ProjectStatus.PREPARING || status == ProjectStatus.RECOMMENDED
                || status == ProjectStatus.LODGED || status == ProjectStatus.UNDER_REVIEW;
    }

    public long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getTitle() {
        return title;
    }

    public String getField() {
        return field;
    }

    public String getLead() {
        return lead;
    }

    public long getLeadId() {
        return leadId;
    }

    public String getPartners() {
        return partners;
    }

    public String getCounty() {
        return county;
    }

    public String getProgramme() {
        return programme;
    }

    public ProgrammeLevel getLevel() {
        return level;
    }

    public String getCall() {
        return call;
    }

    public LocalDate getCallClosesOn() {
        return callClosesOn;
    }

    public String getCapPerProject() {
        return capPerProject;
    }

    public String getTotal() {
        return total;
    }

    public String getSelfRaised() {
        return selfRaised;
    }

    public String getRequested() {
        return requested;
    }

    public BigDecimal getRequestedYuan() {
        return requestedYuan;
    }

    public ProjectStatus getStatus() {
        return status;
    }

    public String getPreparedBy() {
        return preparedBy;
    }

    public String getRecommendedBy() {
        return recommendedBy;
    }

    public String getGranted() {
        return granted;
    }

    public String getReceived() {
        return received;
    }

    public String getRemaining() {
        return remaining;
    }

    public LocalDate getWonOn() {
        return wonOn;
    }

    public LocalDate getMidTermDue() {
        return midTermDue;
    }

    public LocalDate getAcceptanceDue() {
        return acceptanceDue;
    }

    public List<Event> getEvents() {
        return events;
    }

    public List<DocumentRow> getDocuments() {
        return documents;
    }
}
