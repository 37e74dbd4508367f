package cn.kejiju.workbench.project.pages;

import cn.kejiju.workbench.financing.Yuan;
import cn.kejiju.workbench.platform.IdParameter;
import cn.kejiju.workbench.platform.PageMessages;
import cn.kejiju.workbench.project.AcceptanceResult;
import cn.kejiju.workbench.project.PlanMilestone;
import cn.kejiju.workbench.project.PlanObjection;
import cn.kejiju.workbench.project.PlanProject;
import cn.kejiju.workbench.project.PlanService;
import cn.kejiju.workbench.project.PlanStatus;
import cn.kejiju.workbench.review.ReviewStanding;
import cn.kejiju.workbench.review.Reviewer;
import cn.kejiju.workbench.shared.DomainException;
import cn.kejiju.workbench.shared.NotFoundException;
import cn.kejiju.workbench.shared.RuleViolationException;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.file.UploadedFile;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A project of the county plan ({@code project/county-plan-project.xhtml?id=…}): its whole story from the
 * application to 结题. The project clerk attaches its documents while it is a draft and submits it, assigns the
 * experts, records objections, 立项, the contract with its milestones, tranches, the mid-term check and the
 * acceptance; the leader sees the review's result, the call's ranking and budget and the documents, decides
 * (confirmed first) and settles objections. Refusals are shown next to the field.
 */
