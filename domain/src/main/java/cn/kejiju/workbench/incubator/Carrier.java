package cn.kejiju.workbench.incubator;

import cn.kejiju.workbench.jurisdiction.Jurisdiction;
import cn.kejiju.workbench.jurisdiction.JurisdictionLevel;
import cn.kejiju.workbench.shared.Pinyin;
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
import java.util.Optional;

/**
 * A carrier (载体): an incubator, maker space, accelerator or science park in a county, with the level it
 * is recognised at. Its units are separate records ({@link Unit}); its total area is their sum, asked of
 * the repository, never stored here.
 */
@Entity
@Table(name = "carrier")
public class Carrier {

    public static final int NAME_MAX = 100;
    public static final int OPERATOR_MAX = 200;
    public static final int ADDRESS_MAX = 200;

    @Id
    @SequenceGenerator(name = "carrier_seq", sequenceName = "carrier_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "carrier_seq")
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "county_id", nullable = false)
    private Jurisdiction county;

    @Size(max = NAME_MAX)
    @Column(nullable = false, length = NAME_MAX)
    private String name;

    /** The pinyin initials of the name ("txcykjy" for 同心创业科技园), so that search fields find it by them too. */
    @Column(length = NAME_MAX)
    private String initials;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CarrierKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "recognition_level", nullable = false, length = 12)
    private RecognitionLevel recognitionLevel;

    @Column(name = "recognized_on")
    private LocalDate recognizedOn;

    @Size(max = OPERATOR_MAX)
    @Column(length = OPERATOR_MAX)
    private String operator;

    @Column(name = "opened_on")
    private LocalDate openedOn;

    @Size(max = ADDRESS_MAX)
    @Column(length = ADDRESS_MAX)
    private String address;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    protected Carrier() {
        // for JPA
    }

    public Carrier(CarrierProfile profile, Clock clock) {
        this.createdAt = LocalDateTime.now(clock);
        revise(profile, clock);
    }

    /**
     * Replaces the description. The county must be a county; a recognition level other than none needs the
     * day of recognition, none has no day; neither that day nor the opening day lies in the future.
     */
    public void revise(CarrierProfile profile, Clock clock) {
        Jurisdiction newCounty = Fields.present(profile.county(), "countyId");
        if (newCounty.getLevel() != JurisdictionLevel.COUNTY) {
            throw new RuleViolationException("incubator.carrier.countyLevel", "countyId");
        }
        RecognitionLevel level = Fields.present(profile.recognitionLevel(), "recognitionLevel");
        LocalDate today = LocalDate.now(clock);
        if (level == RecognitionLevel.NONE && profile.recognizedOn() != null) {
            throw new RuleViolationException("incubator.carrier.recognizedWithoutLevel", "recognizedOn");
        }
        if (level != RecognitionLevel.NONE) {
            Fields.present(profile.recognizedOn(), "recognizedOn");
            if (profile.recognizedOn().isAfter(today)) {
                throw new RuleViolationException("incubator.carrier.inFuture", "recognizedOn");
            }
        }
        if (profile.openedOn() != null && profile.openedOn().isAfter(today)) {
            throw new RuleViolationException("incubator.carrier.inFuture", "openedOn");
        }
        this.county = newCounty;
        this.name = Fields.required(profile.name(), "name", NAME_MAX);
        this.initials = Pinyin.initials(name);
        this.kind = Fields.present(profile.kind(), "kind");
        this.recognitionLevel = level;
        this.recognizedOn = profile.recognizedOn();
        this.operator = Fields.optional(profile.operator(), "operator", OPERATOR_MAX);
        this.openedOn = profile.openedOn();
        this.address = Fields.optional(profile.address(), "address", ADDRESS_MAX);
        this.updatedAt = LocalDateTime.now(clock);
    }

    public CarrierProfile profile() {
        return new CarrierProfile(county, name, kind, recognitionLevel, recognizedOn, operator, openedOn, address);
    }

    /** Sets the initials of a carrier stored before they were kept (or by SQL); true when they changed. */
    public boolean refreshInitials() {
        String current = Pinyin.initials(name);
        boolean changed = !current.equals(initials);
        initials = current;
        return changed;
    }

    public String getInitials() {
        return initials;
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

    public CarrierKind getKind() {
        return kind;
    }

    public RecognitionLevel getRecognitionLevel() {
        return recognitionLevel;
    }

    public Optional<LocalDate> recognizedOn() {
        return Optional.ofNullable(recognizedOn);
    }

    public Optional<String> operator() {
        return Optional.ofNullable(operator);
    }

    public Optional<LocalDate> openedOn() {
        return Optional.ofNullable(openedOn);
    }

    public Optional<String> address() {
        return Optional.ofNullable(address);
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }
}
