package cn.kejiju.workbench.enterprise;

import cn.kejiju.workbench.jurisdiction.Jurisdiction;
import cn.kejiju.workbench.jurisdiction.JurisdictionLevel;
import cn.kejiju.workbench.shared.PhoneNumber;
import cn.kejiju.workbench.shared.Pinyin;
import cn.kejiju.workbench.shared.RuleViolationException;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.Year;
import java.util.Objects;
import java.util.Optional;

/**
 * An enterprise or organisation, one per unified social credit code. It lies in a township (and so in
 * that township's county, kept alongside for jurisdiction filtering). Changes go through
 * {@link #revise}, which checks every rule of the profile at once. Timestamps are the bureau's local
 * time (the clock's zone).
 */
@Entity
@Table(name = "enterprise")
@NamedQuery(name = "Enterprise.byCreditCode",
        query = "select e from Enterprise e where e.creditCode.value = :code")
@NamedQuery(name = "Enterprise.countInJurisdiction",
        query = "select count(e) from Enterprise e where e.township.id = :id or e.county.id = :id")
public class Enterprise {

    public static final int NAME_MAX = 200;
    public static final int INDUSTRY_MAX = 60;
    public static final int ADDRESS_MAX = 200;
    public static final int CONTACT_NAME_MAX = 50;
    /** The first year of the national tech-based SME evaluation (科技型中小企业评价). */
    public static final int FIRST_SME_YEAR = 2017;

    @Id
    @SequenceGenerator(name = "enterprise_seq", sequenceName = "enterprise_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "enterprise_seq")
    private Long id;

    @Version
    private long version;

    @Embedded
    private CreditCode creditCode;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    /** The pinyin initials of the name ("jzlgdz" for 江州蓝光电子), so that suggestions find it by them too. */
    @Column(length = NAME_MAX)
    private String initials;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private EnterpriseKind kind;

    @Column(length = INDUSTRY_MAX)
    private String industry;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "county_id", nullable = false)
    private Jurisdiction county;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "township_id", nullable = false)
    private Jurisdiction township;

    @Column(length = ADDRESS_MAX)
    private String address;

    @Column(name = "contact_name", length = CONTACT_NAME_MAX)
    private String contactName;

    @Embedded
    @AttributeOverride(name = "value", column = @Column(name = "contact_phone", length = PhoneNumber.MAX_LENGTH))
    private PhoneNumber contactPhone;

    @Embedded
    private HighTechCertificate highTech;

    @Column(name = "sme_year")
    private Integer smeRegisteredYear;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    protected Enterprise() {
        // for JPA
    }

    public Enterprise(CreditCode creditCode, EnterpriseProfile profile, Clock clock) {
        this.createdAt = LocalDateTime.now(clock);
        revise(creditCode, profile, clock);
    }

    /** Replaces the whole editable state, after checking every rule. */
    public final void revise(CreditCode newCode, EnterpriseProfile profile, Clock clock) {
        Objects.requireNonNull(newCode, "creditCode");
        Objects.requireNonNull(profile, "profile");
        String newName = required(profile.name(), "name", NAME_MAX);
        if (profile.kind() == null) {
            throw new RuleViolationException("field.required", "kind");
        }
        Jurisdiction newTownship = profile.township();
        if (newTownship == null) {
            throw new RuleViolationException("field.required", "townshipId");
        }
        if (newTownship.getLevel() != JurisdictionLevel.TOWNSHIP) {
            throw new RuleViolationException("enterprise.townshipLevel", "townshipId", newTownship.getName());
        }
        Integer year = profile.smeRegisteredYear();
        int thisYear = Year.now(clock).getValue();
        if (year != null && (year < FIRST_SME_YEAR || year > thisYear)) {
            throw new RuleViolationException("enterprise.smeYear", "smeRegisteredYear", FIRST_SME_YEAR, thisYear);
        }
        this.creditCode = newCode;
        this.name = newName;
        this.initials = Pinyin.initials(newName);
        this.kind = profile.kind();
        this.industry = optional(profile.industry(), "industry", INDUSTRY_MAX);
        this.township = newTownship;
        this.county = newTownship.county();
        this.address = optional(profile.address(), "address", ADDRESS_MAX);
        this.contactName = optional(profile.contactName(), "contactName", CONTACT_NAME_MAX);
        this.contactPhone = profile.contactPhone();
        this.highTech = profile.highTech();
        this.smeRegisteredYear = year;
        this.updatedAt = LocalDateTime.now(clock);
    }

    /** Sets the initials of an enterprise stored before they were kept (or by SQL); true when they changed. */
    public boolean refreshInitials() {
        String current = Pinyin.initials(name);
        boolean changed = !current.equals(initials);
        initials = current;
        return changed;
    }

    private static String required(String value, String field, int max) {
        String result = optional(value, field, max);
        if (result == null) {
            throw new RuleViolationException("field.required", field);
        }
        return result;
    }

    private static String optional(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.length() > max) {
            throw new RuleViolationException("field.tooLong", field, max);
        }
        return trimmed;
    }

    /**
     * Records the high-tech certificate of a recognition (高新技术企业认定), replacing the one held: the
     * pipeline of the indicator context writes it here, the one place the certificate is kept.
     */
    public void recogniseHighTech(HighTechCertificate certificate, Clock clock) {
        this.highTech = Objects.requireNonNull(certificate, "certificate");
        this.updatedAt = LocalDateTime.now(clock);
    }

    /** Whether it holds a high-tech certificate valid on the given day. */
    public boolean isHighTechOn(java.time.LocalDate day) {
        return highTech().map(certificate -> certificate.isValidOn(day)).orElse(false);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public CreditCode getCreditCode() {
        return creditCode;
    }

    public String getInitials() {
        return initials;
    }

    public String getName() {
        return name;
    }

    public EnterpriseKind getKind() {
        return kind;
    }

    public String getIndustry() {
        return industry;
    }

    public Jurisdiction getCounty() {
        return county;
    }

    public Jurisdiction getTownship() {
        return township;
    }

    public String getAddress() {
        return address;
    }

    public String getContactName() {
        return contactName;
    }

    public Optional<PhoneNumber> contactPhone() {
        return contactPhone == null || contactPhone.value() == null ? Optional.empty() : Optional.of(contactPhone);
    }

    public Optional<HighTechCertificate> highTech() {
        return highTech == null || highTech.number() == null ? Optional.empty() : Optional.of(highTech);
    }

    public Optional<Integer> smeRegisteredYear() {
        return Optional.ofNullable(smeRegisteredYear);
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }

    @Override
    public String toString() {
        return name + " (" + creditCode + ")";
    }
}
