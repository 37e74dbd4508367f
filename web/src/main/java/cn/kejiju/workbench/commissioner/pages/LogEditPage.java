package cn.kejiju.workbench.commissioner.pages;

import cn.kejiju.workbench.commissioner.Assignment;
import cn.kejiju.workbench.commissioner.AssignmentFilter;
import cn.kejiju.workbench.commissioner.AssignmentService;
import cn.kejiju.workbench.commissioner.AssignmentStatus;
import cn.kejiju.workbench.commissioner.Evidence;
import cn.kejiju.workbench.commissioner.EvidenceKind;
import cn.kejiju.workbench.commissioner.InnovationKind;
import cn.kejiju.workbench.commissioner.Introduction;
import cn.kejiju.workbench.commissioner.LogDraft;
import cn.kejiju.workbench.commissioner.LogStatus;
import cn.kejiju.workbench.commissioner.ServiceKind;
import cn.kejiju.workbench.commissioner.ServiceLog;
import cn.kejiju.workbench.commissioner.ServiceLogService;
import cn.kejiju.workbench.platform.EveryPage;
import cn.kejiju.workbench.platform.IdParameter;
import cn.kejiju.workbench.platform.PageMessages;
import cn.kejiju.workbench.platform.UploadedFileRow;
import cn.kejiju.workbench.security.Roles;
import cn.kejiju.workbench.shared.DomainException;
import cn.kejiju.workbench.shared.NotFoundException;
import jakarta.ejb.EJBException;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import org.primefaces.model.file.UploadedFile;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes a service log ({@code commissioner/log.xhtml}: saved as a draft, then its evidence attached, then
 * submitted) or shows and revises one ({@code log.xhtml?id=…}): the form with a message per field, the
 * evidence files (thumbnails of photos, PDFs opened in a new tab; upload and remove), status and rejection
 * reason, and for an approved log the introductions of varieties and technologies with their adoption.
 * The clerk edits; every other reader (the approving leader first) reads the same page without a control
 * that changes anything. The version loaded goes back with a revision.
 */
