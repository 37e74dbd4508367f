package cn.kejiju.workbench.financing;

import cn.kejiju.workbench.audit.AuditAction;
import cn.kejiju.workbench.audit.AuditEvent;
import cn.kejiju.workbench.audit.AuditTrail;
import cn.kejiju.workbench.enterprise.Enterprise;
import cn.kejiju.workbench.enterprise.EnterpriseRepository;
import cn.kejiju.workbench.platform.Persistence;
import cn.kejiju.workbench.security.CountyGuard;
import cn.kejiju.workbench.security.Roles;
import cn.kejiju.workbench.shared.ConflictException;
import cn.kejiju.workbench.shared.NotFoundException;
import cn.kejiju.workbench.shared.RuleViolationException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * Partners of the platform (guarantee companies, banks, the platform), their cooperation agreements, the
 * limits' settings, the products and related-party links. Partners and agreements serve the whole city: a
 * city-level financing clerk registers and revises them; everybody who reads business records reads them.
 */
@Stateless
@RolesAllowed({Roles.SYSTEM_ADMIN, Roles.LEADER, Roles.COMMISSIONER_CLERK, Roles.INCUBATOR_CLERK,
        Roles.FINANCING_CLERK, Roles.PREPAREDNESS_CLERK, Roles.PROJECT_CLERK, Roles.VIEWER, Roles.API_READ})
public class PartnerService {

    static final String RECORD = "Partner";
    static final String COOPERATION = "Cooperation";
    static final String LINK = "EnterpriseLink";
    static final String PRODUCT = "Product";

    @Inject
    PartnerRepository partners;

    @Inject
    EnterpriseRepository enterprises;

    @Inject
    CountyGuard guard;

    @Inject
    Persistence persistence;

    @Inject
    AuditTrail auditTrail;

    @Inject
    Clock clock;

