package cn.kejiju.workbench.incubator;

import cn.kejiju.workbench.jurisdiction.Jurisdiction;
import cn.kejiju.workbench.shared.RuleViolationException;
import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A tenancy agreement (入孵协议): an incubatee rents one or more units of its carrier for a period, at a
 * monthly rent computed from each unit's area and list rent, with a deposit and a rent relief schedule.
 * A renewal or a move to other units replaces it by a successor that continues the same incubation; an
 * exit ends it early. Whether its units are free for its days is checked by the service, under a lock of
 * the units.
 */
@Entity
@Table(name = "agreement")
public class Agreement {

    public static final String DEPOSIT_MAX = "100000000";

    @Id
    @SequenceGenerator(name = "agreement_seq", sequenceName = "agreement_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "agreement_seq")
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "incubatee_id", nullable = false, updatable = false)
    private Incubatee incubatee;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "county_id", nullable = false)
    private Jurisdiction county;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "predecessor_id", updatable = false)
    private Agreement predecessor;

    /** The predecessor's id, read without loading it. */
    @Column(name = "predecessor_id", insertable = false, updatable = false)
    private Long predecessorId;

    /** The approved entry application the first agreement of an incubation lets units for, if any. */
    @Column(name = "application_id", updatable = false)
    private Long applicationId;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

    @Column(nullable = false, precision = 14, scale = 2)
    private BigDecimal deposit;

    @Column(name = "monthly_rent", nullable = false, precision = 14, scale = 2)
    private BigDecimal monthlyRent;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private AgreementStatus status;

    @ElementCollection
    @CollectionTable(name = "agreement_relief", joinColumns = @JoinColumn(name = "agreement_id"))
    @OrderBy("fromMonth")
    private List<ReliefStep> relief = new ArrayList<>();

    @OneToMany(mappedBy = "agreement", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<Letting> lettings = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    protected Agreement() {
        // for JPA
    }

    private Agreement(Incubatee incubatee, Collection<Unit> units, AgreementTerms terms, Agreement predecessor,
                      Clock clock) {
        if (units == null || units.isEmpty()) {
            throw new RuleViolationException("incubator.agreement.noUnits", "unitIds");
        }
        Set<Long> seen = new HashSet<>();
        for (Unit unit : units) {
            if (!unit.getCarrier().equals(incubatee.getCarrier())) {
                throw new RuleViolationException("incubator.agreement.otherCarrier", "unitIds", label(unit));
            }
            if (unit.getStatus() != UnitStatus.IN_SERVICE) {
                throw new RuleViolationException("incubator.agreement.outOfService", "unitIds", label(unit));
            }
            if (unit.getId() != null && !seen.add(unit.getId())) {
                throw new RuleViolationException("incubator.agreement.unitTwice", "unitIds", label(unit));
            }
        }
        if (!incubatee.isIncubating()) {
            throw new RuleViolationException("incubator.incubatee.exited", "enterpriseId");
        }
        this.incubatee = incubatee;
        this.county = incubatee.getCounty();
        this.predecessor = predecessor;
        this.startDate = terms.period().start();
        this.endDate = terms.period().end();
        this.deposit = Fields.decimal(terms.deposit() == null ? BigDecimal.ZERO : terms.deposit(), "deposit", 2,
                new BigDecimal(DEPOSIT_MAX), true);
        this.relief = new ArrayList<>(terms.relief().steps());
        this.status = AgreementStatus.ACTIVE;
        for (Unit unit : units) {
            lettings.add(new Letting(this, unit, terms.period()));
        }
        this.monthlyRent = lettings.stream().map(Letting::monthlyRent).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        this.createdAt = LocalDateTime.now(clock);
        this.updatedAt = createdAt;
    }

    /** The first agreement of an incubation. */
    public static Agreement sign(Incubatee incubatee, Collection<Unit> units, AgreementTerms terms, Clock clock) {
        return new Agreement(incubatee, units, terms, null, clock);
    }

    /** The first agreement of an incubation, letting units for an approved entry application. */
    public static Agreement sign(Incubatee incubatee, Collection<Unit> units, AgreementTerms terms,
                                 EntryApplication application, Clock clock) {
        Agreement agreement = new Agreement(incubatee, units, terms, null, clock);
        if (application != null) {
            application.checkLetting(incubatee.getCarrier(), incubatee.getEnterprise());
            agreement.applicationId = application.getId();
        }
        return agreement;
    }

    public Long getApplicationId() {
        return applicationId;
    }

    /**
     * Renews the running agreement: the successor lets the same units from the day after this one ends to
     * {@code newEnd}, under the new deposit and relief.
     */
    public Agreement renew(LocalDate newEnd, BigDecimal newDeposit, ReliefSchedule newRelief, Clock clock) {
        requireActive();
        LetPeriod next = new LetPeriod(endDate.plusDays(1), Fields.present(newEnd, "endDate"));
        List<Unit> units = lettings.stream().map(Letting::getUnit).toList();
        Agreement successor = new Agreement(incubatee, units, new AgreementTerms(next, newDeposit, newRelief), this,
                clock);
        this.status = AgreementStatus.RENEWED;
        this.updatedAt = LocalDateTime.now(clock);
        return successor;
    }

    /**
     * Moves the tenant to other units from {@code day} on (after this agreement's first day, within it):
     * this agreement ends the day before, the successor runs from {@code day} to {@code newEnd}.
     */
    public Agreement moveTo(Collection<Unit> units, LocalDate day, LocalDate newEnd, BigDecimal newDeposit,
                            ReliefSchedule newRelief, Clock clock) {
        requireActive();
        Fields.present(day, "startDate");
        if (!day.isAfter(startDate) || day.isAfter(endDate)) {
            throw new RuleViolationException("incubator.agreement.moveDay", "startDate", startDate.plusDays(1), endDate);
        }
        cutTo(day.minusDays(1));
        Agreement successor = new Agreement(incubatee, units,
                new AgreementTerms(new LetPeriod(day, Fields.present(newEnd, "endDate")), newDeposit, newRelief),
                this, clock);
        this.status = AgreementStatus.MOVED;
        this.updatedAt = LocalDateTime.now(clock);
        return successor;
    }

    /** Ends the agreement on the day the tenant leaves (within its days); the incubation exits with it. */
    public void endWithExit(LocalDate day, ExitReason reason, String note, Clock clock) {
        requireActive();
        Fields.present(day, "exitDate");
        if (day.isBefore(startDate) || day.isAfter(endDate)) {
            throw new RuleViolationException("incubator.exit.outsideAgreement", "exitDate", startDate, endDate);
        }
        incubatee.exit(day, reason, note, clock);
        cutTo(day);
        this.status = AgreementStatus.ENDED;
        this.updatedAt = LocalDateTime.now(clock);
    }

    private void cutTo(LocalDate day) {
        this.endDate = day;
        lettings.forEach(l -> l.endOn(day));
    }

    private void requireActive() {
        if (!status.isCurrent()) {
            throw new RuleViolationException("incubator.agreement.notActive", "status");
        }
    }

    /** How a refusal names a unit: building and room code. */
    public static String label(Unit unit) {
        return unit.getBuilding() + " " + unit.getRoomCode();
    }

    public LetPeriod period() {
        return new LetPeriod(startDate, endDate);
    }

    public ReliefSchedule reliefSchedule() {
        return new ReliefSchedule(relief);
    }

    /** The rent due over the whole agreement, after relief. */
    public BigDecimal totalRent() {
        return reliefSchedule().totalRent(period().months(), monthlyRent);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Incubatee getIncubatee() {
        return incubatee;
    }

    public Jurisdiction getCounty() {
        return county;
    }

    public Optional<Agreement> predecessor() {
        return Optional.ofNullable(predecessor);
    }

    /** The id of the agreement this one renewed or replaced by a move, without loading it. */
    public Optional<Long> predecessorId() {
        return Optional.ofNullable(predecessorId != null ? predecessorId : predecessor == null ? null : predecessor.getId());
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public BigDecimal getDeposit() {
        return deposit;
    }

    public BigDecimal getMonthlyRent() {
        return monthlyRent;
    }

    public AgreementStatus getStatus() {
        return status;
    }

    public List<Letting> getLettings() {
        return List.copyOf(lettings);
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }
}
