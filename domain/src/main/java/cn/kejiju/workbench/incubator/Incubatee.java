package cn.kejiju.workbench.incubator;

import cn.kejiju.workbench.enterprise.Enterprise;
import cn.kejiju.workbench.jurisdiction.Jurisdiction;
import cn.kejiju.workbench.shared.RuleViolationException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An enterprise's incubation at a carrier (在孵企业): one continuous history from its first entry to its
 * exit, whatever agreements, renewals and moves to other units lie between.
 */
@Entity
@Table(name = "incubatee")
public class Incubatee {

    public static final int EXIT_NOTE_MAX = 500;
    public static final int BASIS_MAX = 200;

    @Id
    @SequenceGenerator(name = "incubatee_seq", sequenceName = "incubatee_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "incubatee_seq")
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "carrier_id", nullable = false, updatable = false)
    private Carrier carrier;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "county_id", nullable = false)
    private Jurisdiction county;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "enterprise_id", nullable = false, updatable = false)
    private Enterprise enterprise;

    @Column(name = "entered_on", nullable = false)
    private LocalDate enteredOn;

    @Column(name = "exited_on")
    private LocalDate exitedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "exit_reason", length = 12)
    private ExitReason exitReason;

    @Size(max = EXIT_NOTE_MAX)
    @Column(name = "exit_note", length = EXIT_NOTE_MAX)
    private String exitNote;

    @Enumerated(EnumType.STRING)
    @Column(name = "listing_kind", length = 8)
    private ListingKind listingKind;

    @Column(name = "listing_on")
    private LocalDate listingOn;

    @Column(name = "graduated_by", length = 50)
    private String graduatedBy;

    @Size(max = BASIS_MAX)
    @Column(name = "graduation_basis", length = BASIS_MAX)
    private String graduationBasis;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    protected Incubatee() {
        // for JPA
    }

    public Incubatee(Carrier carrier, Enterprise enterprise, LocalDate enteredOn, Clock clock) {
        this.carrier = Objects.requireNonNull(carrier, "carrier");
        this.county = carrier.getCounty();
        this.enterprise = Fields.present(enterprise, "enterpriseId");
        this.enteredOn = Fields.present(enteredOn, "startDate");
        this.updatedAt = LocalDateTime.now(clock);
    }

    /** Records the exit: on or after the first entry, once, with a reason. */
    public void exit(LocalDate on, ExitReason reason, String note, Clock clock) {
        if (exitedOn != null) {
            throw new RuleViolationException("incubator.incubatee.exited", "exitDate");
        }
        Fields.present(on, "exitDate");
        if (on.isBefore(enteredOn)) {
            throw new RuleViolationException("incubator.exit.beforeEntry", "exitDate", enteredOn);
        }
        this.exitReason = Fields.present(reason, "reason");
        this.exitNote = Fields.optional(note, "note", EXIT_NOTE_MAX);
        this.exitedOn = on;
        this.updatedAt = LocalDateTime.now(clock);
    }

    /** Records a merger, acquisition or listing (a graduation criterion) on a day not in the future; a later record replaces it. */
    public void recordListing(ListingKind kind, LocalDate on, Clock clock) {
        if (exitedOn != null) {
            throw new RuleViolationException("incubator.incubatee.exited", "kind");
        }
        Fields.present(kind, "kind");
        Fields.present(on, "date");
        if (on.isAfter(LocalDate.now(clock))) {
            throw new RuleViolationException("incubator.carrier.inFuture", "date");
        }
        this.listingKind = kind;
        this.listingOn = on;
        this.updatedAt = LocalDateTime.now(clock);
    }

    /**
     * Records the leader's graduation decision after the running agreement ended with the exit reason
     * {@link ExitReason#GRADUATED}: who decided and the criteria met that day.
     */
    public void recordGraduation(List<GraduationCriterion> basis, String by, Clock clock) {
        if (exitReason != ExitReason.GRADUATED) {
            throw new IllegalStateException("not graduated");
        }
        if (basis == null || basis.isEmpty()) {
            throw new RuleViolationException("incubator.graduation.notEligible", "graduationDate");
        }
        this.graduationBasis = String.join(",", basis.stream().map(Enum::name).toList());
        this.graduatedBy = by;
        this.updatedAt = LocalDateTime.now(clock);
    }

    public Optional<ListingKind> listingKind() {
        return Optional.ofNullable(listingKind);
    }

    public Optional<LocalDate> listingOn() {
        return Optional.ofNullable(listingOn);
    }

    public Optional<String> graduatedBy() {
        return Optional.ofNullable(graduatedBy);
    }

    /** The criteria the graduation was decided on (empty unless graduated by a leader's decision). */
    public List<GraduationCriterion> graduationBasis() {
        if (graduationBasis == null || graduationBasis.isBlank()) {
            return List.of();
        }
        return Arrays.stream(graduationBasis.split(",")).map(GraduationCriterion::valueOf).toList();
    }

    public boolean isIncubating() {
        return exitedOn == null;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Carrier getCarrier() {
        return carrier;
    }

    public Jurisdiction getCounty() {
        return county;
    }

    public Enterprise getEnterprise() {
        return enterprise;
    }

    public LocalDate getEnteredOn() {
        return enteredOn;
    }

    public Optional<LocalDate> exitedOn() {
        return Optional.ofNullable(exitedOn);
    }

    public Optional<ExitReason> exitReason() {
        return Optional.ofNullable(exitReason);
    }

    public Optional<String> exitNote() {
        return Optional.ofNullable(exitNote);
    }
}
