package cn.kejiju.workbench.indicator;

import cn.kejiju.workbench.enterprise.Enterprise;
import cn.kejiju.workbench.enterprise.HighTechCertificate;
import cn.kejiju.workbench.jurisdiction.Jurisdiction;
import cn.kejiju.workbench.shared.Fields;
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

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.util.Objects;
import java.util.Optional;

/**
 * An enterprise's way through the high-tech enterprise pipeline (one per enterprise): entered in the
 * cultivation pool (培育库) with a date and note, applied (申报) in a year on a day, then recognised (认定,
 * certificate number and issue date) or failed (未通过, with the reason). Steps follow {@link HighTechStage#next()}.
 * The recognition's certificate, valid for three years ({@link HighTechValidity}), is written to the
 * enterprise's master data by the service; the case keeps the number and issue date as the step's record.
 */
@Entity
@Table(name = "ind_high_tech")
public class HighTechCase {

    public static final int NOTE_MAX = 500;
    public static final int REASON_MAX = 500;

    @Id
    @SequenceGenerator(name = "ind_high_tech_seq", sequenceName = "ind_high_tech_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ind_high_tech_seq")
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "enterprise_id", nullable = false, updatable = false)
    private Enterprise enterprise;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "county_id", nullable = false)
    private Jurisdiction county;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private HighTechStage stage;

    @Column(name = "entered_on", nullable = false)
    private LocalDate enteredOn;

    @Column(length = NOTE_MAX)
    private String note;

    @Column(name = "application_year")
    private Integer applicationYear;

    @Column(name = "submitted_on")
    private LocalDate submittedOn;

    @Column(name = "certificate_no", length = HighTechCertificate.NUMBER_MAX)
    private String certificateNo;

    @Column(name = "issued_on")
    private LocalDate issuedOn;

    @Column(name = "failure_reason", length = REASON_MAX)
    private String failureReason;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    protected HighTechCase() {
        // for JPA
    }

    /** Enters the enterprise in the cultivation pool on a day no later than today. */
    public HighTechCase(Enterprise enterprise, LocalDate enteredOn, String note, Clock clock) {
        this.enterprise = Objects.requireNonNull(enterprise, "enterprise");
        this.county = enterprise.getCounty();
        this.stage = HighTechStage.CULTIVATING;
        this.enteredOn = notFuture(enteredOn, "enteredOn", clock);
        this.note = Fields.optional(note, "note", NOTE_MAX);
        this.updatedAt = LocalDateTime.now(clock);
    }

    /** Records the application (申报) of a year, submitted on a day no later than today. */
    public void apply(Integer year, LocalDate submitted, Clock clock) {
        step(HighTechStage.APPLIED);
        int thisYear = Year.now(clock).getValue();
        int checkedYear = Fields.present(year, "applicationYear");
        if (checkedYear < YearlyFigures.FIRST_YEAR || checkedYear > thisYear) {
            throw new RuleViolationException("indicator.figures.year", "applicationYear", YearlyFigures.FIRST_YEAR,
                    thisYear);
        }
        LocalDate day = notFuture(submitted, "submittedOn", clock);
        if (day.isBefore(enteredOn)) {
            throw new RuleViolationException("indicator.highTech.beforeEntry", "submittedOn", enteredOn);
        }
        this.applicationYear = checkedYear;
        this.submittedOn = day;
        this.failureReason = null;
        moveTo(HighTechStage.APPLIED, clock);
    }

    /**
     * Records the recognition (认定) and answers the certificate for the enterprise's master data: valid three
     * years from its issue date, which is on or after the submission and no later than today.
     */
    public HighTechCertificate recognise(String number, LocalDate issued, Clock clock) {
        step(HighTechStage.RECOGNISED);
        LocalDate day = notFuture(issued, "issuedOn", clock);
        if (day.isBefore(submittedOn)) {
            throw new RuleViolationException("indicator.highTech.issuedBeforeSubmission", "issuedOn", submittedOn);
        }
        HighTechCertificate certificate = new HighTechCertificate(number, HighTechValidity.validUntil(day));
        this.certificateNo = certificate.number();
        this.issuedOn = day;
        moveTo(HighTechStage.RECOGNISED, clock);
        return certificate;
    }

    /** Records that the application was not recognised (未通过), with the reason. */
    public void fail(String reason, Clock clock) {
        step(HighTechStage.FAILED);
        this.failureReason = Fields.required(reason, "reason", REASON_MAX);
        moveTo(HighTechStage.FAILED, clock);
    }

    /** Takes a failed enterprise back into the cultivation pool on a day, with a new note. */
    public void returnToPool(LocalDate day, String newNote, Clock clock) {
        step(HighTechStage.CULTIVATING);
        this.enteredOn = notFuture(day, "enteredOn", clock);
        this.note = Fields.optional(newNote, "note", NOTE_MAX);
        moveTo(HighTechStage.CULTIVATING, clock);
    }

    private void step(HighTechStage target) {
        if (!stage.mayMoveTo(target)) {
            throw new RuleViolationException("indicator.highTech.step", "stage", stage.name(), target.name());
        }
    }

    private void moveTo(HighTechStage target, Clock clock) {
        this.stage = target;
        this.updatedAt = LocalDateTime.now(clock);
    }

    private static LocalDate notFuture(LocalDate day, String field, Clock clock) {
        LocalDate checked = Fields.present(day, field);
        if (checked.isAfter(LocalDate.now(clock))) {
            throw new RuleViolationException("indicator.dateInFuture", field);
        }
        return checked;
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

    public HighTechStage getStage() {
        return stage;
    }

    public LocalDate getEnteredOn() {
        return enteredOn;
    }

    public String getNote() {
        return note;
    }

    public Optional<Integer> applicationYear() {
        return Optional.ofNullable(applicationYear);
    }

    public Optional<LocalDate> submittedOn() {
        return Optional.ofNullable(submittedOn);
    }

    public Optional<String> certificateNo() {
        return Optional.ofNullable(certificateNo);
    }

    public Optional<LocalDate> issuedOn() {
        return Optional.ofNullable(issuedOn);
    }

    public Optional<String> failureReason() {
        return Optional.ofNullable(failureReason);
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }
}
