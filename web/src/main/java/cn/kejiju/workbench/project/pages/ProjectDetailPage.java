package cn.kejiju.workbench.project.pages;

import cn.kejiju.workbench.platform.IdParameter;
import cn.kejiju.workbench.platform.PageMessages;
import cn.kejiju.workbench.project.AcceptanceResult;
import cn.kejiju.workbench.project.HelpKind;
import cn.kejiju.workbench.project.ProjectService;
import cn.kejiju.workbench.project.ProjectStep;
import cn.kejiju.workbench.project.StepDetails;
import cn.kejiju.workbench.shared.DomainException;
import cn.kejiju.workbench.shared.NotFoundException;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.file.UploadedFile;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * An application to a higher level ({@code project/application.xhtml?id=…}): its whole story from preparation to
 * 结题 with its documents. The project clerk attaches documents while it is prepared, records the bureau's help, the
 * higher level's steps (the result with the grant, the contract with its due days, the acceptance) and the tranches
 * received; a leader opens the recommendation dialog, which shows the application and its documents, and recommends
 * it (confirmed first). Each action says what happened; a refused rule is shown next to its field.
 */
@Named
@ViewScoped
public class ProjectDetailPage implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Set<String> FIELDS = Set.of("step", "on", "note", "grant", "midTermDue", "acceptanceDue",
            "result", "kind", "givenOn", "amount", "receivedOn", "file");

    @Inject
    ProjectService projectService;

    @Inject
    PageMessages messages;

    private Long id;
    private ProjectView application;

    private transient UploadedFile file;
    private ProjectStep step;
    private LocalDate on;
    private String note;
    private BigDecimal grant;
    private LocalDate midTermDue;
    private LocalDate acceptanceDue;
    private AcceptanceResult result;
    private HelpKind helpKind;
    private BigDecimal amount;

    public void load() {
        if (id == null) {
            IdParameter.notFound();
            return;
        }
        try {
            application = new ProjectView(projectService.detail(id), projectService.documents(id));
            on = projectService.today();
        } catch (NotFoundException e) {
            IdParameter.notFound();
        }
    }

    private String reload(String key, Object... arguments) {
        messages.flashInfo(key, arguments);
        return "/project/application?faces-redirect=true&id=" + id;
    }

    private String refused(RuntimeException e, String form) {
        messages.showRefusal(e, form, FIELDS);
        return null;
    }

    /** The leader recommends the application for the county (县局推荐). */
    public String recommend() {
        try {
            projectService.recommend(id, application.getVersion(), on, note);
            return reload("project.application.recommended", application.getTitle());
        } catch (DomainException | EJBException e) {
            return refused(e, "recommendForm");
        }
    }

    /** The clerk records a step of the path. */
    public String takeStep() {
        try {
            projectService.record(id, application.getVersion(), step,
                    new StepDetails(on, note, grant, midTermDue, acceptanceDue, result));
            return reload("project.application.stepDone." + step, application.getTitle());
        } catch (DomainException | EJBException e) {
            return refused(e, "stepForm");
        }
    }

    public String recordHelp() {
        try {
            projectService.recordHelp(id, application.getVersion(), helpKind, on, note);
            return reload("project.application.helpRecorded", application.getTitle());
        } catch (DomainException | EJBException e) {
            return refused(e, "helpForm");
        }
    }

    public String receive() {
        try {
            projectService.receive(id, application.getVersion(), on, amount, note);
            return reload("project.application.trancheRecorded", amount == null ? "" : amount.toPlainString(),
                    application.getTitle());
        } catch (DomainException | EJBException e) {
            return refused(e, "trancheForm");
        }
    }

    /** Attaches the chosen document; the service checks its type and size. */
    public String upload() {
        return DocumentsForm.upload(file, messages, FIELDS, (name, bytes) -> projectService.attach(id, name, bytes))
                ? reload("project.document.uploaded", file.getFileName()) : null;
    }

    public String removeDocument(long documentId) {
        return DocumentsForm.remove(messages, FIELDS, () -> projectService.removeDocument(id, documentId))
                ? reload("project.document.removed") : null;
    }

    /** The steps the clerk may record now (the recommendation is the leader's). */
    public List<ProjectStep> getSteps() {
        if (application == null) {
            return List.of();
        }
        return Arrays.stream(ProjectStep.values()).filter(s -> s != ProjectStep.RECOMMEND)
                .filter(s -> s == ProjectStep.ACCEPTANCE
                        ? Arrays.stream(AcceptanceResult.values()).anyMatch(r -> application.getStatus()
                        .canMoveTo(s.target(r)))
                        : application.getStatus().canMoveTo(s.target(null)))
                .toList();
    }

    public boolean isRecommendable() {
        return application != null && application.isPreparing();
    }

    public AcceptanceResult[] getResults() {
        return AcceptanceResult.values();
    }

    public HelpKind[] getHelpKinds() {
        return HelpKind.values();
    }

    public ProjectView getApplication() {
        return application;
    }

    public String getId() {
        return id == null ? null : id.toString();
    }

    public void setId(String text) {
        id = IdParameter.parse(text);
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public ProjectStep getStep() {
        return step;
    }

    public void setStep(ProjectStep step) {
        this.step = step;
    }

    public LocalDate getOn() {
        return on;
    }

    public void setOn(LocalDate on) {
        this.on = on;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public BigDecimal getGrant() {
        return grant;
    }

    public void setGrant(BigDecimal grant) {
        this.grant = grant;
    }

    public LocalDate getMidTermDue() {
        return midTermDue;
    }

    public void setMidTermDue(LocalDate midTermDue) {
        this.midTermDue = midTermDue;
    }

    public LocalDate getAcceptanceDue() {
        return acceptanceDue;
    }

    public void setAcceptanceDue(LocalDate acceptanceDue) {
        this.acceptanceDue = acceptanceDue;
    }

    public AcceptanceResult getResult() {
        return result;
    }

    public void setResult(AcceptanceResult result) {
        this.result = result;
    }

    public HelpKind getHelpKind() {
        return helpKind;
    }

    public void setHelpKind(HelpKind helpKind) {
        this.helpKind = helpKind;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }
}
