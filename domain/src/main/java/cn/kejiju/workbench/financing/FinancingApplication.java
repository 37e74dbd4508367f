package cn.kejiju.workbench.financing;

import cn.kejiju.workbench.enterprise.Enterprise;
import cn.kejiju.workbench.jurisdiction.Jurisdiction;
import cn.kejiju.workbench.shared.ClerkInput;
import cn.kejiju.workbench.shared.RuleViolationException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import java.util.List;
import java.util.Optional;

/**
 * A financing application (融资申请) of an enterprise: submitted → due diligence (notes, files) → review
 * committee (审保会, members' opinions) → a decision prepared by a clerk (approve with the guarantee's terms,
 * or reject with reasons) → approved or rejected by somebody else (maker-checker). It belongs to the county of
 * its enterprise.
 */
@Entity
@Table(name = "fin_application")
public class FinancingApplication {

    public static final int PURPOSE_MAX = 500;
    public static final int NOTES_MAX = 2000;
    public static final int REASONS_MAX = 1000;
    public static final int TERM_MAX = 360;
    public static final int OPINIONS_MAX = 30;

    @Id
    @SequenceGenerator(name = "fin_application_seq", sequenceName = "fin_application_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "fin_application_seq")
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "enterprise_id", nullable = false)
    private Enterprise enterprise;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "county_id", nullable = false)
    private Jurisdiction county;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "product_code", nullable = false)
    private Product product;

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal amount;

    @Column(name = "term_months", nullable = false)
    private int termMonths;

    @Column(nullable = false, length = PURPOSE_MAX)
    private String purpose;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "bank_id", nullable = false)
    private Partner bank;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "guarantor_id", nullable = false)
    private Partner guarantor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ApplicationStatus status;

    @Column(name = "submitted_on", nullable = false)
    private LocalDate submittedOn;

    @Column(name = "diligence_notes", length = NOTES_MAX)
    private String diligenceNotes;

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    private Outcome outcome;

    @Column(length = REASONS_MAX)
    private String reasons;

    @Column(name = "prepared_by", length = 50)
    private String preparedBy;

    @Column(name = "prepared_at")
    private LocalDateTime preparedAt;

    @Column(name = "decided_by", length = 50)
    private String decidedBy;

    @Column(name = "decided_at")
    private LocalDateTime decidedAt;

    @Column(name = "created_by", nullable = false, length = 50)
    private String createdBy;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @ElementCollection
    @CollectionTable(name = "fin_committee_opinion", joinColumns = @JoinColumn(name = "application_id"))
    @OrderColumn(name = "position")
    private List<CommitteeOpinion> opinions = new ArrayList<>();

    protected FinancingApplication() {
        // for JPA
    }

    public FinancingApplication(ApplicationContent content, String by, Clock clock) {
        this.status = ApplicationStatus.SUBMITTED;
        this.submittedOn = LocalDate.now(clock);
        this.createdBy = by;
        apply(content, clock);
    }

    /** Changes what is applied for: only before the committee. */
    public void revise(ApplicationContent content, Clock clock) {
        requireStatus("status", ApplicationStatus.SUBMITTED, ApplicationStatus.DUE_DILIGENCE);
        if (!content.enterprise().getId().equals(enterprise.getId())) {
            throw new RuleViolationException("financing.application.enterpriseFixed", "enterpriseId");
        }
        apply(content, clock);
    }

    private void apply(ApplicationContent content, Clock clock) {
        Enterprise applicant = ClerkInput.present(content.enterprise(), "enterpriseId");
        Product chosen = ClerkInput.present(content.product(), "productCode");
        if (!chosen.isActive() && (product == null || !product.getCode().equals(chosen.getCode()))) {
            throw new RuleViolationException("financing.application.productInactive", "productCode", chosen.getName());
        }
        BigDecimal applied = Yuan.positive(content.amount(), "amount");
        Integer term = ClerkInput.present(content.termMonths(), "termMonths");
        if (term < 1 || term > TERM_MAX) {
            throw new RuleViolationException("financing.application.term", "termMonths", TERM_MAX);
        }
        Partner lender = ClerkInput.present(content.bank(), "bankId");
        if (lender.getKind() != PartnerKind.BANK) {
            throw new RuleViolationException("financing.application.notBank", "bankId");
        }
        Partner company = ClerkInput.present(content.guarantor(), "guarantorId");
        if (!company.isGuarantor()) {
            throw new RuleViolationException("financing.application.notGuarantor", "guarantorId");
        }
        this.enterprise = applicant;
        this.county = applicant.getCounty();
        this.product = chosen;
        this.amount = applied;
        this.termMonths = term;
        this.purpose = ClerkInput.required(content.purpose(), "purpose", PURPOSE_MAX);
        this.bank = lender;
        this.guarantor = company;
        this.updatedAt = LocalDateTime.now(clock);
    }

    /** The guarantee company starts its due diligence (尽职调查). */
    public void startDiligence(Clock clock) {
        requireStatus("status", ApplicationStatus.SUBMITTED);
        this.status = ApplicationStatus.DUE_DILIGENCE;
        this.updatedAt = LocalDateTime.now(clock);
    }

    /** Records the due diligence's findings; only during it. */
    public void recordDiligence(String notes, Clock clock) {
        requireStatus("diligenceNotes", ApplicationStatus.DUE_DILIGENCE);
        this.diligenceNotes = ClerkInput.optional(notes, "diligenceNotes", NOTES_MAX);
        this.updatedAt = LocalDateTime.now(clock);
    }

    /** Whether files may be attached or removed: before the committee. */
    public void requireFilesChangeable() {
        requireStatus("file", ApplicationStatus.SUBMITTED, ApplicationStatus.DUE_DILIGENCE);
    }

    /**
     * Hands the application to the review committee: the due diligence has findings and at least one file,
     * so that the committee and the approver see what they decide on.
     */
    public void toCommittee(long files, Clock clock) {
        requireStatus("status", ApplicationStatus.DUE_DILIGENCE);
        if (diligenceNotes == null) {
            throw new RuleViolationException("financing.application.notesMissing", "diligenceNotes");
        }
        if (files == 0) {
            throw new RuleViolationException("financing.application.filesMissing", "file");
        }
        this.status = ApplicationStatus.COMMITTEE;
        this.updatedAt = LocalDateTime.now(clock);
    }

    public void addOpinion(CommitteeOpinion opinion, Clock clock) {
        requireStatus("status", ApplicationStatus.COMMITTEE);
        if (opinions.size() >= OPINIONS_MAX) {
            throw new RuleViolationException("financing.application.tooManyOpinions", "member", OPINIONS_MAX);
        }
        if (opinions.stream().anyMatch(o -> o.getMember().equals(opinion.getMember()))) {
            throw new RuleViolationException("financing.application.memberTwice", "member", opinion.getMember());
        }
        opinions.add(opinion);
        this.updatedAt = LocalDateTime.now(clock);
    }

    /**
     * Prepares the decision after the committee: to approve, with the guarantee proposed under an agreement
     * that covers the guarantee company and the bank and is valid today, for no more than was applied for; or
     * to reject, with reasons. Returns the proposed guarantee (null for a rejection).
     */
    public Guarantee prepare(Outcome proposed, String why, Cooperation cooperation, GuaranteeTerms terms,
                             String by, Clock clock) {
        requireStatus("status", ApplicationStatus.COMMITTEE);
        if (opinions.isEmpty()) {
            throw new RuleViolationException("financing.application.opinionsMissing", "opinions");
        }
        ClerkInput.present(proposed, "outcome");
        Guarantee guarantee = null;
        if (proposed == Outcome.APPROVE) {
            ClerkInput.present(terms, "guarantee");
            requireCovering(ClerkInput.present(cooperation, "cooperationId"), LocalDate.now(clock));
            if (terms.amount().compareTo(amount) > 0) {
                throw new RuleViolationException("financing.guarantee.aboveLoan", "guaranteeAmount",
                        Yuan.format(amount));
            }
            this.reasons = ClerkInput.optional(why, "reasons", REASONS_MAX);
            guarantee = new Guarantee(this, cooperation, terms);
        } else {
            this.reasons = ClerkInput.required(why, "reasons", REASONS_MAX);
        }
        this.outcome = proposed;
        this.preparedBy = by;
        this.preparedAt = LocalDateTime.now(clock);
        this.status = ApplicationStatus.AWAITING_DECISION;
        this.updatedAt = this.preparedAt;
        return guarantee;
    }

    /** Refused unless the agreement covers this guarantee company and bank and is valid on the day. */
    public void requireCovering(Cooperation cooperation, LocalDate day) {
        if (!cooperation.covers(guarantor, bank)) {
            throw new RuleViolationException("financing.guarantee.agreementParties", "cooperationId");
        }
        if (!cooperation.validOn(day)) {
            throw new RuleViolationException("financing.guarantee.agreementExpired", "cooperationId",
                    cooperation.getValidFrom(), cooperation.getValidTo());
        }
    }

    /** Whether {@code who} prepared the decision, and so may not take it. */
    public boolean preparedBy(String who) {
        return preparedBy != null && preparedBy.equals(who);
    }

    /**
     * Takes the prepared decision as proposed: the guarantee comes into force (its limits checked by the
     * caller beforehand, under locks), or the rejection stands.
     */
    public void approve(Guarantee guarantee, String by, Clock clock) {
        requireDecidable(by);
        if (outcome == Outcome.APPROVE) {
            guarantee.activate();
            this.status = ApplicationStatus.APPROVED;
        } else {
            this.status = ApplicationStatus.REJECTED;
        }
        decided(by, clock);
    }

    /** Rejects the application with the decider's reasons, whatever was proposed; a proposed guarantee is dropped. */
    public void reject(Guarantee guarantee, String why, String by, Clock clock) {
        requireDecidable(by);
        String given = ClerkInput.required(why, "reasons", REASONS_MAX);
        if (guarantee != null) {
            guarantee.drop();
        }
        this.reasons = given;
        this.status = ApplicationStatus.REJECTED;
        decided(by, clock);
    }

    private void requireDecidable(String by) {
        requireStatus("status", ApplicationStatus.AWAITING_DECISION);
        if (preparedBy(by)) {
            throw new RuleViolationException("financing.application.ownPreparation", "status");
        }
    }

    private void decided(String by, Clock clock) {
        this.decidedBy = by;
        this.decidedAt = LocalDateTime.now(clock);
        this.updatedAt = decidedAt;
    }

    private void requireStatus(String field, ApplicationStatus... allowed) {
        for (ApplicationStatus s : allowed) {
            if (status == s) {
                return;
            }
        }
        throw new RuleViolationException("financing.application.notNow", field, status.name());
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Enterprise getEnterprise() {
        return enterprise;
    }

    public Jurisdiction getCounty() {
        return county;
    }

    public Product getProduct() {
        return product;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public int getTermMonths() {
        return termMonths;
    }

    public String getPurpose() {
        return purpose;
    }

    public Partner getBank() {
        return bank;
    }

    public Partner getGuarantor() {
        return guarantor;
    }

    public ApplicationStatus getStatus() {
        return status;
    }

    public LocalDate getSubmittedOn() {
        return submittedOn;
    }

    public Optional<String> diligenceNotes() {
        return Optional.ofNullable(diligenceNotes);
    }

    public Optional<Outcome> outcome() {
        return Optional.ofNullable(outcome);
    }

    public Optional<String> reasons() {
        return Optional.ofNullable(reasons);
    }

    public Optional<String> preparedBy() {
        return Optional.ofNullable(preparedBy);
    }

    public Optional<LocalDateTime> preparedAt() {
        return Optional.ofNullable(preparedAt);
    }

    public Optional<String> decidedBy() {
        return Optional.ofNullable(decidedBy);
    }

    public Optional<LocalDateTime> decidedAt() {
        return Optional.ofNullable(decidedAt);
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }

    public List<CommitteeOpinion> getOpinions() {
        return List.copyOf(opinions);
    }
}
