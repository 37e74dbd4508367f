package cn.kejiju.workbench.commissioner.pages;

import cn.kejiju.workbench.commissioner.Assignment;
import cn.kejiju.workbench.commissioner.Candidate;
import cn.kejiju.workbench.commissioner.CommissionerService;
import cn.kejiju.workbench.commissioner.Demand;
import cn.kejiju.workbench.commissioner.DemandDraft;
import cn.kejiju.workbench.commissioner.DemandService;
import cn.kejiju.workbench.commissioner.ServiceField;
import cn.kejiju.workbench.commissioner.TargetKind;
import cn.kejiju.workbench.platform.IdParameter;
import cn.kejiju.workbench.platform.PageMessages;
import cn.kejiju.workbench.shared.DomainException;
import cn.kejiju.workbench.shared.NotFoundException;
import jakarta.ejb.EJBException;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * One demand ({@code commissioner/demand.xhtml}). Without {@code ?id=} the clerk posts a new one for a
 * target (field, problem). With an id an open demand shows the ranked candidates (matching field,
 * specialty named in the problem, current load against the cap; full ones greyed) and dispatches one
 * with a period and goals, which lands on the new assignment; or the demand is withdrawn.
 */
@Named
@ViewScoped
public class DemandPage implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String POST_FORM = "postForm";
    static final String DISPATCH_FORM = "dispatchForm";

    @Inject
    DemandService demandService;

    @Inject
    CommissionerService commissionerService;

    @Inject
    MasterDataOptions options;

    @Inject
    PageMessages messages;

    private Long id;
    private boolean loaded;
    private DemandRow demand;
    private List<CandidateRow> candidates = List.of();

    private TargetKind targetKind;
    private Long targetId;
    private ServiceField field;
    private String problem;
    private LocalDate postedOn;

    private LocalDate startDate;
    private LocalDate endDate;
    private String goals;

    private List<SelectItem> targetOptions;
    private TargetKind targetOptionsKind;

    /** Loads the demand of {@code ?id=} with its candidates, or prepares a new one; another county's answers 404. */
    public void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        LocalDate today = commissionerService.today();
        if (id == null) {
            postedOn = today;
            return;
        }
        try {
            demand = new DemandRow(demandService.get(id));
            if (demand.isOpen()) {
                candidates = demandService.candidates(id).stream().map(CandidateRow::new).toList();
            }
            startDate = demand.getPostedOn().isAfter(today) ? demand.getPostedOn() : today;
            endDate = startDate.plusYears(1).minusDays(1);
            goals = demand.getProblem();
        } catch (NotFoundException e) {
            IdParameter.notFound();
        }
    }

    /** Posts the demand and shows it with its candidates. */
    public String post() {
        try {
            Demand posted = demandService.post(new DemandDraft(targetKind, targetId, field, problem, postedOn));
            messages.flashInfo("commissioner.demand.posted", posted.getTarget().getName());
            return "/commissioner/demand?faces-redirect=true&id=" + posted.getId();
        } catch (DomainException | EJBException e) {
            messages.showRefusal(e, POST_FORM, Set.of("targetKind", "targetId", "field", "problem", "postedOn"));
        }
        return null;
    }

    /** Dispatches the candidate: opens the assignment for the demand's target and shows it. */
    public String dispatch(long commissionerId) {
        try {
            Assignment assignment = demandService.dispatch(id, demand.getVersion(), commissionerId, startDate, endDate,
                    goals);
            messages.flashInfo("commissioner.demand.dispatched", assignment.getCommissioner().getName(),
                    assignment.getTarget().getName());
            return "/commissioner/assignment?faces-redirect=true&id=" + assignment.getId();
        } catch (DomainException | EJBException e) {
            messages.showRefusal(e, DISPATCH_FORM, Set.of("startDate", "endDate", "goals"));
        }
        return null;
    }

    /** Withdraws the open demand. */
    public String withdraw() {
        try {
            demandService.withdraw(id, demand.getVersion());
            messages.flashInfo("commissioner.demand.withdrawn");
            return "/commissioner/demand?faces-redirect=true&id=" + id;
        } catch (DomainException | EJBException e) {
            messages.showRefusal(e, DISPATCH_FORM, Set.of());
        }
        return null;
    }

    public void targetKindChanged() {
        targetId = null;
    }

    public List<SelectItem> getTargetOptions() {
        if (targetOptions == null || targetOptionsKind != targetKind) {
            targetOptions = options.targets(targetKind);
            targetOptionsKind = targetKind;
        }
        return targetOptions;
    }

    public boolean isCreating() {
        return id == null;
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

    public DemandRow getDemand() {
        return demand;
    }

    public List<CandidateRow> getCandidates() {
        return candidates;
    }

    public TargetKind[] getTargetKinds() {
        return TargetKind.values();
    }

    public ServiceField[] getFields() {
        return ServiceField.values();
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

    public ServiceField getField() {
        return field;
    }

    public void setField(ServiceField field) {
        this.field = field;
    }

    public String getProblem() {
        return problem;
    }

    public void setProblem(String problem) {
        this.problem = problem;
    }

    public LocalDate getPostedOn() {
        return postedOn;
    }

    public void setPostedOn(LocalDate postedOn) {
        this.postedOn = postedOn;
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

    /** A ranked candidate as shown. */
    public static final class CandidateRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private final long id;
        private final String name;
        private final ServiceField field;
        private final List<String> specialties;
        private final boolean fieldMatches;
        private final boolean specialtyMatches;
        private final long load;
        private final int maxLoad;
        private final boolean full;

        CandidateRow(Candidate candidate) {
            this.id = candidate.commissioner().getId();
            this.name = candidate.commissioner().getName();
            this.field = candidate.commissioner().getField();
            this.specialties = List.copyOf(candidate.commissioner().getSpecialties());
            this.fieldMatches = candidate.fieldMatches();
            this.specialtyMatches = candidate.specialtyMatches();
            this.load = candidate.load();
            this.maxLoad = candidate.maxLoad();
            this.full = candidate.isFull();
        }

        public long getId() {
            return id;
        }

        public String getName() {
            return name;
        }

        public ServiceField getField() {
            return field;
        }

        public String getSpecialties() {
            return String.join("、", specialties);
        }

        public boolean isFieldMatches() {
            return fieldMatches;
        }

        public boolean isSpecialtyMatches() {
            return specialtyMatches;
        }

        public long getLoad() {
            return load;
        }

        public int getMaxLoad() {
            return maxLoad;
        }

        public boolean isFull() {
            return full;
        }
    }
}