    /** Partners of a kind (all when null) by name, each with its guarantees in force: two queries. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<PartnerSummary> list(PartnerKind kind) {
        List<Partner> found = partners.partners(kind);
        FinancingSettings settings = partners.settings();
        Map<Long, BigDecimal> inForce = partners.inForceByGuarantor(
                found.stream().filter(Partner::isGuarantor).map(Partner::getId).toList());
        return found.stream().map(p -> summary(p, inForce, settings)).toList();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public PartnerSummary summary(long id) {
        Partner partner = partners.get(id);
        Map<Long, BigDecimal> inForce = partner.isGuarantor()
                ? partners.inForceByGuarantor(List.of(id)) : Map.of();
        return summary(partner, inForce, partners.settings());
    }

    private static PartnerSummary summary(Partner p, Map<Long, BigDecimal> inForce, FinancingSettings settings) {
        BigDecimal used = inForce.getOrDefault(p.getId(), BigDecimal.ZERO.setScale(2));
        if (!p.isGuarantor()) {
            return new PartnerSummary(p, used, null, null);
        }
        int multiple = settings.multiple(p.category().orElseThrow());
        return new PartnerSummary(p, used, multiple, p.netAssets().orElseThrow().multiply(BigDecimal.valueOf(multiple)));
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Partner get(long id) {
        return partners.get(id);
    }

    @RolesAllowed({Roles.FINANCING_CLERK, Roles.API_WRITE})
    public Partner register(@NotNull PartnerDraft draft) {
        guard.requireCityLevel(RECORD, null, "kind");
        refuseTakenName(draft.name(), null);
        Partner partner = partners.add(new Partner(draft.kind(), draft.profile(), clock));
        persistence.flush(RECORD, null, () -> nameTaken(draft.name()));
        auditTrail.record(AuditEvent.created(RECORD, partner.getId(), PartnerDraft.of(partner)).build());
        return partner;
    }

    @RolesAllowed({Roles.FINANCING_CLERK, Roles.API_WRITE})
    public Partner revise(long id, @NotNull Long expectedVersion, @NotNull PartnerDraft draft) {
        guard.requireCityLevel(RECORD, id, "kind");
        Partner partner = partners.get(id);
        persistence.checkVersion(RECORD, id, expectedVersion, partner.getVersion());
        if (draft.kind() != null && draft.kind() != partner.getKind()) {
            throw new RuleViolationException("financing.partner.kindFixed", "kind");
        }
        refuseTakenName(draft.name(), id);
        PartnerDraft before = PartnerDraft.of(partner);
        partner.revise(draft.profile(), clock);
        persistence.flush(RECORD, id, ConflictException::concurrentChange);
        auditTrail.record(AuditEvent.updated(RECORD, id, before, PartnerDraft.of(partner)).build());
        return partner;
    }

    private void refuseTakenName(String name, Long exceptId) {
        if (name != null && partners.nameTaken(name, exceptId)) {
            throw nameTaken(name);
        }
    }

    private static ConflictException nameTaken(String name) {
        return new ConflictException("financing.partner.nameTaken", "name", name == null ? "" : name.strip());
    }

    /** The agreements (of one guarantee company, or all) with the quota used: two queries. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<CooperationSummary> cooperations(Long guarantorId) {
        List<Cooperation> found = partners.cooperations(guarantorId);
        Map<Long, BigDecimal> used = partners.inForceByCooperation(found.stream().map(Cooperation::getId).toList());
        return found.stream().map(c -> new CooperationSummary(c, used.getOrDefault(c.getId(),
                BigDecimal.ZERO.setScale(2)))).toList();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public CooperationSummary cooperation(long id) {
        Cooperation c = partners.getCooperation(id);
        return new CooperationSummary(c, partners.inForceByCooperation(List.of(id)).getOrDefault(id,
                BigDecimal.ZERO.setScale(2)));
    }

    @RolesAllowed({Roles.FINANCING_CLERK, Roles.API_WRITE})
    public Cooperation sign(@NotNull CooperationDraft draft) {
        guard.requireCityLevel(COOPERATION, null, "guarantorId");
        Partner guarantor = partner(draft.guarantorId(), "guarantorId");
        Partner counterparty = partner(draft.counterpartyId(), "counterpartyId");
        Cooperation cooperation = partners.addCooperation(new Cooperation(guarantor, counterparty, draft.quota(),
                draft.validFrom(), draft.validTo(), clock));
        persistence.flush(COOPERATION, null, ConflictException::concurrentChange);
        auditTrail.record(AuditEvent.created(COOPERATION, cooperation.getId(), CooperationDraft.of(cooperation)).build());
        return cooperation;
    }

    /** Changes quota and validity; the parties are fixed. A lower quota never undoes guarantees in force. */
    @RolesAllowed({Roles.FINANCING_CLERK, Roles.API_WRITE})
    public Cooperation revise(long id, @NotNull Long expectedVersion, @NotNull CooperationDraft draft) {
        guard.requireCityLevel(COOPERATION, id, "quota");
        Cooperation cooperation = partners.getCooperation(id);
        persistence.checkVersion(COOPERATION, id, expectedVersion, cooperation.getVersion());
        CooperationDraft before = CooperationDraft.of(cooperation);
        cooperation = partners.lockCooperation(id);
        cooperation.revise(draft.quota(), draft.validFrom(), draft.validTo(), clock);
        persistence.flush(COOPERATION, id, ConflictException::concurrentChange);
        auditTrail.record(AuditEvent.updated(COOPERATION, id, before, CooperationDraft.of(cooperation)).build());
        return cooperation;
    }

