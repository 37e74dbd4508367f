package cn.kejiju.workbench.financing.pages;

import cn.kejiju.workbench.financing.ApplicationService;
import cn.kejiju.workbench.financing.CounterGuarantee;
import cn.kejiju.workbench.financing.CounterGuaranteeKind;
import cn.kejiju.workbench.financing.DecisionDraft;
import cn.kejiju.workbench.financing.Outcome;
import cn.kejiju.workbench.financing.PartnerService;
import cn.kejiju.workbench.financing.Vote;
import cn.kejiju.workbench.platform.IdParameter;
import cn.kejiju.workbench.platform.PageMessages;
import cn.kejiju.workbench.shared.DomainException;
import cn.kejiju.workbench.shared.NotFoundException;
import jakarta.ejb.EJBException;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.file.UploadedFile;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A financing application ({@code financing/application.xhtml?id=…}): its whole story from submission to
 * decision. The financing clerk runs the due diligence (notes, files), hands it to the committee (confirmed
 * first), records the members' opinions and prepares the decision; a leader opens the approval dialog, which
 * shows what is approved — terms, counter-guarantees, files and the limits as they stand — and approves or
 * rejects (each confirmed first). A refused rule (a limit, maker-checker) is shown in the dialog.
 */
@Named
@ViewScoped
public class ApplicationDetailPage implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Set<String> FIELDS = Set.of("diligenceNotes", "member", "vote", "remark", "outcome",
            "reasons", "cooperationId", "guaranteeAmount", "feeRate", "startDate", "endDate", "file");

    @Inject
    ApplicationService applicationService;

    @Inject
    PartnerService partnerService;

    @Inject
    PageMessages messages;

    private Long id;
    private ApplicationView application;

    private String notes;
    private transient UploadedFile file;
    private String member;
    private Vote vote;
    private String remark;

    private Outcome outcome = Outcome.APPROVE;
    private String reasons;
    private Long cooperationId;
    private BigDecimal guaranteeAmount;
    private BigDecimal feeRate;
    private LocalDate startDate;
    private LocalDate endDate;
    private List<CounterInput> counters = new ArrayList<>();
    private List<SelectItem> cooperations = List.of();

    private String rejectReasons;

    public void load() {
        if (id == null) {
            IdParameter.notFound();
            return;
        }
        try {
            refresh();
            notes = application.getNotes();
        } catch (NotFoundException e) {
            IdParameter.notFound();
        }
    }

    private void refresh() {
        ApplicationService.ApplicationDetail detail = applicationService.detail(id);
        application = new ApplicationView(detail, applicationService.files(id),
                detail.guarantee() == null ? List.of() : applicationService.limits(id));
    }

    private String reload(String key, Object argument) {
        messages.flashInfo(key, argument);
        return "/financing/application?faces-redirect=true&id=" + id;
    }

    public String startDiligence() {
        return step(() -> applicationService.startDiligence(id, application.getVersion()), "actions");
    }

    public String saveNotes() {
        return step(() -> applicationService.recordDiligence(id, application.getVersion(), notes), "diligenceForm");
    }

    public String toCommittee() {
        return step(() -> applicationService.toCommittee(id, application.getVersion()), "actions");
    }

    public String addOpinion() {
        return step(() -> applicationService.addOpinion(id, application.getVersion(), member == null ? "" : member,
                vote, remark), "opinionForm");
    }

    private String step(Runnable action, String form) {
        try {
            action.run();
            return reload("financing.application.stepDone", application.getEnterprise());
        } catch (DomainException | EJBException e) {
            messages.showRefusal(e, form, FIELDS);
        }
        return null;
    }

    /** Attaches the chosen file; the service checks its type and size. */
    public String upload() {
        if (file == null || file.getSize() == 0) {
            messages.errorOn("diligenceForm:file", "financing.file.noFile");
            return null;
        }
        try {
            applicationService.attach(id, file.getFileName(), file.getContent());
            return reload("financing.file.uploaded", file.getFileName());
        } catch (DomainException | EJBException e) {
            messages.showRefusal(e, "diligenceForm", FIELDS);
        }
        return null;
    }

    public String removeFile(long fileId) {
        try {
            applicationService.removeFile(id, fileId);
            return reload("financing.application.stepDone", application.getEnterprise());
        } catch (DomainException | EJBException e) {
            messages.showRefusal(e, "diligenceForm", FIELDS);
        }
        return null;
    }

    /** Opens the prepare-decision dialog: the guarantee company's agreements, the amount applied for. */
    public void openPrepare() {
        outcome = Outcome.APPROVE;
        guaranteeAmount = application.getAmount();
        startDate = applicationService.today();
        endDate = startDate.plusMonths(application.getTermMonths()).minusDays(1);
        counters = new ArrayList<>(List.of(new CounterInput()));
        cooperations = partnerService.cooperations(application.getGuarantorId()).stream()
                .map(c -> new SelectItem(c.cooperation().getId(), c.cooperation().getCounterparty().getName() + " "
                        + c.cooperation().getValidFrom() + " – " + c.cooperation().getValidTo())).toList();
    }

    public void addCounter() {
        counters.add(new CounterInput());
    }

    public String prepare() {
        try {
            List<CounterGuarantee> given = counters.stream().filter(c -> c.getKind() != null)
                    .map(c -> new CounterGuarantee(c.getKind(), c.getDescription(), c.getValue())).toList();
            applicationService.prepare(id, application.getVersion(), new DecisionDraft(outcome, reasons, cooperationId,
                    guaranteeAmount, feeRate, startDate, endDate, given));
            return reload("financing.application.stepDone", application.getEnterprise());
        } catch (DomainException | EJBException e) {
            messages.showRefusal(e, "prepareForm", FIELDS);
        }
        return null;
    }

    public void openApproval() {
        rejectReasons = null;
        refresh();
    }

    public String approve() {
        try {
            applicationService.approve(id, application.getVersion());
            messages.flashInfo("financing.application.approved", application.getEnterprise());
            return "/financing/application?faces-redirect=true&id=" + id;
        } catch (DomainException | EJBException e) {
            messages.showRefusal(e, "approveForm", Set.of("reasons"));
        }
        return null;
    }

    public String reject() {
        try {
            applicationService.reject(id, application.getVersion(), rejectReasons);
            messages.flashInfo("financing.application.rejected", application.getEnterprise());
            return "/financing/application?faces-redirect=true&id=" + id;
        } catch (DomainException | EJBException e) {
            messages.showRefusal(e, "approveForm", Set.of("reasons"));
        }
        return null;
    }

    public String getId() {
        return id == null ? null : id.toString();
    }

    public void setId(String text) {
        id = IdParameter.parse(text);
    }

    public ApplicationView getApplication() {
        return application;
    }

    public Vote[] getVotes() {
        return Vote.values();
    }

    public Outcome[] getOutcomes() {
        return Outcome.values();
    }

    public CounterGuaranteeKind[] getCounterKinds() {
        return CounterGuaranteeKind.values();
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public String getMember() {
        return member;
    }

    public void setMember(String member) {
        this.member = member;
    }

    public Vote getVote() {
        return vote;
    }

    public void setVote(Vote vote) {
        this.vote = vote;
    }

    public String getRemark() {
        return remark;
    }

    public void setRemark(String remark) {
        this.remark = remark;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public void setOutcome(Outcome outcome) {
        this.outcome = outcome;
    }

    public String getReasons() {
        return reasons;
    }

    public void setReasons(String reasons) {
        this.reasons = reasons;
    }

    public Long getCooperationId() {
        return cooperationId;
    }

    public void setCooperationId(Long cooperationId) {
        this.cooperationId = cooperationId;
    }

    public BigDecimal getGuaranteeAmount() {
        return guaranteeAmount;
    }

    public void setGuaranteeAmount(BigDecimal guaranteeAmount) {
        this.guaranteeAmount = guaranteeAmount;
    }

    public BigDecimal getFeeRate() {
        return feeRate;
    }

    public void setFeeRate(BigDecimal feeRate) {
        this.feeRate = feeRate;
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

    public List<CounterInput> getCounters() {
        return counters;
    }

    public List<SelectItem> getCooperations() {
        return cooperations;
    }

    public String getRejectReasons() {
        return rejectReasons;
    }

    public void setRejectReasons(String rejectReasons) {
        this.rejectReasons = rejectReasons;
    }
}
