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
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
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
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static cn.kejiju.workbench.project.PathGuards.requireNotFuture;

/**
 * An application to a programme of a higher level (向上申报), prepared with the bureau's help: the lead applicant
 * and any partners of a consortium (enterprises or units of master data), the call, title, field and budget,
 * the help given, and the path from preparation to 结题 ({@link ProjectStatus}). The county recommends it
 * (县局推荐) by a leader's decision that whoever prepared it cannot take; documents are attached before. Once won
 * (立项) it holds the grant and the tranches received, which never add up to more than the grant. It belongs to
 * the county of its lead applicant.
 */
@Entity
@Table(name = "proj_application")
public class ProjectApplication implements DocumentOwner {

    public static final int TITLE_MAX = 200;
    public static final int FIELD_MAX = 40;
    public static final int PARTNERS_MAX = 9;
    public static final int HELP_MAX = 30;
    public static final int TRANCHES_MAX = 20;
    public static final int TRANCHE_NOTE_MAX = 200;

    @Id
    @SequenceGenerator(name = "proj_application_seq", sequenceName = "proj_application_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "proj_application_seq")
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

    @ManyToMany
    @JoinTable(name = "proj_application_partner", joinColumns = @JoinColumn(name = "application_id"),
            inverseJoinColumns = @JoinColumn(name = "enterprise_id"))
    @OrderColumn(name = "position")
    private List<Enterprise> partners = new ArrayList<>();

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Column(name = "tech_field", nullable = false, length = FIELD_MAX)
    private String field;

    @Embedded
    private ProjectBudget budget;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ProjectStatus status;

    /** The year of the call, kept on the row for the list's filter and index. */
    @Column(name = "call_year", nullable = false)
    private int year;

    @Column(name = "prepared_on", nullable = false)
    private LocalDate preparedOn;

    @Column(name = "prepared_by", nullable = false, length = 50)
    private String preparedBy;

    @Column(name = "recommended_by", length = 50)
    private String recommendedBy;

    @Column(name = "granted", precision = 19, scale = 2)
    private BigDecimal grant;

    @Column(name = "won_on")
    private LocalDate wonOn;

    @Column(name = "mid_term_due")
    private LocalDate midTermDue;

    @Column(name = "acceptance_due")
    private LocalDate acceptanceDue;

    /** The day the acceptance concluded, passed or failed (also in the story): the statistics' overdue counts read it. */
    @Column(name = "accepted_on")
    private LocalDate acceptedOn;

    @Column(name = "received", nullable = false, precision = 19, scale = 2)
    private BigDecimal received = BigDecimal.ZERO.setScale(2);

    @Column(name = "created_by", nullable = false, length = 50)
    private String createdBy;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @ElementCollection
    @CollectionTable(name = "proj_event", joinColumns = @JoinColumn(name = "application_id"))
    @OrderColumn(name = "position")
    private List<ProjectEvent> events = new ArrayList<>();

    protected ProjectApplication() {
        // for JPA
    }

    /** A new application, being prepared (准备) by {@code by}; the call must not have closed. */
    public ProjectApplication(ProjectContent content, String by, Clock clock) {
        this.status = ProjectStatus.PREPARING;
        this.createdBy = by;
        this.preparedOn = LocalDate.now(clock);
        apply(content, by, clock);
        events.add(ProjectEvent.step(ProjectStatus.PREPARING, preparedOn, null, by, updatedAt));
    }

    /** Changes what is applied for, while it is being prepared; the reviser becomes one who prepared it. */
    public void revise(ProjectContent content, String by, Clock clock) {
        requireStatus("status", ProjectStatus.PREPARING);
        apply(content, by, clock);
    }

    private void apply(ProjectContent content, String by, Clock clock) {
        ProgrammeCall chosen = ClerkInput.present(content.call(), "callId");
        if (chosen.closedOn(LocalDate.now(clock))) {
            throw new RuleViolationException("project.call.closed", "callId", chosen.getClosesOn());
        }
        Enterprise first = ClerkInput.present(content.lead(), "leadId");
        List<Enterprise> others = content.partners() == null ? List.of() : content.partners();
        if (others.size() > PARTNERS_MAX) {
            throw new RuleViolationException("project.application.tooManyPartners", "partnerIds", PARTNERS_MAX);
        }
        Set<Long> seen = new HashSet<>();
        seen.add(first.getId());
        for (Enterprise partner : others) {
            if (!seen.add(partner.getId())) {
                throw new RuleViolationException("project.application.partnerTwice", "partnerIds", partner.getName());
            }
        }
        ProjectBudget asked = ClerkInput.present(content.budget(), "total");
        chosen.requireWithinCap(asked.getRequested(), "requested");
        this.call = chosen;
        this.year = chosen.getYear();
        this.lead = first;
        this.county = first.getCounty();
        this.partners.clear();
        this.partners.addAll(others);
        this.title = ClerkInput.required(content.title(), "title", TITLE_MAX);
        this.field = ClerkInput.required(content.field(), "field", FIELD_MAX);
        this.budget = asked;
        this.preparedBy = by;
        this.updatedAt = LocalDateTime.now(clock);
    }

    /** Records help the bureau gave, until the result is known. */
    public void recordHelp(BureauHelp given, String by, Clock clock) {
        requireStatus("kind", ProjectStatus.PREPARING, ProjectStatus.RECOMMENDED, ProjectStatus.LODGED,
                ProjectStatus.UNDER_REVIEW);
        if (getHelp().size() >= HELP_MAX) {
            throw new RuleViolationException("project.help.tooMany", "kind", HELP_MAX);
        }
        requireNotFuture(given.givenOn(), "givenOn", clock);
        this.updatedAt = LocalDateTime.now(clock);
        events.add(ProjectEvent.help(given, by, updatedAt));
    }

    /** Whether documents may be attached or removed: before the recommendation (attachments before submission). */
    @Override
    public void requireFilesChangeable() {
        requireStatus("file", ProjectStatus.PREPARING);
    }

    @Override
    public String documentOwnerReference() {
        return "application " + id;
    }

    /** Whether {@code who} prepared the application (created or revised it), and so may not recommend it. */
    public boolean preparedBy(String who) {
        return who != null && (who.equals(preparedBy) || who.equals(createdBy));
    }

    /**
     * Takes a step of the path on the day given (not in the future): only a step the status allows. The county's
     * recommendation needs a document, an open call and somebody who did not prepare it; 未立项 needs the reason;
     * 立项 a grant of no more than requested; 合同 the due days of the mid-term report and of the acceptance;
     * an acceptance its result (a deferral its new due day).
     */
    public void take(ProjectStep step, StepDetails details, long documents, String by, Clock clock) {
        ClerkInput.present(step, "step");
        StepDetails given = ClerkInput.present(details, "on");
        ProjectStatus target = step.target(given.result());
        if (target == null) {
            throw new RuleViolationException("field.required", "result");
        }
        if (!status.canMoveTo(target)) {
            throw new RuleViolationException("project.application.stepNotAllowed", "step", status.name(),
                    target.name());
        }
        LocalDate on = ClerkInput.present(given.on(), "on");
        requireNotFuture(on, "on", clock);
        String note = ClerkInput.optional(given.note(), "note", ProjectEvent.NOTE_MAX);
        switch (step) {
            case RECOMMEND -> {
                if (preparedBy(by)) {
                    throw new RuleViolationException("project.application.ownPreparation", "step");
                }
                if (documents == 0) {
                    throw new RuleViolationException("project.application.documentsMissing", "file");
                }
                if (call.closedOn(on)) {
                    throw new RuleViolationException("project.call.closed", "on", call.getClosesOn());
                }
                this.recommendedBy = by;
            }
            case NOT_WIN -> note = ClerkInput.required(given.note(), "note", ProjectEvent.NOTE_MAX);
            case WIN -> {
                BigDecimal granted = Yuan.positive(given.grant(), "grant");
                if (granted.compareTo(budget.getRequested()) > 0) {
                    throw new RuleViolationException("project.grant.aboveRequested", "grant",
                            Yuan.format(budget.getRequested()));
                }
                this.grant = granted;
                this.wonOn = on;
            }
            case CONTRACT -> {
                LocalDate midTerm = ClerkInput.present(given.midTermDue(), "midTermDue");
                LocalDate acceptance = ClerkInput.present(given.acceptanceDue(), "acceptanceDue");
                if (!midTerm.isAfter(on) || !acceptance.isAfter(midTerm)) {
                    throw new RuleViolationException("project.contract.dueDays", "acceptanceDue");
                }
                this.midTermDue = midTerm;
                this.acceptanceDue = acceptance;
            }
            case ACCEPTANCE -> {
                if (given.result() == AcceptanceResult.DEFERRED) {
                    LocalDate later = ClerkInput.present(given.acceptanceDue(), "acceptanceDue");
                    if (!later.isAfter(on)) {
                        throw new RuleViolationException("project.acceptance.deferredDue", "acceptanceDue");
                    }
                    this.acceptanceDue = later;
                } else {
                    this.acceptedOn = on;
                }
            }
            default -> {
                // LODGE, REVIEW, MID_TERM, CLOSE: the day and the note are all they record
            }
        }
        this.status = target;
        this.updatedAt = LocalDateTime.now(clock);
        events.add(ProjectEvent.step(target, on, note, by, updatedAt));
    }

    /**
     * Records a tranche of the grant received (拨付): only once won and not failed, on a day from 立项 until today,
     * and never more in total than the grant.
     */
    public void receive(LocalDate on, BigDecimal amount, String note, String by, Clock clock) {
        if (!status.funded()) {
            throw new RuleViolationException("project.application.notNow", "amount", status.name());
        }
        if (getTranches().size() >= TRANCHES_MAX) {
            throw new RuleViolationException("project.tranche.tooMany", "amount", TRANCHES_MAX);
        }
        LocalDate day = ClerkInput.present(on, "receivedOn");
        requireNotFuture(day, "receivedOn", clock);
        if (day.isBefore(wonOn)) {
            throw new RuleViolationException("project.tranche.beforeGrant", "receivedOn", wonOn);
        }
        BigDecimal paid = Yuan.positive(amount, "amount");
        BigDecimal after = received.add(paid);
        if (after.compareTo(grant) > 0) {
            throw new RuleViolationException("project.tranche.aboveGrant", "amount", Yuan.format(grant),
                    Yuan.format(received), Yuan.format(grant.subtract(received)));
        }
        String remark = ClerkInput.optional(note, "note", TRANCHE_NOTE_MAX);
        this.received = after;
        this.updatedAt = LocalDateTime.now(clock);
        events.add(ProjectEvent.tranche(day, paid, remark, by, updatedAt));
    }

    private void requireStatus(String field, ProjectStatus... allowed) {
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

    public List<Enterprise> getPartners() {
        return List.copyOf(partners);
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

    public ProjectStatus getStatus() {
        return status;
    }

    public int getYear() {
        return year;
    }

    public LocalDate getPreparedOn() {
        return preparedOn;
    }

    public String getPreparedBy() {
        return preparedBy;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Optional<String> recommendedBy() {
        return Optional.ofNullable(recommendedBy);
    }

    public Optional<BigDecimal> grant() {
        return Optional.ofNullable(grant);
    }

    public Optional<LocalDate> wonOn() {
        return Optional.ofNullable(wonOn);
    }

    public Optional<LocalDate> midTermDue() {
        return Optional.ofNullable(midTermDue);
    }

    public Optional<LocalDate> acceptanceDue() {
        return Optional.ofNullable(acceptanceDue);
    }

    /** The day the acceptance passed or failed; empty while it is ahead or was deferred. */
    public Optional<LocalDate> acceptedOn() {
        return Optional.ofNullable(acceptedOn);
    }

    public BigDecimal getReceived() {
        return received;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }

    /** The whole story in the order recorded: steps, help and tranches. */
    public List<ProjectEvent> getEvents() {
        return List.copyOf(events);
    }

    public List<ProjectEvent> getPath() {
        return of(EventKind.STEP);
    }

    public List<ProjectEvent> getHelp() {
        return of(EventKind.HELP);
    }

    public List<ProjectEvent> getTranches() {
        return of(EventKind.TRANCHE);
    }

    private List<ProjectEvent> of(EventKind kind) {
        return events.stream().filter(e -> e.getKind() == kind).toList();
    }
}