@Named
@ViewScoped
public class PlanProjectPage implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Set<String> FIELDS = Set.of("reviewerIds", "grant", "note", "reason", "receivedOn",
            "objector", "content", "answer", "on", "midTermDue", "acceptanceDue", "milestones", "amount", "paidOn",
            "result", "experts", "status", "file");

    @Inject
    PlanService planService;

    @Inject
    PageMessages messages;

    private Long id;
    private PlanService.PlanDetail detail;
    private ReviewStanding standing;
    private List<PlanService.Ranked> ranking = List.of();
    private PlanService.BudgetState budget;
    private List<Reviewer> candidates = List.of();
    private List<DocumentRow> documents = List.of();

    private transient UploadedFile file;

    private List<Long> reviewerIds = new ArrayList<>();
    private boolean fund = true;
    private BigDecimal grant;
    private String note;
    private String reason;
    private LocalDate on;
    private String objector;
    private String content;
    private int objectionIndex;
    private boolean upheld;
    private String answer;
    private LocalDate midTermDue;
    private LocalDate acceptanceDue;
    private String milestones;
    private int milestoneIndex;
    private BigDecimal amount;
    private AcceptanceResult result;
    private String experts;

    public void load() {
        if (id == null) {
            IdParameter.notFound();
            return;
        }
        try {
            detail = planService.detail(id);
            PlanProject p = detail.project();
            standing = planService.standing(id).orElse(null);
            if (standing != null) {
                ranking = planService.ranking(p.getCall().getId(), p.getCounty().getId());
            }
            budget = planService.budget(p.getCall().getId());
            documents = DocumentRow.of(planService.documents(id));
            if (p.getStatus() == PlanStatus.SUBMITTED || p.getStatus() == PlanStatus.UNDER_REVIEW) {
                candidates = planService.reviewers(id);
            }
            on = planService.today();
            grant = p.getBudget().getRequested().min(p.getCall().getCapPerProject());
        } catch (NotFoundException e) {
            IdParameter.notFound();
        }
    }

    private long version() {
        return detail.project().getVersion();
    }

    private String reload(String key, Object... arguments) {
        messages.flashInfo(key, arguments);
        return "/project/county-plan-project?faces-redirect=true&id=" + id;
    }

    private String refused(RuntimeException e, String form) {
        messages.showRefusal(e, form, FIELDS);
        return null;
    }

    public String submit() {
        try {
            planService.submit(id, version());
            return reload("plan.submitted", detail.project().getTitle());
        } catch (DomainException | EJBException e) {
            return refused(e, "actions");
        }
    }

    /** Attaches the chosen document while the application is a draft; the service checks its type and size. */
    public String upload() {
        return DocumentsForm.upload(file, messages, FIELDS, (name, bytes) -> planService.attach(id, name, bytes))
                ? reload("project.document.uploaded", file.getFileName()) : null;
    }

    public String removeDocument(long documentId) {
        return DocumentsForm.remove(messages, FIELDS, () -> planService.removeDocument(id, documentId))
                ? reload("project.document.removed") : null;
    }

    public String assign() {
        try {
            planService.assignReviewers(id, version(), reviewerIds);
            return reload("plan.reviewersAssigned", reviewerIds.size());
        } catch (DomainException | EJBException e) {
            return refused(e, "reviewersForm");
        }
    }

    public String decide() {
        try {
            if (fund) {
                planService.approve(id, version(), grant, note);
                return reload("plan.approved", detail.project().getTitle());
            }
            planService.reject(id, version(), reason);
            return reload("plan.rejected", detail.project().getTitle());
        } catch (DomainException | EJBException e) {
            return refused(e, "decisionForm");
        }
    }

    public String object() {
        try {
            planService.object(id, version(), on, objector, content);
            return reload("plan.objectionRecorded");
        } catch (DomainException | EJBException e) {
            return refused(e, "objectionForm");
        }
    }

    public void prepareSettlement(int index) {
        this.objectionIndex = index;
        this.upheld = false;
        this.answer = null;
    }

    public String settle() {
        try {
            planService.settleObjection(id, version(), objectionIndex, upheld, answer);
            return reload(upheld ? "plan.objectionUpheld" : "plan.objectionDismissed");
        } catch (DomainException | EJBException e) {
            return refused(e, "settleForm");
        }
    }

    public String establish() {
        try {
            planService.establish(id, version());
            return reload("plan.established", detail.project().getTitle());
        } catch (DomainException | EJBException e) {
            return refused(e, "actions");
        }
    }

    /** The contract: one milestone a line, "yyyy-MM-dd description". */
    public String contract() {
        try {
            planService.contract(id, version(), on, midTermDue, acceptanceDue, parseMilestones());
            return reload("plan.contracted");
        } catch (DomainException | EJBException e) {
            return refused(e, "contractForm");
        }
    }

    private List<PlanMilestone> parseMilestones() {
        List<PlanMilestone> planned = new ArrayList<>();
        if (milestones == null) {
            return planned;
        }
        for (String line : milestones.split("\\R")) {
            String text = line.strip();
            if (text.isEmpty()) {
                continue;
            }
            String[] parts = text.split("\\s+", 2);
            try {
                planned.add(new PlanMilestone(parts.length > 1 ? parts[1] : null, LocalDate.parse(parts[0])));
            } catch (DateTimeParseException e) {
                throw new RuleViolationException("project.plan.milestoneLine", "milestones", text);
            }
        }
        return planned;
    }

    public String milestoneDone(int index) {
        try {
            planService.milestoneDone(id, version(), index, planService.today());
            return reload("plan.milestoneDone");
        } catch (DomainException | EJBException e) {
            return refused(e, "milestonesForm");
        }
    }

    public String pay() {
        try {
            planService.pay(id, version(), on, amount, note);
            return reload("plan.paid", amount == null ? "" : amount.toPlainString());
        } catch (DomainException | EJBException e) {
            return refused(e, "trancheForm");
        }
    }

    public String midTerm() {
        try {
            planService.midTerm(id, version(), on, note);
            return reload("plan.midTermChecked");
        } catch (DomainException | EJBException e) {
            return refused(e, "midTermForm");
        }
    }

    public String accept() {
        try {
            planService.accept(id, version(), on, result, experts, note, acceptanceDue);
            return reload("plan.accepted");
        } catch (DomainException | EJBException e) {
            return refused(e, "acceptanceForm");
        }
    }

    public String close() {
        try {
            planService.close(id, version(), on, note);
            return reload("plan.closed");
        } catch (DomainException | EJBException e) {
            return refused(e, "actions");
        }
    }

    public PlanProject getProject() {
        return detail == null ? null : detail.project();
    }

    public PlanService.PlanDetail getDetail() {
        return detail;
    }

    public ReviewStanding getStanding() {
        return standing;
    }

    public List<PlanService.Ranked> getRanking() {
        return ranking;
    }

    public PlanService.BudgetState getBudget() {
        return budget;
    }

    public List<DocumentRow> getDocuments() {
        return documents;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public List<Reviewer> getCandidates() {
        return candidates;
    }

    public String wan(BigDecimal yuan) {
        return yuan == null ? "—" : Yuan.formatWan(yuan);
    }

    public boolean inStatus(String status) {
        return detail != null && detail.project().getStatus().name().equals(status);
    }

    public boolean isUnderContract() {
        return detail != null && detail.project().getStatus().underContract();
    }

    public boolean isPayable() {
        return detail != null && detail.project().getStatus().payable();
    }

    public boolean isPending(PlanObjection objection) {
        return objection.getOutcome() == PlanObjection.Outcome.PENDING;
    }

    public AcceptanceResult[] getResults() {
        return AcceptanceResult.values();
    }

    public String getId() {
        return id == null ? null : id.toString();
    }

    public void setId(String text) {
        id = IdParameter.parse(text);
    }

    public List<Long> getReviewerIds() {
        return reviewerIds;
    }

    public void setReviewerIds(List<Long> reviewerIds) {
        this.reviewerIds = reviewerIds;
    }

    public boolean isFund() {
        return fund;
    }

    public void setFund(boolean fund) {
        this.fund = fund;
    }

    public BigDecimal getGrant() {
        return grant;
    }

    public void setGrant(BigDecimal grant) {
        this.grant = grant;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public LocalDate getOn() {
        return on;
    }

    public void setOn(LocalDate on) {
        this.on = on;
    }

    public String getObjector() {
        return objector;
    }

    public void setObjector(String objector) {
        this.objector = objector;
    }

    public String getContent() {
        return content;
    }

    public void setContent(String content) {
        this.content = content;
    }

    public int getObjectionIndex() {
        return objectionIndex;
    }

    public void setObjectionIndex(int objectionIndex) {
        this.objectionIndex = objectionIndex;
    }

    public boolean isUpheld() {
        return upheld;
    }

    public void setUpheld(boolean upheld) {
        this.upheld = upheld;
    }

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
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

    public String getMilestones() {
        return milestones;
    }

    public void setMilestones(String milestones) {
        this.milestones = milestones;
    }

    public int getMilestoneIndex() {
        return milestoneIndex;
    }

    public void setMilestoneIndex(int milestoneIndex) {
        this.milestoneIndex = milestoneIndex;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public AcceptanceResult getResult() {
        return result;
    }

    public void setResult(AcceptanceResult result) {
        this.result = result;
    }

    public String getExperts() {
        return experts;
    }

    public void setExperts(String experts) {
        this.experts = experts;
    }
}
