package cn.kejiju.workbench.commissioner.pages;

import cn.kejiju.workbench.commissioner.AgreementFile;
import cn.kejiju.workbench.commissioner.AssessmentService;
import cn.kejiju.workbench.commissioner.Assignment;
import cn.kejiju.workbench.commissioner.AssignmentDraft;
import cn.kejiju.workbench.commissioner.AssignmentService;
import cn.kejiju.workbench.commissioner.AssignmentStatus;
import cn.kejiju.workbench.commissioner.Commissioner;
import cn.kejiju.workbench.commissioner.CommissionerFilter;
import cn.kejiju.workbench.commissioner.CommissionerService;
import cn.kejiju.workbench.commissioner.CommissionerStatus;
import cn.kejiju.workbench.commissioner.SatisfactionRating;
import cn.kejiju.workbench.commissioner.TargetKind;
import cn.kejiju.workbench.platform.Choice;
import cn.kejiju.workbench.platform.ChoiceSource;
import cn.kejiju.workbench.platform.IdParameter;
import cn.kejiju.workbench.platform.PageMessages;
import cn.kejiju.workbench.platform.UploadedFileRow;
import cn.kejiju.workbench.shared.DomainException;
import cn.kejiju.workbench.shared.NotFoundException;
import cn.kejiju.workbench.shared.PageRequest;
import jakarta.ejb.EJBException;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.file.UploadedFile;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One assignment (派驻) ({@code commissioner/assignment.xhtml}). Without {@code ?id=} the clerk opens a
 * new one: commissioner ({@code ?commissionerId=} preselects), target kind, then the village,
 * cooperative or enterprise, period and goals. With an id the page shows it and lets the clerk replan
 * it, confirm the tripartite agreement for either side, end it early with a reason, and enter the
 * target's satisfaction for a year. Every change sends the version loaded with the page.
 */
