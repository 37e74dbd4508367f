package cn.kejiju.workbench.commissioner;

import cn.kejiju.workbench.enterprise.Enterprise;
import cn.kejiju.workbench.jurisdiction.Jurisdiction;
import cn.kejiju.workbench.jurisdiction.JurisdictionLevel;
import cn.kejiju.workbench.shared.PhoneNumber;
import cn.kejiju.workbench.shared.ResidentId;
import cn.kejiju.workbench.shared.RuleViolationException;
import jakarta.persistence.AttributeOverride;
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

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A science-technology commissioner (科技特派员): a person, a team (特派团) or a legal person (法人特派员)
 * posted by a county, the city or the province and managed by one county's bureau. Changes go through
 * {@link #revise}, which checks every rule of the profile at once, the eligibility rule included.
 */
@Entity
@Table(name = "commissioner")
public class Commissioner {

    public static final int NAME_MAX = 100;
    public static final int EMPLOYER_MAX = 200;
    public static final int SPECIALTY_MAX = 30;
    public static final int MAX_SPECIALTIES = 10;
    public static final int MAX_MEMBERS = 30;

    @Id
    @SequenceGenerator(name = "commissioner_seq", sequenceName = "commissioner_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "commissioner_seq")
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "county_id", nullable = false)
    private Jurisdiction county;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    private Gender gender;

    @Embedded
    private ResidentId residentId;

    @Embedded
    @AttributeOverride(name = "value", column = @Column(name = "phone", length = PhoneNumber.MAX_LENGTH))
    private PhoneNumber phone;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "employer_id")
    private Enterprise employer;

    @Column(name = "employer_name", nullable = false, length = EMPLOYER_MAX)
    private String employerName;

    @Enumerated(EnumType.STRING)
    @Column(name = "employer_category", nullable = false, length = 30)
    private EmployerCategory employerCategory;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ProfessionalTitle title;

    @ElementCollection
    @CollectionTable(name = "commissioner_specialty", joinColumns = @JoinColumn(name = "commissioner_id"))
    @OrderColumn(name = "position")
    @Column(name = "specialty", nullable = false, length = SPECIALTY_MAX)
    private List<String> specialties = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CommissionerKind kind;

    @ElementCollection
    @CollectionTable(name = "commissioner_member", joinColumns = @JoinColumn(name = "commissioner_id"))
    @OrderColumn(name = "position")
    private List<TeamMember> members = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "service_field", nullable = false, length = 20)
    private ServiceField field;

    @Enumerated(EnumType.STRING)
    @Column(name = "dispatch_level", nullable = false, length = 20)
    private DispatchLevel dispatchLevel;

    @Column(name = "posted_on", nullable = false)
    private LocalDate postedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private CommissionerStatus status;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    protected Commissioner() {
        // for JPA
    }

    public Commissioner(CommissionerProfile profile, CommissionerSettings settings, Clock clock) {
        this.createdAt = LocalDateTime.now(clock);
        this.status = CommissionerStatus.ACTIVE;
        revise(profile, settings, clock);
    }

    /** Replaces the whole profile, after checking every rule, the eligibility rule of the settings included. */
    public final void revise(CommissionerProfile profile, CommissionerSettings settings, Clock clock) {
        Objects.requireNonNull(profile, "profile");
        Jurisdiction newCounty = profile.county();
        if (newCounty == null) {
            throw new RuleViolationException("field.required", "countyId");
        }
        if (newCounty.getLevel() != JurisdictionLevel.COUNTY) {
            throw new RuleViolationException("commissioner.countyLevel", "countyId", newCounty.getName());
        }
        String newName = Texts.required(profile.name(), "name", NAME_MAX);
        CommissionerKind newKind = required(profile.kind(), "kind");
        ProfessionalTitle newTitle = required(profile.title(), "title");
        ServiceField newField = required(profile.field(), "field");
        DispatchLevel newLevel = required(profile.dispatchLevel(), "dispatchLevel");
        EmployerCategory category = required(profile.employerCategory(), "employerCategory");
        LocalDate posted = required(profile.postedOn(), "postedOn");
        if (posted.isAfter(LocalDate.now(clock))) {
            throw new RuleViolationException("commissioner.postedInFuture", "postedOn");
        }
        settings.checkEligibility(category);
        String newEmployerName = profile.employer() != null
                ? profile.employer().getName()
                : Texts.required(profile.employerName(), "employerName", EMPLOYER_MAX);
        if (newKind == CommissionerKind.LEGAL_PERSON && profile.employer() == null) {
            throw new RuleViolationException("commissioner.legalPersonNeedsOrganisation", "employerId");
        }
        if (newKind != CommissionerKind.LEGAL_PERSON) {
            if (profile.residentId() == null) {
                throw new RuleViolationException("field.required", "residentId");
            }
            if (profile.gender() != null && profile.residentId().isMale() != (profile.gender() == Gender.MALE)) {
                throw new RuleViolationException("commissioner.genderMismatch", "gender");
            }
        }
        if (newKind == CommissionerKind.TEAM && profile.members().isEmpty()) {
            throw new RuleViolationException("commissioner.teamNeedsMembers", "members");
        }
        if (newKind != CommissionerKind.TEAM && !profile.members().isEmpty()) {
            throw new RuleViolationException("commissioner.membersOnlyForTeams", "members");
        }
        if (profile.members().size() > MAX_MEMBERS) {
            throw new RuleViolationException("commissioner.tooManyMembers", "members", MAX_MEMBERS);
        }
        List<String> newSpecialties = specialties(profile.specialties());

        this.county = newCounty;
        this.name = newName;
        this.kind = newKind;
        boolean person = newKind != CommissionerKind.LEGAL_PERSON;
        // the resident ID tells the gender; a gender given must agree with it, none given is taken from it
        this.gender = person ? (profile.residentId().isMale() ? Gender.MALE : Gender.FEMALE) : null;
        this.residentId = person ? profile.residentId() : null;
        this.phone = profile.phone();
        this.employer = profile.employer();
        this.employerName = newEmployerName;
        this.employerCategory = category;
        this.title = newTitle;
        this.specialties.clear();
        this.specialties.addAll(newSpecialties);
        this.members.clear();
        this.members.addAll(profile.members());
        this.field = newField;
        this.dispatchLevel = newLevel;
        this.postedOn = posted;
        this.updatedAt = LocalDateTime.now(clock);
    }

    private static <T> T required(T value, String field) {
        if (value == null) {
            throw new RuleViolationException("field.required", field);
        }
        return value;
    }

    private static List<String> specialties(List<String> entered) {
        LinkedHashSet<String> distinct = new LinkedHashSet<>();
        for (String specialty : entered) {
            String trimmed = Texts.optional(specialty, "specialties", SPECIALTY_MAX);
            if (trimmed != null) {
                distinct.add(trimmed);
            }
        }
        if (distinct.size() > MAX_SPECIALTIES) {
            throw new RuleViolationException("commissioner.tooManySpecialties", "specialties", MAX_SPECIALTIES);
        }
        return List.copyOf(distinct);
    }

    /**
     * Ends the posting on the given day. The caller has ended the commissioner's assignments first:
     * {@code activeAssignments} is how many are still active.
     */
    public void end(LocalDate on, long activeAssignments, Clock clock) {
        if (status == CommissionerStatus.ENDED) {
            throw new RuleViolationException("commissioner.alreadyEnded", "status");
        }
        if (activeAssignments > 0) {
            throw new RuleViolationException("commissioner.hasActiveAssignments", "status", activeAssignments);
        }
        if (on == null || on.isBefore(postedOn)) {
            throw new RuleViolationException("commissioner.endBeforePosting", "endedOn");
        }
        this.status = CommissionerStatus.ENDED;
        this.endedOn = on;
        this.updatedAt = LocalDateTime.now(clock);
    }

    public boolean isActive() {
        return status == CommissionerStatus.ACTIVE;
    }

    /** Whether the commissioner takes part in a specialty-matching search term. */
    public boolean hasSpecialtyMatching(String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        return specialties.stream().anyMatch(text::contains)
                || members.stream().anyMatch(m -> m.getSpecialty() != null && text.contains(m.getSpecialty()));
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Jurisdiction getCounty() {
        return county;
    }

    public String getName() {
        return name;
    }

    public Optional<Gender> gender() {
        return Optional.ofNullable(gender);
    }

    public Optional<ResidentId> residentId() {
        return residentId == null || residentId.value() == null ? Optional.empty() : Optional.of(residentId);
    }

    public Optional<PhoneNumber> phone() {
        return phone == null || phone.value() == null ? Optional.empty() : Optional.of(phone);
    }

    public Optional<Enterprise> employer() {
        return Optional.ofNullable(employer);
    }

    public String getEmployerName() {
        return employerName;
    }

    public EmployerCategory getEmployerCategory() {
        return employerCategory;
    }

    public ProfessionalTitle getTitle() {
        return title;
    }

    public List<String> getSpecialties() {
        return List.copyOf(specialties);
    }

    public CommissionerKind getKind() {
        return kind;
    }

    public List<TeamMember> getMembers() {
        return List.copyOf(members);
    }

    public ServiceField getField() {
        return field;
    }

    public DispatchLevel getDispatchLevel() {
        return dispatchLevel;
    }

    public LocalDate getPostedOn() {
        return postedOn;
    }

    public int getPostingYear() {
        return postedOn.getYear();
    }

    /**
     * The months of {@code year} the commissioner was in post, for the assessment's pro-rated quota: a
     * month counts when the posting covers its 15th (posted on the 15th or before, not ended before it).
     */
    public int monthsServedIn(int year) {
        int months = 0;
        for (int month = 1; month <= CommissionerSettings.MONTHS; month++) {
            LocalDate middle = LocalDate.of(year, month, 15);
            if (!postedOn.isAfter(middle) && (endedOn == null || !endedOn.isBefore(middle))) {
                months++;
            }
        }
        return months;
    }

    public CommissionerStatus getStatus() {
        return status;
    }

    public Optional<LocalDate> endedOn() {
        return Optional.ofNullable(endedOn);
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }

    @Override
    public String toString() {
        return name + " #" + id;
    }
}