@Named
@ViewScoped
public class LogEditPage implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FORM = "logForm";
    static final String EVIDENCE_FORM = "evidenceForm";
    private static final Set<String> FIELDS = Set.of("assignmentId", "serviceDate", "kind", "days", "peopleTrained",
            "demonstrationBases", "income", "summary", "varieties", "technologies");

    @Inject
    ServiceLogService logService;

    @Inject
    AssignmentService assignmentService;

    @Inject
    PageMessages messages;

    @Inject
    SecurityContext securityContext;

    private Boolean clerk;
    private Long id;
    private boolean notFound;
    private LogRow log;
    private Form form = new Form();
    private List<SelectItem> assignmentOptions;
    private final Map<Long, Long> countyOfAssignment = new HashMap<>();
    private List<EvidenceRow> evidence = List.of();
    private List<IntroductionRow> introductions = List.of();

    private EvidenceKind evidenceKind = EvidenceKind.PHOTO;
    private transient UploadedFile file;

    private Adoption adoption = new Adoption();

    /** Loads the log named by {@code ?id=}; without an id the form starts with today's date. */
    public void load() {
        if (!notFound && id == null) {
            if (form.serviceDate == null) {
                form.serviceDate = logService.today();
            }
            return;
        }
        if (!notFound) {
            reload();
        }
        if (notFound) {
            // no such log, or another county's: the 404 page, as the other commissioner pages answer
            IdParameter.notFound();
        }
    }

    private void reload() {
        try {
            ServiceLog loaded = logService.get(id);
            log = LogRow.of(loaded);
            form = Form.of(LogDraft.of(loaded));
            countyOfAssignment.put(loaded.getAssignment().getId(), loaded.getCounty().getId());
            evidence = logService.evidence(id).stream().map(EvidenceRow::new).toList();
            introductions = loaded.getIntroductions().stream().map(IntroductionRow::new).toList();
        } catch (NotFoundException e) {
            notFound = true;
        }
    }

    /**
     * Saves the new log as a draft (its evidence is attached next), keeps a draft a draft, or revises and
     * resubmits a submitted or rejected log; a refused rule stays next to its field.
     */
    public String save() {
        try {
            ServiceLog saved = id == null
                    ? logService.saveDraft(form.toDraft())
                    : logService.revise(id, log.getVersion(), form.toDraft());
            messages.flashInfo(saved.isDraft() ? "commissioner.log.draftSaved" : "commissioner.log.saved");
            return "/commissioner/log?faces-redirect=true&id=" + saved.getId();
        } catch (DomainException | EJBException e) {
            showRefusal(e);
        }
        return null;
    }

    /**
     * Submits the draft with what the form holds; without the evidence the rule asks, the refusal stands
     * next to the evidence section's file field.
     */
    public String submit() {
        try {
            ServiceLog submitted = logService.submitDraft(id, log.getVersion(), form.toDraft());
            messages.flashInfo("commissioner.log.saved");
            return "/commissioner/log?faces-redirect=true&id=" + submitted.getId();
        } catch (DomainException | EJBException e) {
            showRefusal(e);
        }
        return null;
    }

    private void showRefusal(RuntimeException e) {
        DomainException refused = PageMessages.domainCause(e).orElseThrow(() -> e);
        if ("evidence".equals(refused.field())) {
            messages.show(refused, EVIDENCE_FORM + ":file");
            return;
        }
        String field = "introductions".equals(refused.field()) ? "varieties" : refused.field();
        messages.show(refused, field != null && FIELDS.contains(field) ? FORM + ":" + field : null);
    }

    /** Names for the chips: what was typed (a new name), then the county's known names containing it. */
    public List<String> completeVarieties(String query) {
        return complete(InnovationKind.VARIETY, query);
    }

    public List<String> completeTechnologies(String query) {
        return complete(InnovationKind.TECHNOLOGY, query);
    }

    private List<String> complete(InnovationKind kind, String query) {
        LinkedHashSet<String> names = new LinkedHashSet<>();
        String typed = query == null ? "" : query.strip();
        if (!typed.isEmpty()) {
            names.add(typed);
        }
        Long county = form.assignmentId == null ? null : countyOfAssignment.get(form.assignmentId);
        if (county != null) {
            names.addAll(logService.innovationNames(county, kind, typed));
        }
        return List.copyOf(names);
    }

    /** Attaches the chosen file; the service checks its type and size. */
    public void upload() {
        if (file == null || file.getSize() == 0) {
            messages.errorOn(EVIDENCE_FORM + ":file", "commissioner.evidence.noFile");
            return;
        }
        try {
            logService.attach(id, evidenceKind, file.getFileName(), file.getContent());
            messages.info("commissioner.evidence.uploaded", file.getFileName());
            reload();
        } catch (DomainException | EJBException e) {
            DomainException refused = PageMessages.domainCause(e).orElseThrow(() -> e);
            messages.show(refused, EVIDENCE_FORM + ":file");
        }
    }

    public void removeEvidence(long evidenceId) {
        try {
            logService.removeEvidence(evidenceId);
            messages.info("commissioner.evidence.removed");
            reload();
        } catch (DomainException | EJBException e) {
            messages.showRefusal(e, EVIDENCE_FORM, Set.of());
        }
    }

    public void startAdoption(IntroductionRow row) {
        adoption = new Adoption();
        adoption.introductionId = row.getId();
        adoption.name = row.getName();
        adoption.area = row.getArea();
        adoption.households = row.getHouseholds();
        adoption.income = row.getIncome();
        adoption.on = row.getRecordedOn() == null ? logService.today() : row.getRecordedOn();
    }

    public void recordAdoption() {
        try {
            logService.recordAdoption(adoption.introductionId, adoption.area, adoption.households, adoption.income,
                    adoption.on);
            messages.info("commissioner.introduction.adoptionSaved", adoption.name);
            reload();
        } catch (DomainException | EJBException e) {
            DomainException refused = PageMessages.domainCause(e).orElseThrow(() -> e);
            Map<String, String> inputs = Map.of("adoptedArea", "area", "adoptedHouseholds", "households",
                    "adoptionIncome", "income", "recordedOn", "on");
            String input = inputs.get(refused.field());
            messages.show(refused, input == null ? null : "adoptionForm:" + input);
        }
    }

    /** The active assignments of the caller's county: commissioner – target. */
    public List<SelectItem> getAssignmentOptions() {
        if (assignmentOptions == null) {
            List<SelectItem> options = new ArrayList<>();
            AssignmentFilter active = new AssignmentFilter(null, null, AssignmentStatus.ACTIVE, null, null, null);
            // every active assignment, not only the first page: a county may have more than one page of them
            for (Assignment a : EveryPage.all("commissioner", true, request -> assignmentService.list(active, request))) {
                countyOfAssignment.put(a.getId(), a.getCounty().getId());
                options.add(new SelectItem(a.getId(), a.getCommissioner().getName() + " – " + a.getTarget().getName()));
            }
            if (log != null && options.stream().noneMatch(o -> o.getValue().equals(log.getAssignmentId()))) {
                options.add(new SelectItem(log.getAssignmentId(), log.getCommissioner() + " – " + log.getTarget()));
            }
            assignmentOptions = options;
        }
        return assignmentOptions;
    }

    public boolean isCreating() {
        return id == null && !notFound;
    }

    /** Whether the user writes logs (the clerk); everyone else reads the page only. */
    public boolean isClerk() {
        if (clerk == null) {
            clerk = securityContext.isCallerInRole(Roles.COMMISSIONER_CLERK);
        }
        return clerk;
    }

    /** The clerk changes a new log, or one not approved yet. */
    public boolean isEditable() {
        return isClerk() && (log == null || log.getStatus() != LogStatus.APPROVED);
    }

    /** A draft, which the clerk saves again or submits. */
    public boolean isDraft() {
        return log != null && log.getStatus() == LogStatus.DRAFT;
    }

    public boolean isApproved() {
        return log != null && log.getStatus() == LogStatus.APPROVED;
    }

    public String getId() {
        return id == null ? null : id.toString();
    }

    public void setId(String text) {
        id = IdParameter.parse(text);
        notFound = IdParameter.namesNothing(text);
    }

    public boolean isNotFound() {
        return notFound;
    }

    public LogRow getLog() {
        return log;
    }

    public Form getForm() {
        return form;
    }

    public List<EvidenceRow> getEvidence() {
        return evidence;
    }

    public List<IntroductionRow> getIntroductions() {
        return introductions;
    }

    public ServiceKind[] getKinds() {
        return ServiceKind.values();
    }

    public EvidenceKind[] getEvidenceKinds() {
        return EvidenceKind.values();
    }

    public EvidenceKind getEvidenceKind() {
        return evidenceKind;
    }

    public void setEvidenceKind(EvidenceKind evidenceKind) {
        this.evidenceKind = evidenceKind;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public Adoption getAdoption() {
        return adoption;
    }

    /** What the clerk types, as the draft the service takes. */
    public static final class Form implements Serializable {

        private static final long serialVersionUID = 1L;

        private Long assignmentId;
        private LocalDate serviceDate;
        private ServiceKind kind;
        private BigDecimal days = BigDecimal.ONE;
        private Integer peopleTrained;
        private Integer demonstrationBases;
        private BigDecimal income;
        private String summary;
        private List<String> varieties = new ArrayList<>();
        private List<String> technologies = new ArrayList<>();

        static Form of(LogDraft draft) {
            Form form = new Form();
            form.assignmentId = draft.assignmentId();
            form.serviceDate = draft.serviceDate();
            form.kind = draft.kind();
            form.days = draft.days();
            form.peopleTrained = draft.peopleTrained();
            form.demonstrationBases = draft.demonstrationBases();
            form.income = draft.income();
            form.summary = draft.summary();
            form.varieties = new ArrayList<>(draft.varieties());
            form.technologies = new ArrayList<>(draft.technologies());
            return form;
        }

        LogDraft toDraft() {
            return new LogDraft(assignmentId, serviceDate, kind, days, peopleTrained, demonstrationBases, income,
                    summary, varieties, technologies);
        }

        public Long getAssignmentId() {
            return assignmentId;
        }

        public void setAssignmentId(Long assignmentId) {
            this.assignmentId = assignmentId;
        }

        public LocalDate getServiceDate() {
            return serviceDate;
        }

        public void setServiceDate(LocalDate serviceDate) {
            this.serviceDate = serviceDate;
        }

        public ServiceKind getKind() {
            return kind;
        }

        public void setKind(ServiceKind kind) {
            this.kind = kind;
        }

        public BigDecimal getDays() {
            return days;
        }

        public void setDays(BigDecimal days) {
            this.days = days;
        }

        public Integer getPeopleTrained() {
            return peopleTrained;
        }

        public void setPeopleTrained(Integer peopleTrained) {
            this.peopleTrained = peopleTrained;
        }

        public Integer getDemonstrationBases() {
            return demonstrationBases;
        }

        public void setDemonstrationBases(Integer demonstrationBases) {
            this.demonstrationBases = demonstrationBases;
        }

        public BigDecimal getIncome() {
            return income;
        }

        public void setIncome(BigDecimal income) {
            this.income = income;
        }

        public String getSummary() {
            return summary;
        }

        public void setSummary(String summary) {
            this.summary = summary;
        }

        public List<String> getVarieties() {
            return varieties;
        }

        public void setVarieties(List<String> varieties) {
            this.varieties = varieties == null ? new ArrayList<>() : new ArrayList<>(varieties);
        }

        public List<String> getTechnologies() {
            return technologies;
        }

        public void setTechnologies(List<String> technologies) {
            this.technologies = technologies == null ? new ArrayList<>() : new ArrayList<>(technologies);
        }
    }

    /** An evidence file of the log. */
    public static final class EvidenceRow extends UploadedFileRow {

        private static final long serialVersionUID = 1L;

        private final EvidenceKind kind;

        EvidenceRow(Evidence evidence) {
            super(evidence.getId(), evidence.getFileName(), evidence.getContentType(), evidence.getSize(),
                    evidence.getUploadedBy(), evidence.getUploadedAt());
            this.kind = evidence.getKind();
        }

        public EvidenceKind getKind() {
            return kind;
        }
    }

    /** One variety or technology the log introduced, with its adoption if recorded. */
    public static final class IntroductionRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private final long id;
        private final InnovationKind kind;
        private final String name;
        private final BigDecimal area;
        private final Integer households;
        private final BigDecimal income;
        private final LocalDate recordedOn;

        IntroductionRow(Introduction introduction) {
            this.id = introduction.getId();
            this.kind = introduction.getInnovation().getKind();
            this.name = introduction.getInnovation().getName();
            this.area = introduction.adoptedArea().orElse(null);
            this.households = introduction.adoptedHouseholds().orElse(null);
            this.income = introduction.adoptionIncome().orElse(null);
            this.recordedOn = introduction.adoptionRecordedOn().orElse(null);
        }

        public long getId() {
            return id;
        }

        public InnovationKind getKind() {
            return kind;
        }

        public String getName() {
            return name;
        }

        public BigDecimal getArea() {
            return area;
        }

        public Integer getHouseholds() {
            return households;
        }

        public BigDecimal getIncome() {
            return income;
        }

        public LocalDate getRecordedOn() {
            return recordedOn;
        }
    }

    /** The adoption dialog's fields. */
    public static final class Adoption implements Serializable {

        private static final long serialVersionUID = 1L;

        private Long introductionId;
        private String name;
        private BigDecimal area;
        private Integer households;
        private BigDecimal income;
        private LocalDate on;

        public String getName() {
            return name;
        }

        public BigDecimal getArea() {
            return area;
        }

        public void setArea(BigDecimal area) {
            this.area = area;
        }

        public Integer getHouseholds() {
            return households;
        }

        public void setHouseholds(Integer households) {
            this.households = households;
        }

        public BigDecimal getIncome() {
            return income;
        }

        public void setIncome(BigDecimal income) {
            this.income = income;
        }

        public LocalDate getOn() {
            return on;
        }

        public void setOn(LocalDate on) {
            this.on = on;
        }
    }
}