@Named
@ViewScoped
public class AssignmentPage implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String OPEN_FORM = "openForm";
    static final String PLAN_FORM = "planForm";
    static final String CONFIRM_FORM = "confirmForm";
    static final String END_FORM = "endForm";
    static final String RATE_FORM = "rateForm";
    static final String AGREEMENT_FORM = "agreementForm";

    @Inject
    AssignmentService assignmentService;

    @Inject
    CommissionerService commissionerService;

    @Inject
    AssessmentService assessmentService;

    @Inject
    MasterDataOptions options;

    @Inject
    PageMessages messages;

    private Long id;
    private boolean loaded;
    private long version;
    private AssignmentRow assignment;
    private String goalsShown;
    private String endReasonShown;

    private Long commissionerId;
    private Choice commissioner;
    private TargetKind targetKind;
    private Long targetId;
    private LocalDate startDate;
    private LocalDate endDate;
    private String goals;

    private LocalDate commissionerConfirmedOn;
    private LocalDate targetConfirmedOn;
    private LocalDate endedOn;
    private String endReason;
    private Integer ratingYear;
    private Integer ratingScore;

    private List<UploadedFileRow> agreementFiles = List.of();
    private transient UploadedFile file;

    private List<SelectItem> targetOptions;
    private TargetKind targetOptionsKind;

    /** Loads the assignment of {@code ?id=}, or prepares a new one; another county's answers 404. */
    public void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        if (id == null) {
            startDate = assignmentService.today();
            endDate = startDate.plusYears(1).minusDays(1);
            return;
        }
        try {
            AssignmentService.AssignmentDetail detail = assignmentService.detail(id);
            Assignment stored = detail.assignment();
            agreementFiles = rows(detail.agreementFiles());
            version = stored.getVersion();
            assignment = new AssignmentRow(stored);
            goalsShown = stored.getGoals();
            endReasonShown = stored.endReason().orElse(null);
            startDate = stored.getStartDate();
            endDate = stored.getEndDate();
            goals = stored.getGoals();
            LocalDate today = assignmentService.today();
            commissionerConfirmedOn = stored.commissionerConfirmedOn().orElse(today);
            targetConfirmedOn = stored.targetConfirmedOn().orElse(today);
            endedOn = today;
            ratingYear = assessmentService.currentYear();
            ratingScore = ratingOf(ratingYear);
        } catch (NotFoundException e) {
            IdParameter.notFound();
        }
    }

    private Integer ratingOf(int year) {
        return assessmentService.ratings(assignment.getCommissionerId(), year).stream()
                .filter(r -> r.getAssignment().getId() == assignment.getId())
                .map(SatisfactionRating::getScore).findFirst().orElse(null);
    }

    private static List<UploadedFileRow> rows(List<AgreementFile> files) {
        return files.stream().map(f -> new UploadedFileRow(f.getId(), f.getFileName(), f.getContentType(),
                f.getSize(), f.getUploadedBy(), f.getUploadedAt())).toList();
    }

    /** Attaches the chosen file of the signed agreement; the service checks its type and size. */
    public void uploadAgreement() {
        if (file == null || file.getSize() == 0) {
            messages.errorOn(AGREEMENT_FORM + ":file", "commissioner.evidence.noFile");
            return;
        }
        try {
            assignmentService.attachAgreement(id, file.getFileName(), file.getContent());
            messages.info("commissioner.agreementFile.uploaded", file.getFileName());
            agreementFiles = rows(assignmentService.agreementFiles(id));
        } catch (DomainException | EJBException e) {
            DomainException refused = PageMessages.domainCause(e).orElseThrow(() -> e);
            messages.show(refused, AGREEMENT_FORM + ":file");
        }
    }

    public void removeAgreement(long fileId) {
        try {
            assignmentService.removeAgreement(id, fileId);
            messages.info("commissioner.agreementFile.removed");
            agreementFiles = rows(assignmentService.agreementFiles(id));
        } catch (DomainException | EJBException e) {
            messages.showRefusal(e, AGREEMENT_FORM, Set.of());
        }
    }

    /** Opens the assignment and shows it. */
    public String open() {
        try {
            Assignment opened = assignmentService.open(new AssignmentDraft(commissionerId, targetKind, targetId,
                    startDate, endDate, goals));
            messages.flashInfo("commissioner.assignment.opened", opened.getTarget().getName());
            return shown(opened.getId());
        } catch (DomainException | EJBException e) {
            messages.showRefusal(e, OPEN_FORM,
                    Set.of("commissionerId", "targetKind", "targetId", "startDate", "endDate", "goals"));
        }
        return null;
    }

    /** Changes period and goals; a changed agreement has to be confirmed again by both sides. */
    public String replan() {
        try {
            assignmentService.replan(id, version, new AssignmentDraft(null, null, null, startDate, endDate, goals));
            messages.flashInfo("commissioner.assignment.replanned");
            return shown(id);
        } catch (DomainException | EJBException e) {
            messages.showRefusal(e, PLAN_FORM, Set.of("startDate", "endDate", "goals"));
        }
        return null;
    }

    public String confirmCommissioner() {
        return confirm(AssignmentService.Side.COMMISSIONER, commissionerConfirmedOn, "commissionerConfirmedOn");
    }

    public String confirmTarget() {
        return confirm(AssignmentService.Side.TARGET, targetConfirmedOn, "targetConfirmedOn");
    }

    private String confirm(AssignmentService.Side side, LocalDate on, String input) {
        try {
            assignmentService.confirm(id, version, side, on);
            messages.flashInfo("commissioner.assignment.confirmed");
            return shown(id);
        } catch (DomainException | EJBException e) {
            PageMessages.domainCause(e).filter(d -> "confirmedOn".equals(d.field()))
                    .ifPresentOrElse(d -> messages.show(d, CONFIRM_FORM + ":" + input),
                            () -> messages.showRefusal(e, CONFIRM_FORM, Set.of()));
        }
        return null;
    }

    /** Ends the assignment before its end date, with the reason. */
    public String endEarly() {
        try {
            assignmentService.endEarly(id, version, endedOn, endReason);
            messages.flashInfo("commissioner.assignment.ended");
            return shown(id);
        } catch (DomainException | EJBException e) {
            messages.showRefusal(e, END_FORM, Set.of("endedOn", "endReason"));
        }
        return null;
    }

    /** Enters (or corrects) the target's satisfaction for the chosen year. */
    public String rate() {
        try {
            assessmentService.rate(id, ratingYear, ratingScore);
            messages.flashInfo("commissioner.assignment.rated", ratingYear, ratingScore);
            return shown(id);
        } catch (DomainException | EJBException e) {
            PageMessages.domainCause(e).filter(d -> "score".equals(d.field()))
                    .ifPresentOrElse(d -> messages.show(d, RATE_FORM + ":ratingScore"),
                            () -> messages.showRefusal(e, RATE_FORM, Set.of("year")));
        }
        return null;
    }

    /** Shows the stored rating of the year just chosen. */
    public void ratingYearChanged() {
        if (ratingYear != null && assignment != null) {
            try {
                ratingScore = ratingOf(ratingYear);
            } catch (DomainException | EJBException e) {
                ratingScore = null;
            }
        }
    }

    private static String shown(long assignmentId) {
        return "/commissioner/assignment?faces-redirect=true&id=" + assignmentId;
    }

    /** The targets of the chosen kind; empty until a kind is chosen. */
    public List<SelectItem> getTargetOptions() {
        if (targetOptions == null || targetOptionsKind != targetKind) {
            targetOptions = options.targets(targetKind);
            targetOptionsKind = targetKind;
        }
        return targetOptions;
    }

    /**
     * Suggestions for the commissioner field: the first {@value ChoiceSource#SUGGESTIONS} active commissioners the
     * caller sees whose name, employer or specialty contains the text, each with their county and load
     * (在派 1/3). A county with thousands of commissioners renders none of them until asked.
     */
    public List<Choice> completeCommissioner(String text) {
        String typed = text == null ? "" : text.strip();
        if (typed.isEmpty()) {
            return List.of();
        }
        CommissionerFilter active = new CommissionerFilter(typed, null, null, null, CommissionerStatus.ACTIVE, null);
        return labelled(commissionerService.list(active, new PageRequest(0, ChoiceSource.SUGGESTIONS, "name", true))
                .items());
    }

    /** The chosen commissioner; preselected from {@code ?commissionerId=}, labelled as the suggestions are. */
    public Choice getCommissioner() {
        if (commissioner == null && commissionerId != null) {
            try {
                commissioner = labelled(List.of(commissionerService.get(commissionerId))).get(0);
            } catch (NotFoundException e) {
                commissionerId = null;
            }
        }
        return commissioner;
    }

    public void setCommissioner(Choice commissioner) {
        this.commissioner = commissioner;
        this.commissionerId = commissioner == null ? null : commissioner.id();
    }

    /** Each commissioner with their county and load against the most active assignments allowed. */
    private List<Choice> labelled(List<Commissioner> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        int max = commissionerService.settings().getMaxActiveAssignments();
        Map<Long, Long> load = commissionerService.activeLoad(found.stream().map(Commissioner::getId).toList());
        return found.stream().map(c -> new Choice(c.getId(), messages.text("commissioner.assignment.commissionerOption",
                c.getName(), c.getCounty().getName(), load.getOrDefault(c.getId(), 0L), max))).toList();
    }

    /** The kind changed: the target chosen for the old kind no longer applies. */
    public void targetKindChanged() {
        targetId = null;
    }

    public boolean isCreating() {
        return id == null;
    }

    public boolean isActive() {
        return assignment != null && assignment.getStatus() == AssignmentStatus.ACTIVE;
    }

    public TargetKind[] getTargetKinds() {
        return TargetKind.values();
    }

    public String getId() {
        return id == null ? null : id.toString();
    }

    public void setId(String text) {
        id = IdParameter.parse(text);
        if (id == null && text != null && !text.isBlank()) {
            id = -1L;
        }
    }

    public List<UploadedFileRow> getAgreementFiles() {
        return agreementFiles;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public AssignmentRow getAssignment() {
        return assignment;
    }

    public String getGoalsShown() {
        return goalsShown;
    }

    public String getEndReasonShown() {
        return endReasonShown;
    }

    public Long getCommissionerId() {
        return commissionerId;
    }

    public void setCommissionerId(Long commissionerId) {
        this.commissionerId = commissionerId;
    }

    public TargetKind getTargetKind() {
        return targetKind;
    }

    public void setTargetKind(TargetKind targetKind) {
        this.targetKind = targetKind;
    }

    public Long getTargetId() {
        return targetId;
    }

    public void setTargetId(Long targetId) {
        this.targetId = targetId;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }

    public String getGoals() {
        return goals;
    }

    public void setGoals(String goals) {
        this.goals = goals;
    }

    public LocalDate getCommissionerConfirmedOn() {
        return commissionerConfirmedOn;
    }

    public void setCommissionerConfirmedOn(LocalDate commissionerConfirmedOn) {
        this.commissionerConfirmedOn = commissionerConfirmedOn;
    }

    public LocalDate getTargetConfirmedOn() {
        return targetConfirmedOn;
    }

    public void setTargetConfirmedOn(LocalDate targetConfirmedOn) {
        this.targetConfirmedOn = targetConfirmedOn;
    }

    public LocalDate getEndedOn() {
        return endedOn;
    }

    public void setEndedOn(LocalDate endedOn) {
        this.endedOn = endedOn;
    }

    public String getEndReason() {
        return endReason;
    }

    public void setEndReason(String endReason) {
        this.endReason = endReason;
    }

    public Integer getRatingYear() {
        return ratingYear;
    }

    public void setRatingYear(Integer ratingYear) {
        this.ratingYear = ratingYear;
    }

    public Integer getRatingScore() {
        return ratingScore;
    }

    public void setRatingScore(Integer ratingScore) {
        this.ratingScore = ratingScore;
    }
}
