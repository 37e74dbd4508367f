package cn.kejiju.workbench.indicator;

import cn.kejiju.workbench.enterprise.Enterprise;
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
import java.util.Objects;
import java.util.Optional;

/**
 * One patent of an enterprise (申请号 unique), the record a bureau keeps; the yearly counts of patents applied
 * and granted by type are aggregated from these. The county is the enterprise's, kept for filtering.
 */
@Entity
@Table(name = "ind_patent")
public class Patent {

    public static final int NUMBER_MAX = 30;
    public static final int TITLE_MAX = 200;

    @Id
    @SequenceGenerator(name = "ind_patent_seq", sequenceName = "ind_patent_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ind_patent_seq")
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "enterprise_id", nullable = false, updatable = false)
    private Enterprise enterprise;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "county_id", nullable = false)
    private Jurisdiction county;

    @Column(nullable = false, length = NUMBER_MAX)
    private String number;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "patent_type", nullable = false, length = 16)
    private PatentType type;

    @Column(name = "applied_on", nullable = false)
    private LocalDate appliedOn;

    @Column(name = "granted_on")
    private LocalDate grantedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private PatentStatus status;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    protected Patent() {
        // for JPA
    }

    public Patent(Enterprise enterprise, PatentDetails details, Clock clock) {
        this.enterprise = Objects.requireNonNull(enterprise, "enterprise");
        this.county = enterprise.getCounty();
        revise(details, clock);
    }

    /** Replaces what was recorded, after checking every rule. */
    public final void revise(PatentDetails details, Clock clock) {
        Objects.requireNonNull(details, "details");
        String newNumber = Fields.required(details.number(), "number", NUMBER_MAX);
        String newTitle = Fields.required(details.title(), "title", TITLE_MAX);
        Fields.present(details.type(), "type");
        Fields.present(details.status(), "status");
        LocalDate applied = Fields.present(details.appliedOn(), "appliedOn");
        LocalDate today = LocalDate.now(clock);
        if (applied.isAfter(today)) {
            throw new RuleViolationException("indicator.patent.appliedInFuture", "appliedOn");
        }
        LocalDate granted = details.grantedOn();
        if (details.status().granted() && granted == null) {
            throw new RuleViolationException("indicator.patent.grantDateRequired", "grantedOn");
        }
        if (!details.status().granted() && granted != null) {
            throw new RuleViolationException("indicator.patent.notGranted", "grantedOn");
        }
        if (granted != null && (granted.isBefore(applied) || granted.isAfter(today))) {
            throw new RuleViolationException("indicator.patent.grantDate", "grantedOn");
        }
        this.number = newNumber;
        this.title = newTitle;
        this.type = details.type();
        this.appliedOn = applied;
        this.grantedOn = granted;
        this.status = details.status();
        this.updatedAt = LocalDateTime.now(clock);
    }

    public PatentDetails details() {
        return new PatentDetails(number, title, type, appliedOn, grantedOn, status);
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

    public String getNumber() {
        return number;
    }

    public String getTitle() {
        return title;
    }

    public PatentType getType() {
        return type;
    }

    public LocalDate getAppliedOn() {
        return appliedOn;
    }

    public Optional<LocalDate> grantedOn() {
        return Optional.ofNullable(grantedOn);
    }

    public PatentStatus getStatus() {
        return status;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }
}