    private Partner partner(Long id, String field) {
        if (id == null) {
            throw new RuleViolationException("field.required", field);
        }
        return partners.find(id).orElseThrow(() -> new RuleViolationException("financing.cooperation."
                + ("guarantorId".equals(field) ? "guarantor" : "counterparty"), field));
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public FinancingSettings settings() {
        return partners.settings();
    }

    /** Changes the limits' numbers: city level only (system administrator or a read-write integrator). */
    @RolesAllowed({Roles.SYSTEM_ADMIN, Roles.API_WRITE})
    public FinancingSettings changeSettings(@NotNull Long expectedVersion, int standardMultiple, int smallMicroMultiple,
                                            BigDecimal standardPercent, BigDecimal smallMicroPercent) {
        return changeSettings(expectedVersion, standardMultiple, smallMicroMultiple, standardPercent, smallMicroPercent,
                null, null);
    }

    /**
     * Changes the limits' numbers and, when given, the loans' (the rounding mode of new instalment tables and the
     * day bands of the five categories): city level only.
     */
    @RolesAllowed({Roles.SYSTEM_ADMIN, Roles.API_WRITE})
    public FinancingSettings changeSettings(@NotNull Long expectedVersion, int standardMultiple, int smallMicroMultiple,
                                            BigDecimal standardPercent, BigDecimal smallMicroPercent,
                                            java.math.RoundingMode rounding, ClassificationBands bands) {
        guard.requireCityLevel("FinancingSettings", FinancingSettings.ID, "standardMultiple");
        FinancingSettings settings = partners.settings();
        persistence.checkVersion("FinancingSettings", FinancingSettings.ID, expectedVersion, settings.getVersion());
        settings.change(standardMultiple, smallMicroMultiple, standardPercent, smallMicroPercent, clock);
        if (rounding != null || bands != null) {
            settings.changeLoanTerms(rounding == null ? settings.getRoundingMode() : rounding,
                    bands == null ? settings.bands() : bands, clock);
        }
        persistence.flush("FinancingSettings", FinancingSettings.ID, ConflictException::concurrentChange);
        auditTrail.record(AuditEvent.of(AuditAction.SETTINGS_CHANGED).record("FinancingSettings", FinancingSettings.ID)
                .detail("multiples " + standardMultiple + "/" + smallMicroMultiple + ", one enterprise "
                        + settings.getStandardSinglePercent() + "%/" + settings.getSmallMicroSinglePercent() + "%, rounding "
                        + settings.getRoundingMode() + ", five-category bands " + settings.bands())
                .build());
        return settings;
    }

    /** Adds a product (city level): its code is unique and fixed afterwards. */
    @RolesAllowed({Roles.FINANCING_CLERK, Roles.API_WRITE})
    public Product defineProduct(String code, String name, int sortOrder) {
        guard.requireCityLevel(PRODUCT, null, "code");
        Product product = Product.define(code, name, sortOrder);
        if (partners.product(product.getCode()).isPresent()) {
            throw productTaken(product.getCode());
        }
        partners.addProduct(product);
        persistence.flush(PRODUCT, product.getCode(), () -> productTaken(product.getCode()));
        auditTrail.record(AuditEvent.created(PRODUCT, product.getCode(), ProductDraft.of(product)).build());
        return product;
    }

    /**
     * Renames or reorders a product, or withdraws it (inactive: kept on the applications that chose it, not offered
     * to new ones) or offers it again; city level, on top of the version read.
     */
    @RolesAllowed({Roles.FINANCING_CLERK, Roles.API_WRITE})
    public Product reviseProduct(String code, @NotNull Long expectedVersion, String name, int sortOrder, boolean active) {
        guard.requireCityLevel(PRODUCT, code, "code");
        Product product = partners.product(code).orElseThrow(() -> noProduct(code));
        persistence.checkVersion(PRODUCT, code, expectedVersion, product.getVersion());
        ProductDraft before = ProductDraft.of(product);
        product.revise(name, sortOrder, active);
        persistence.flush(PRODUCT, code, ConflictException::concurrentChange);
        auditTrail.record(AuditEvent.updated(PRODUCT, code, before, ProductDraft.of(product)).build());
        return product;
    }

    private static ConflictException productTaken(String code) {
        return new ConflictException("financing.product.codeTaken", "code", code);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Product> products() {
        return partners.products();
    }

    /** One product by its code, offered or withdrawn. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Product product(String code) {
        return partners.product(code).orElseThrow(() -> noProduct(code));
    }

    /** Not found, naming the code asked for as far as a code can be long (a caller's whole input is not echoed). */
    private static NotFoundException noProduct(String code) {
        String shown = code == null || code.length() <= Product.CODE_MAX ? code : code.substring(0, Product.CODE_MAX) + "…";
        return new NotFoundException(PRODUCT, shown);
    }

    /** The enterprise's related-party links (it must be visible to the caller). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<EnterpriseLink> links(long enterpriseId) {
        visibleEnterprise(enterpriseId, "enterpriseId");
        return partners.links(enterpriseId);
    }

    /** Records two enterprises as related parties; both must be visible to the caller. */
    @RolesAllowed({Roles.FINANCING_CLERK, Roles.API_WRITE})
    public EnterpriseLink link(long enterpriseId, Long relatedId, String relation) {
        Enterprise one = visibleEnterprise(enterpriseId, "enterpriseId");
        if (relatedId == null) {
            throw new RuleViolationException("field.required", "relatedId");
        }
        Enterprise other = visibleEnterprise(relatedId, "relatedId");
        if (partners.linkExists(one.getId(), other.getId())) {
            throw new ConflictException("financing.link.exists", "relatedId");
        }
        EnterpriseLink link = partners.addLink(new EnterpriseLink(one, other, relation, guard.callerName(), clock));
        persistence.flush(LINK, null, () -> new ConflictException("financing.link.exists", "relatedId"));
        auditTrail.record(AuditEvent.of(AuditAction.CREATE).record(LINK, link.getId()).jurisdiction(one.getCounty())
                .detail("enterprises " + one.getId() + " and " + other.getId() + ": " + link.getRelation()).build());
        return link;
    }

    private Enterprise visibleEnterprise(long id, String field) {
        return enterprises.find(id).filter(e -> guard.sees(e.getCounty()))
                .orElseThrow(() -> new RuleViolationException("financing.application.enterpriseUnknown", field, id));
    }
}
