package cn.kejiju.workbench.project;

import cn.kejiju.workbench.enterprise.Enterprise;
import cn.kejiju.workbench.financing.Yuan;
import cn.kejiju.workbench.jurisdiction.Jurisdiction;
import cn.kejiju.workbench.shared.ClerkInput;
import cn.kejiju.workbench.shared.RuleViolationException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static cn.kejiju.workbench.project.PathGuards.requireNotFuture;

/**
 * A project of the county's own plan (区/县级科技计划): an application of an enterprise or unit to a call of a
 * county-level programme, its expert review (the review context), the leader's decision — 拟立项 with a grant
 * (at most requested, the call's cap and what is left of the call's budget) or 不予立项 with the reason, never by
 * whoever prepared or submitted it — the public notice (立项公示) of some working days with the objections
 * received (one upheld withdraws the grant), 立项 once the notice has ended, the contract with its milestones,
 * tranches paid (never more than the grant), the mid-term check, the acceptance by experts and 结题. It belongs to
 * the county of its applicant.
 */
@Entity
@Table(name = "plan_project")
public class PlanProject implements DocumentOwner {

    public static final String REVIEW_KIND = "COUNTY_PLAN";
    public static final int TITLE_MAX = 200;
    public static final int FIELD_MAX = 40;
    public static final int REASON_MAX = 1000;
    public static final int EXPERTS_MAX = 300;
    public static final int MILESTONES_MAX = 12;
    public static final int OBJECTIONS_MAX = 30;
    public static final int TRANCHES_MAX = 20;
    public static final int NOTICE_DAYS_MAX = 30;

