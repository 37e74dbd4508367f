package cn.kejiju.workbench.financing.pages;

import cn.kejiju.workbench.financing.CooperationDraft;
import cn.kejiju.workbench.financing.CooperationSummary;
import cn.kejiju.workbench.financing.GuarantorCategory;
import cn.kejiju.workbench.financing.PartnerDraft;
import cn.kejiju.workbench.financing.PartnerKind;
import cn.kejiju.workbench.financing.PartnerService;
import cn.kejiju.workbench.financing.PartnerSummary;
import cn.kejiju.workbench.financing.Yuan;
import cn.kejiju.workbench.platform.PageMessages;
import cn.kejiju.workbench.shared.DomainException;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBException;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The platform's partners and cooperation agreements ({@code financing/partners.xhtml}): guarantee companies
 * with net assets, liability limit, guarantees in force and headroom; agreements with quota, used and
 * headroom (all in 万元). A city-level financing clerk registers partners and agreements in dialogs.
 */
@Named
@ViewScoped
public class PartnersPage implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Set<String> PARTNER_FIELDS = Set.of("kind", "name", "category", "netAssets", "netAssetsOn",
            "contact");
    private static final Set<String> AGREEMENT_FIELDS = Set.of("guarantorId", "counterpartyId", "quota", "validFrom",
            "validTo");

    /** A partner row in 万元. */
    public record PartnerRow(long id, PartnerKind kind, String name, GuarantorCategory category, BigDecimal netAssets,
                             LocalDate netAssetsOn, BigDecimal inForce, BigDecimal cap, BigDecimal headroom)
            implements Serializable {

        static PartnerRow of(PartnerSummary s) {
            return new PartnerRow(s.partner().getId(), s.partner().getKind(), s.partner().getName(),
                    s.partner().category().orElse(null), s.partner().netAssets().map(Yuan::wan).orElse(null),
                    s.partner().netAssetsOn().orElse(null), Yuan.wan(s.inForce()),
                    s.liabilityCap() == null ? null : Yuan.wan(s.liabilityCap()),
                    s.headroom() == null ? null : Yuan.wan(s.headroom()));
        }
    }

    /** An agreement row in 万元. */
    public record AgreementRow(long id, String guarantor, String counterparty, BigDecimal quota, BigDecimal used,
                               BigDecimal headroom, LocalDate validFrom, LocalDate validTo) implements Serializable {

        static AgreementRow of(CooperationSummary s) {
            return new AgreementRow(s.cooperation().getId(), s.cooperation().getGuarantor().getName(),
                    s.cooperation().getCounterparty().getName(), Yuan.wan(s.cooperation().getQuota()),
                    Yuan.wan(s.used()), Yuan.wan(s.headroom()), s.cooperation().getValidFrom(),
                    s.cooperation().getValidTo());
        }
    }

    @Inject
    PartnerService partnerService;

    @Inject
    PageMessages messages;

    private List<PartnerRow> partners = List.of();
    private List<AgreementRow> agreements = List.of();

    private PartnerKind kind;
    private String name;
    private GuarantorCategory category;
    private BigDecimal netAssets;
    private LocalDate netAssetsOn;
    private String contact;

    private Long guarantorId;
    private Long counterpartyId;
    private BigDecimal quota;
    private LocalDate validFrom;
    private LocalDate validTo;

    @PostConstruct
    void load() {
        partners = partnerService.list(null).stream().map(PartnerRow::of).toList();
        agreements = partnerService.cooperations(null).stream().map(AgreementRow::of).toList();
    }

    public void openPartner() {
        kind = PartnerKind.GUARANTOR;
        name = null;
        category = GuarantorCategory.STANDARD;
        netAssets = null;
        netAssetsOn = null;
        contact = null;
    }

    public String registerPartner() {
        try {
            boolean guarantor = kind == PartnerKind.GUARANTOR;
            partnerService.register(new PartnerDraft(kind, name, guarantor ? category : null,
                    guarantor ? netAssets : null, guarantor ? netAssetsOn : null, contact));
            messages.flashInfo("financing.partner.saved", name);
            return "/financing/partners?faces-redirect=true";
        } catch (DomainException | EJBException e) {
            messages.showRefusal(e, "partnerForm", PARTNER_FIELDS);
        }
        return null;
    }

    public void openAgreement() {
        guarantorId = null;
        counterpartyId = null;
        quota = null;
        validFrom = null;
        validTo = null;
    }

    public String signAgreement() {
        try {
            partnerService.sign(new CooperationDraft(guarantorId, counterpartyId, quota, validFrom, validTo));
            messages.flashInfo("financing.cooperation.saved");
            return "/financing/partners?faces-redirect=true";
        } catch (DomainException | EJBException e) {
            messages.showRefusal(e, "agreementForm", AGREEMENT_FIELDS);
        }
        return null;
    }

    public List<SelectItem> getGuarantors() {
        return partners.stream().filter(p -> p.kind() == PartnerKind.GUARANTOR)
                .map(p -> new SelectItem(p.id(), p.name())).toList();
    }

    public List<SelectItem> getCounterparties() {
        return partners.stream().filter(p -> p.kind() != PartnerKind.GUARANTOR)
                .map(p -> new SelectItem(p.id(), p.name())).toList();
    }

    public List<PartnerRow> getPartners() {
        return partners;
    }

    public List<AgreementRow> getAgreements() {
        return agreements;
    }

    public PartnerKind[] getKinds() {
        return PartnerKind.values();
    }

    public GuarantorCategory[] getCategories() {
        return GuarantorCategory.values();
    }

    public PartnerKind getKind() {
        return kind;
    }

    public void setKind(PartnerKind kind) {
        this.kind = kind;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public GuarantorCategory getCategory() {
        return category;
    }

    public void setCategory(GuarantorCategory category) {
        this.category = category;
    }

    public BigDecimal getNetAssets() {
        return netAssets;
    }

    public void setNetAssets(BigDecimal netAssets) {
        this.netAssets = netAssets;
    }

    public LocalDate getNetAssetsOn() {
        return netAssetsOn;
    }

    public void setNetAssetsOn(LocalDate netAssetsOn) {
        this.netAssetsOn = netAssetsOn;
    }

    public String getContact() {
        return contact;
    }

    public void setContact(String contact) {
        this.contact = contact;
    }

    public Long getGuarantorId() {
        return guarantorId;
    }

    public void setGuarantorId(Long guarantorId) {
        this.guarantorId = guarantorId;
    }

    public Long getCounterpartyId() {
        return counterpartyId;
    }

    public void setCounterpartyId(Long counterpartyId) {
        this.counterpartyId = counterpartyId;
    }

    public BigDecimal getQuota() {
        return quota;
    }

    public void setQuota(BigDecimal quota) {
        this.quota = quota;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDate validFrom) {
        this.validFrom = validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public void setValidTo(LocalDate validTo) {
        this.validTo = validTo;
    }
}
