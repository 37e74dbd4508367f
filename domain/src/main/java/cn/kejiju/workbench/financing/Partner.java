package cn.kejiju.workbench.financing;

import cn.kejiju.workbench.shared.ClerkInput;
import cn.kejiju.workbench.shared.RuleViolationException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * A partner of the financing platform: a guarantee company (with its net assets, the day they were reported
 * and its category, which sets its capacity multiple), a bank, or the bureau's platform. Its kind is fixed.
 */
@Entity
@Table(name = "fin_partner")
public class Partner {

    public static final int NAME_MAX = 100;
    public static final int CONTACT_MAX = 100;

    @Id
    @SequenceGenerator(name = "fin_partner_seq", sequenceName = "fin_partner_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "fin_partner_seq")
    private Long id;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private PartnerKind kind;

    @Size(max = NAME_MAX)
    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(length = 12)
    private GuarantorCategory category;

    @Column(name = "net_assets", precision = 19, scale = 2)
    private BigDecimal netAssets;

    @Column(name = "net_assets_on")
    private LocalDate netAssetsOn;

    @Size(max = CONTACT_MAX)
    @Column(length = CONTACT_MAX)
    private String contact;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    protected Partner() {
        // for JPA
    }

    public Partner(PartnerKind kind, PartnerProfile profile, Clock clock) {
        this.kind = ClerkInput.present(kind, "kind");
        revise(profile, clock);
    }

    /**
     * Replaces the description. A guarantee company needs its category, positive net assets and the day they
     * were reported (not in the future); a bank or the platform has none of them.
     */
    public void revise(PartnerProfile profile, Clock clock) {
        String newName = ClerkInput.required(profile.name(), "name", NAME_MAX);
        if (kind == PartnerKind.GUARANTOR) {
            GuarantorCategory newCategory = ClerkInput.present(profile.category(), "category");
            BigDecimal assets = Yuan.positive(profile.netAssets(), "netAssets");
            LocalDate on = ClerkInput.present(profile.netAssetsOn(), "netAssetsOn");
            if (on.isAfter(LocalDate.now(clock))) {
                throw new RuleViolationException("financing.partner.inFuture", "netAssetsOn");
            }
            this.category = newCategory;
            this.netAssets = assets;
            this.netAssetsOn = on;
        } else if (profile.category() != null || profile.netAssets() != null || profile.netAssetsOn() != null) {
            throw new RuleViolationException("financing.partner.assetsOnlyGuarantor", "netAssets");
        }
        this.name = newName;
        this.contact = ClerkInput.optional(profile.contact(), "contact", CONTACT_MAX);
        this.updatedAt = LocalDateTime.now(clock);
    }

    public PartnerProfile profile() {
        return new PartnerProfile(name, category, netAssets, netAssetsOn, contact);
    }

    public boolean isGuarantor() {
        return kind == PartnerKind.GUARANTOR;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public PartnerKind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public Optional<GuarantorCategory> category() {
        return Optional.ofNullable(category);
    }

    public Optional<BigDecimal> netAssets() {
        return Optional.ofNullable(netAssets);
    }

    public Optional<LocalDate> netAssetsOn() {
        return Optional.ofNullable(netAssetsOn);
    }

    public Optional<String> contact() {
        return Optional.ofNullable(contact);
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }
}
