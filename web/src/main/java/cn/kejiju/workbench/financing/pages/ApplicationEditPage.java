package cn.kejiju.workbench.financing.pages;

import cn.kejiju.workbench.financing.ApplicationDraft;
import cn.kejiju.workbench.financing.ApplicationService;
import cn.kejiju.workbench.financing.FinancingApplication;
import cn.kejiju.workbench.financing.PartnerKind;
import cn.kejiju.workbench.financing.PartnerService;
import cn.kejiju.workbench.financing.Yuan;
import cn.kejiju.workbench.platform.IdParameter;
import cn.kejiju.workbench.enterprise.pages.EnterpriseChoices;
import cn.kejiju.workbench.platform.Choice;
import cn.kejiju.workbench.platform.PageMessages;
import cn.kejiju.workbench.shared.DomainException;
import cn.kejiju.workbench.shared.NotFoundException;
import jakarta.ejb.EJBException;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * A new financing application, or changes to one before the committee
 * ({@code financing/application-edit.xhtml[?id=…]}): enterprise of the caller's jurisdiction, product,
 * amount in 万元 (kept exactly in yuan), term, purpose, bank and guarantee company.
 */
@Named
@ViewScoped
public class ApplicationEditPage implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FORM = "editForm";
    private static final Set<String> FIELDS = Set.of("enterpriseId", "productCode", "amount", "termMonths", "purpose",
            "bankId", "guarantorId");
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    @Inject
    ApplicationService applicationService;

    @Inject
    PartnerService partnerService;

    @Inject
    EnterpriseChoices enterpriseChoices;

    @Inject
    PageMessages messages;

    private Long id;
    private Long version;
    private Choice enterprise;
    private String productCode;
    private BigDecimal amountWan;
    private Integer termMonths;
    private String purpose;
    private Long bankId;
    private Long guarantorId;
    private List<SelectItem> products = List.of();
    private List<SelectItem> banks = List.of();
    private List<SelectItem> guarantors = List.of();

    public void load() {
        if (id != null) {
            try {
                FinancingApplication a = applicationService.get(id);
                version = a.getVersion();
                enterprise = EnterpriseChoices.of(a.getEnterprise());
                productCode = a.getProduct().getCode();
                amountWan = Yuan.wan(a.getAmount());
                termMonths = a.getTermMonths();
                purpose = a.getPurpose();
                bankId = a.getBank().getId();
                guarantorId = a.getGuarantor().getId();
            } catch (NotFoundException e) {
                IdParameter.notFound();
                return;
            }
        }
        products = partnerService.products().stream().filter(p -> p.isActive() || p.getCode().equals(productCode))
                .map(p -> new SelectItem(p.getCode(), p.getName())).toList();
        banks = partnerService.list(PartnerKind.BANK).stream()
                .map(s -> new SelectItem(s.partner().getId(), s.partner().getName())).toList();
        guarantors = partnerService.list(PartnerKind.GUARANTOR).stream()
                .map(s -> new SelectItem(s.partner().getId(), s.partner().getName())).toList();
    }

    public String save() {
        try {
            BigDecimal amount = amountWan == null ? null : amountWan.multiply(TEN_THOUSAND);
            ApplicationDraft draft = new ApplicationDraft(enterprise == null ? null : enterprise.id(), productCode, amount, termMonths, purpose, bankId,
                    guarantorId);
            FinancingApplication saved = id == null ? applicationService.submit(draft)
                    : applicationService.revise(id, version, draft);
            messages.flashInfo("financing.application.saved", saved.getId());
            return "/financing/application?faces-redirect=true&id=" + saved.getId();
        } catch (DomainException | EJBException e) {
            messages.showRefusal(e, FORM, FIELDS);
        }
        return null;
    }

    public boolean isCreating() {
        return id == null;
    }

    public String getId() {
        return id == null ? null : id.toString();
    }

    public void setId(String text) {
        id = IdParameter.parse(text);
    }

    /** The enterprises of the caller's jurisdiction matching what was typed (a search field, not a menu of all). */
    public List<Choice> completeEnterprise(String text) {
        return enterpriseChoices.complete(text, null);
    }

    public Choice getEnterprise() {
        return enterprise;
    }

    public void setEnterprise(Choice enterprise) {
        this.enterprise = enterprise;
    }

    public String getProductCode() {
        return productCode;
    }

    public void setProductCode(String productCode) {
        this.productCode = productCode;
    }

    public BigDecimal getAmountWan() {
        return amountWan;
    }

    public void setAmountWan(BigDecimal amountWan) {
        this.amountWan = amountWan;
    }

    public Integer getTermMonths() {
        return termMonths;
    }

    public void setTermMonths(Integer termMonths) {
        this.termMonths = termMonths;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public Long getBankId() {
        return bankId;
    }

    public void setBankId(Long bankId) {
        this.bankId = bankId;
    }

    public Long getGuarantorId() {
        return guarantorId;
    }

    public void setGuarantorId(Long guarantorId) {
        this.guarantorId = guarantorId;
    }

    public List<SelectItem> getProducts() {
        return products;
    }

    public List<SelectItem> getBanks() {
        return banks;
    }

    public List<SelectItem> getGuarantors() {
        return guarantors;
    }
}