    @Id
    @SequenceGenerator(name = "plan_project_seq", sequenceName = "plan_project_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plan_project_seq")
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "call_id", nullable = false)
    private ProgrammeCall call;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "lead_id", nullable = false)
    private Enterprise lead;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "county_id", nullable = false)
    private Jurisdiction county;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Column(name = "tech_field", nullable = false, length = FIELD_MAX)
    private String field;

    @Embedded
    private ProjectBudget budget;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PlanStatus status;

    @Column(name = "call_year", nullable = false)
    private int year;

    @Column(name = "created_by", nullable = false, length = 50)
    private String createdBy;

    @Column(name = "revised_by", nullable = false, length = 50)
    private String revisedBy;

    @Column(name = "submitted_by", length = 50)
    private String submittedBy;

    @Column(name = "submitted_on")
    private LocalDate submittedOn;

    @Column(name = "review_id")
    private Long reviewId;

    @Column(name = "granted", precision = 19, scale = 2)
    private BigDecimal grant;

    @Column(name = "decided_by", length = 50)
    private String decidedBy;

    @Column(name = "decided_on")
    private LocalDate decidedOn;

    @Column(name = "decision_reason", length = REASON_MAX)
    private String decisionReason;

    @Column(name = "notice_starts")
    private LocalDate noticeStarts;

    @Column(name = "notice_ends")
    private LocalDate noticeEnds;

    @Column(name = "established_on")
    private LocalDate establishedOn;

    @Column(name = "mid_term_due")
    private LocalDate midTermDue;

    @Column(name = "acceptance_due")
    private LocalDate acceptanceDue;

    /** The earliest due day still open under the contract (milestone, mid-term, acceptance): the overdue flag's. */
    @Column(name = "next_due")
    private LocalDate nextDue;

    @Column(name = "acceptance_experts", length = EXPERTS_MAX)
    private String acceptanceExperts;

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal paid = BigDecimal.ZERO.setScale(2);

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @ElementCollection
    @CollectionTable(name = "plan_event", joinColumns = @JoinColumn(name = "project_id"))
    @OrderColumn(name = "position")
    private List<PlanEvent> events = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "plan_milestone", joinColumns = @JoinColumn(name = "project_id"))
    @OrderColumn(name = "position")
    private List<PlanMilestone> milestones = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "plan_objection", joinColumns = @JoinColumn(name = "project_id"))
    @OrderColumn(name = "position")
    private List<PlanObjection> objections = new ArrayList<>();

    protected PlanProject() {
        // for JPA
    }

    /** A new application (草稿) to a county-level call that has not closed, asking for no more than the cap. */
    public PlanProject(ProgrammeCall call, Enterprise lead, String title, String field, ProjectBudget budget,
                       String by, Clock clock) {
        this.status = PlanStatus.DRAFT;
        this.createdBy = by;
        apply(call, lead, title, field, budget, by, clock);
    }

    /** Changes the application while it is a draft. */
    public void revise(ProgrammeCall call, Enterprise lead, String title, String field, ProjectBudget budget,
                       String by, Clock clock) {
        requireStatus("status", PlanStatus.DRAFT);
        apply(call, lead, title, field, budget, by, clock);
    }

    private void apply(ProgrammeCall chosen, Enterprise applicant, String name, String techField, ProjectBudget asked,
                       String by, Clock clock) {
        ClerkInput.present(chosen, "callId");
        if (chosen.getProgramme().getLevel() != ProgrammeLevel.COUNTY) {
            throw new RuleViolationException("project.plan.notCountyCall", "callId");
        }
        if (chosen.closedOn(LocalDate.now(clock))) {
            throw new RuleViolationException("project.call.closed", "callId", chosen.getClosesOn());
        }
        ClerkInput.present(applicant, "leadId");
        ClerkInput.present(asked, "total");
        chosen.requireWithinCap(asked.getRequested(), "requested");
        this.call = chosen;
        this.year = chosen.getYear();
        this.lead = applicant;
        this.county = applicant.getCounty();
        this.title = ClerkInput.required(name, "title", TITLE_MAX);
        this.field = ClerkInput.required(techField, "field", FIELD_MAX);
        this.budget = asked;
        this.revisedBy = by;
        this.updatedAt = LocalDateTime.now(clock);
    }

    /** Submits the application (申报) while the call is open. */
    public void submit(String by, Clock clock) {
        LocalDate today = LocalDate.now(clock);
        if (call.closedOn(today)) {
            throw new RuleViolationException("project.call.closed", "status", call.getClosesOn());
        }
        move(PlanStatus.SUBMITTED, today, null, by, clock);
        this.submittedBy = by;
        this.submittedOn = today;
    }

    /** Reviewers were assigned: the expert review (评审) is under way (more may be added while it is). */
    public void reviewOpened(long review, String by, Clock clock) {
        requireStatus("reviewerIds", PlanStatus.SUBMITTED, PlanStatus.UNDER_REVIEW);
        this.reviewId = review;
        if (status == PlanStatus.SUBMITTED) {
            move(PlanStatus.UNDER_REVIEW, LocalDate.now(clock), null, by, clock);
        }
    }

    /** Every reviewer has scored or declined: the project awaits the leader's decision. */
    public void reviewed(Clock clock) {
        move(PlanStatus.REVIEWED, LocalDate.now(clock), null, "system", clock);
    }

    /**
     * Whether documents may be attached or removed: while the application is a draft, so that the experts and
     * the leader judge what was submitted.
     */
    @Override
    public void requireFilesChangeable() {
        if (status != PlanStatus.DRAFT) {
            throw new RuleViolationException("project.plan.documentsLocked", "file");
        }
    }

    @Override
    public String documentOwnerReference() {
        return "county-plan project " + id;
    }

    /** Whether {@code who} created, revised or submitted the application, and so may not decide it. */
    public boolean preparedBy(String who) {
        return who != null && (who.equals(createdBy) || who.equals(revisedBy) || who.equals(submittedBy));
    }

    /**
     * The leader's decision to fund (拟立项): a grant of at most the amount requested, the call's cap and the budget's
     * headroom given the grants already held ({@code committed}); the public notice starts today and lasts
     * {@code noticeDays} working days.
     */
    public void approve(BigDecimal granted, BigDecimal committed, int noticeDays, WorkingDays days, String note,
                        String by, Clock clock) {
        requireDecidable(PlanStatus.IN_NOTICE, by);
        if (noticeDays < 1 || noticeDays > NOTICE_DAYS_MAX) {
            throw new RuleViolationException("project.plan.noticeDays", "noticeDays", 1, NOTICE_DAYS_MAX);
        }
        BigDecimal checked = PlanBudget.checkGrant(granted, budget.getRequested(), call, committed);
        LocalDate today = LocalDate.now(clock);
        this.grant = checked;
        this.decidedBy = by;
        this.decidedOn = today;
        this.decisionReason = ClerkInput.optional(note, "note", REASON_MAX);
        this.noticeStarts = today;
        this.noticeEnds = days.lastDay(today, noticeDays);
        move(PlanStatus.IN_NOTICE, today, "grant " + Yuan.plain(checked) + ", notice until " + noticeEnds, by, clock);
    }

    /** The leader's decision not to fund (不予立项), with the reason. */
    public void reject(String reason, String by, Clock clock) {
        requireDecidable(PlanStatus.REJECTED, by);
        String why = ClerkInput.required(reason, "reason", REASON_MAX);
        LocalDate today = LocalDate.now(clock);
        this.decidedBy = by;
        this.decidedOn = today;
        this.decisionReason = why;
        move(PlanStatus.REJECTED, today, why, by, clock);
    }

    private void requireDecidable(PlanStatus target, String by) {
        requireStatus("status", PlanStatus.REVIEWED);
        if (preparedBy(by)) {
            throw new RuleViolationException("project.plan.ownPreparation", "status");
        }
        if (!status.canMoveTo(target)) {
            throw new RuleViolationException("project.application.stepNotAllowed", "status", status.name(),
                    target.name());
        }
    }

    /** Records an objection received during the public notice (not before it started, not after it ended). */
    public void object(LocalDate receivedOn, String objector, String content, String by, Clock clock) {
        requireStatus("content", PlanStatus.IN_NOTICE);
        LocalDate day = ClerkInput.present(receivedOn, "receivedOn");
        requireNotFuture(day, "receivedOn", clock);
        if (day.isBefore(noticeStarts) || day.isAfter(noticeEnds)) {
            throw new RuleViolationException("project.plan.objectionOutsideNotice", "receivedOn", noticeStarts,
                    noticeEnds);
        }
        if (objections.size() >= OBJECTIONS_MAX) {
            throw new RuleViolationException("project.plan.objectionsMax", "content", OBJECTIONS_MAX);
        }
        PlanObjection objection = new PlanObjection(day, ClerkInput.required(objector, "objector",
                PlanObjection.OBJECTOR_MAX), ClerkInput.required(content, "content", PlanObjection.CONTENT_MAX), by);
        objections.add(objection);
        this.updatedAt = LocalDateTime.now(clock);
        events.add(new PlanEvent(status, day, null, "异议 · " + objection.getObjector() + "：" + objection.getContent(),
                by, updatedAt));
    }

    /**
     * Settles a pending objection with the bureau's answer: upheld, the decision to fund is withdrawn (撤销) and the
     * grant goes back to the plan's budget; dismissed, the notice runs on.
     */
    public void settleObjection(int index, boolean upheld, String answer, String by, Clock clock) {
        requireStatus("outcome", PlanStatus.IN_NOTICE);
        if (index < 0 || index >= objections.size()) {
            throw new RuleViolationException("project.plan.objectionUnknown", "index", index);
        }
        PlanObjection objection = objections.get(index);
        if (objection.getOutcome() != PlanObjection.Outcome.PENDING) {
            throw new RuleViolationException("project.plan.objectionSettled", "outcome");
        }
        String text = ClerkInput.required(answer, "answer", PlanObjection.CONTENT_MAX);
        LocalDateTime now = LocalDateTime.now(clock);
        objections.set(index, objection.settled(upheld, text, by, now));
        if (upheld) {
            move(PlanStatus.WITHDRAWN, now.toLocalDate(), text, by, clock);
        } else {
            this.updatedAt = now;
            events.add(new PlanEvent(status, now.toLocalDate(), null, "异议不成立：" + text, by, now));
        }
    }

    /** 立项: the notice has ended (today is after its last day) and no objection is pending. */
    public void establish(String by, Clock clock) {
        requireStatus("status", PlanStatus.IN_NOTICE);
        LocalDate today = LocalDate.now(clock);
        if (!today.isAfter(noticeEnds)) {
            throw new RuleViolationException("project.plan.noticeRunning", "status", noticeEnds);
        }
        if (objections.stream().anyMatch(o -> o.getOutcome() == PlanObjection.Outcome.PENDING)) {
            throw new RuleViolationException("project.plan.objectionPending", "status");
        }
        this.establishedOn = today;
        move(PlanStatus.ESTABLISHED, today, null, by, clock);
    }

    /**
     * The contract (合同) signed on a day, with the due days of the mid-term check and of the acceptance and the
     * milestones (one at least), each due after the signing and not after the acceptance.
     */
    public void contract(LocalDate signedOn, LocalDate midTerm, LocalDate acceptance, List<PlanMilestone> planned,
                         String by, Clock clock) {
        requireStatus("status", PlanStatus.ESTABLISHED);
        LocalDate on = ClerkInput.present(signedOn, "on");
        requireNotFuture(on, "on", clock);
        if (on.isBefore(establishedOn)) {
            throw new RuleViolationException("project.plan.beforeEstablished", "on", establishedOn);
        }
        LocalDate mid = ClerkInput.present(midTerm, "midTermDue");
        LocalDate end = ClerkInput.present(acceptance, "acceptanceDue");
        if (!mid.isAfter(on) || !end.isAfter(mid)) {
            throw new RuleViolationException("project.contract.dueDays", "acceptanceDue");
        }
        if (planned == null || planned.isEmpty()) {
            throw new RuleViolationException("project.plan.milestonesMissing", "milestones");
        }
        if (planned.size() > MILESTONES_MAX) {
            throw new RuleViolationException("project.plan.milestonesMax", "milestones", MILESTONES_MAX);
        }
        List<PlanMilestone> checked = new ArrayList<>();
        for (PlanMilestone m : planned) {
            String description = ClerkInput.required(m.getDescription(), "milestones", PlanMilestone.DESCRIPTION_MAX);
            LocalDate due = ClerkInput.present(m.getDueOn(), "milestones");
            if (!due.isAfter(on) || due.isAfter(end)) {
                throw new RuleViolationException("project.plan.milestoneDue", "milestones", description);
            }
            checked.add(new PlanMilestone(description, due));
        }
        checked.sort(Comparator.comparing(PlanMilestone::getDueOn));
        this.midTermDue = mid;
        this.acceptanceDue = end;
        this.milestones.clear();
        this.milestones.addAll(checked);
        move(PlanStatus.CONTRACTED, on, null, by, clock);
    }

    /** A milestone reached on a day (not in the future, not before the contract). */
    public void milestoneDone(int index, LocalDate on, String by, Clock clock) {
        if (!status.underContract() && status != PlanStatus.ACCEPTANCE_PASSED) {
            throw new RuleViolationException("project.application.notNow", "index", status.name());
        }
        if (index < 0 || index >= milestones.size()) {
            throw new RuleViolationException("project.plan.milestoneUnknown", "index", index);
        }
        PlanMilestone milestone = milestones.get(index);
        if (milestone.doneOn().isPresent()) {
            throw new RuleViolationException("project.plan.milestoneDone", "index");
        }
        LocalDate day = ClerkInput.present(on, "on");
        requireNotFuture(day, "on", clock);
        milestones.set(index, milestone.completedOn(day));
        this.updatedAt = LocalDateTime.now(clock);
        events.add(new PlanEvent(status, day, null, milestone.getDescription(), by, updatedAt));
        this.nextDue = computeNextDue();
    }

    /** A tranche paid (拨付) from 立项 on, never more in total than the grant (the refusal names what is left). */
    public void pay(LocalDate on, BigDecimal amount, String note, String by, Clock clock) {
        if (!status.payable()) {
            throw new RuleViolationException("project.application.notNow", "amount", status.name());
        }
        if (getTranches().size() >= TRANCHES_MAX) {
            throw new RuleViolationException("project.tranche.tooMany", "amount", TRANCHES_MAX);
        }
        LocalDate day = ClerkInput.present(on, "paidOn");
        requireNotFuture(day, "paidOn", clock);
        if (day.isBefore(establishedOn)) {
            throw new RuleViolationException("project.tranche.beforeGrant", "paidOn", establishedOn);
        }
        BigDecimal tranche = Yuan.positive(amount, "amount");
        BigDecimal after = paid.add(tranche);
        if (after.compareTo(grant) > 0) {
            throw new RuleViolationException("project.tranche.aboveGrant", "amount", Yuan.format(grant),
                    Yuan.format(paid), Yuan.format(grant.subtract(paid)));
        }
        this.paid = after;
        this.updatedAt = LocalDateTime.now(clock);
        events.add(new PlanEvent(status, day, tranche, ClerkInput.optional(note, "note", PlanEvent.NOTE_MAX), by,
                updatedAt));
    }

    /** The mid-term check (中期检查) on a day. */
    public void midTermChecked(LocalDate on, String note, String by, Clock clock) {
        LocalDate day = stepDay(on, clock);
        move(PlanStatus.MID_TERM_CHECKED, day, ClerkInput.optional(note, "note", PlanEvent.NOTE_MAX), by, clock);
    }

    /**
     * The acceptance (验收) by the experts named: passed, failed or deferred to a later due day (once; after a
     * deferral it passes or fails).
     */
    public void accept(LocalDate on, AcceptanceResult result, String experts, String note, LocalDate deferredTo,
                       String by, Clock clock) {
        ClerkInput.present(result, "result");
        LocalDate day = stepDay(on, clock);
        String names = ClerkInput.required(experts, "experts", EXPERTS_MAX);
        PlanStatus target = switch (result) {
            case PASSED -> PlanStatus.ACCEPTANCE_PASSED;
            case FAILED -> PlanStatus.ACCEPTANCE_FAILED;
            case DEFERRED -> PlanStatus.ACCEPTANCE_DEFERRED;
        };
        if (!status.canMoveTo(target)) {
            throw new RuleViolationException("project.application.stepNotAllowed", "result", status.name(),
                    target.name());
        }
        if (result == AcceptanceResult.DEFERRED) {
            LocalDate later = ClerkInput.present(deferredTo, "acceptanceDue");
            if (!later.isAfter(day)) {
                throw new RuleViolationException("project.acceptance.deferredDue", "acceptanceDue");
            }
            this.acceptanceDue = later;
        }
        this.acceptanceExperts = names;
        move(target, day, (names + (note == null || note.isBlank() ? "" : " · " + note.strip())), by, clock);
    }

    /** 结题 after a passed acceptance. */
    public void close(LocalDate on, String note, String by, Clock clock) {
        LocalDate day = stepDay(on, clock);
        move(PlanStatus.CLOSED, day, ClerkInput.optional(note, "note", PlanEvent.NOTE_MAX), by, clock);
    }

    /** Under contract with a milestone, the mid-term check or the acceptance due before the day and not done. */
    public boolean overdueOn(LocalDate day) {
        return status.underContract() && nextDue != null && nextDue.isBefore(day);
    }

    private LocalDate stepDay(LocalDate on, Clock clock) {
        LocalDate day = ClerkInput.present(on, "on");
        requireNotFuture(day, "on", clock);
        return day;
    }

    private void move(PlanStatus target, LocalDate on, String note, String by, Clock clock) {
        if (!status.canMoveTo(target)) {
            throw new RuleViolationException("project.application.stepNotAllowed", "status", status.name(),
                    target.name());
        }
        this.status = target;
        this.updatedAt = LocalDateTime.now(clock);
        events.add(new PlanEvent(target, on, null, note, by, updatedAt));
        this.nextDue = computeNextDue();
    }

    private LocalDate computeNextDue() {
        if (!status.underContract()) {
            return null;
        }
        Stream<LocalDate> open = milestones.stream().filter(m -> m.doneOn().isEmpty()).map(PlanMilestone::getDueOn);
        if (status == PlanStatus.CONTRACTED) {
            open = Stream.concat(open, Stream.of(midTermDue));
        }
        return Stream.concat(open, Stream.of(acceptanceDue)).min(Comparator.naturalOrder()).orElse(null);
    }

    private void requireStatus(String field, PlanStatus... allowed) {
        PathGuards.requireStatus(status, field, allowed);
    }

    @Override
    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public ProgrammeCall getCall() {
        return call;
    }

    public Enterprise getLead() {
        return lead;
    }

    @Override
    public Jurisdiction getCounty() {
        return county;
    }

    public String getTitle() {
        return title;
    }

    public String getField() {
        return field;
    }

    public ProjectBudget getBudget() {
        return budget;
    }

    public PlanStatus getStatus() {
        return status;
    }

    public int getYear() {
        return year;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Optional<String> submittedBy() {
        return Optional.ofNullable(submittedBy);
    }

    public Optional<LocalDate> submittedOn() {
        return Optional.ofNullable(submittedOn);
    }

    public Optional<Long> reviewId() {
        return Optional.ofNullable(reviewId);
    }

    public Optional<BigDecimal> grant() {
        return Optional.ofNullable(grant);
    }

    public Optional<String> decidedBy() {
        return Optional.ofNullable(decidedBy);
    }

    public Optional<LocalDate> decidedOn() {
        return Optional.ofNullable(decidedOn);
    }

    public String getDecisionReason() {
        return decisionReason;
    }

    public Optional<LocalDate> noticeStarts() {
        return Optional.ofNullable(noticeStarts);
    }

    public Optional<LocalDate> noticeEnds() {
        return Optional.ofNullable(noticeEnds);
    }

    public Optional<LocalDate> establishedOn() {
        return Optional.ofNullable(establishedOn);
    }

    public Optional<LocalDate> midTermDue() {
        return Optional.ofNullable(midTermDue);
    }

    public Optional<LocalDate> acceptanceDue() {
        return Optional.ofNullable(acceptanceDue);
    }

    public Optional<LocalDate> nextDue() {
        return Optional.ofNullable(nextDue);
    }

    public String getAcceptanceExperts() {
        return acceptanceExperts;
    }

    public BigDecimal getPaid() {
        return paid;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }

    public List<PlanEvent> getEvents() {
        return List.copyOf(events);
    }

    public List<PlanEvent> getTranches() {
        return events.stream().filter(PlanEvent::isTranche).toList();
    }

    public List<PlanMilestone> getMilestones() {
        return List.copyOf(milestones);
    }

    public List<PlanObjection> getObjections() {
        return List.copyOf(objections);
    }
}
