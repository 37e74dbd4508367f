package cn.kejiju.workbench.enterprise.pages;

import cn.kejiju.workbench.enterprise.CreditCode;
import cn.kejiju.workbench.enterprise.Enterprise;
import cn.kejiju.workbench.enterprise.EnterpriseDraft;
import cn.kejiju.workbench.enterprise.EnterpriseKind;
import cn.kejiju.workbench.enterprise.EnterpriseService;
import cn.kejiju.workbench.jurisdiction.Jurisdiction;
import cn.kejiju.workbench.jurisdiction.JurisdictionLevel;
import cn.kejiju.workbench.jurisdiction.JurisdictionService;
import cn.kejiju.workbench.platform.IdParameter;
import cn.kejiju.workbench.platform.PageMessages;
import cn.kejiju.workbench.shared.DomainException;
import cn.kejiju.workbench.shared.NotFoundException;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import jakarta.faces.validator.ValidatorException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Registers an enterprise ({@code edit.xhtml}) or revises one ({@code edit.xhtml?id=…}). The version
 * loaded with the record goes back with the revision, so a save over somebody else's newer save is
 * refused and the clerk keeps what she typed. A refused rule is shown next to the field it names.
 */
@Named
@ViewScoped
public class EnterpriseEditPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The form's id; its inputs carry the ids of the draft's fields. */
    static final String FORM = "editForm";

    private static final Set<String> FIELDS = Set.of("creditCode", "name", "kind", "industry", "townshipId",
            "address", "contactName", "contactPhone", "highTechCertificateNo", "highTechValidUntil",
            "smeRegisteredYear");

    @Inject
    EnterpriseService enterpriseService;

    @Inject
    JurisdictionService jurisdictionService;

    @Inject
    PageMessages messages;

    private Long id;
    private Long version;
    private boolean notFound;
    private Form form = new Form();
    private List<SelectItem> townshipOptions;

    /**
     * Loads the enterprise named by {@code ?id=}; without an id the form starts empty. An id that names
     * nothing, or an enterprise the caller may not see (another county's), answers 404.
     */
    public void load() {
        if (notFound) {
            IdParameter.notFound();
            return;
        }
        if (id == null) {
            return;
        }
        try {
            Enterprise enterprise = enterpriseService.get(id);
            version = enterprise.getVersion();
            form = Form.of(EnterpriseDraft.of(enterprise));
        } catch (NotFoundException e) {
            notFound = true;
            IdParameter.notFound();
        }
    }

    private List<SelectItem> townshipOptions() {
        List<SelectItem> options = new ArrayList<>();
        for (Jurisdiction county : jurisdictionService.list(null, JurisdictionLevel.COUNTY)) {
            List<SelectItem> townships = jurisdictionService.list(county.getId(), null).stream()
                    .map(township -> new SelectItem(township.getId(), township.getName()))
                    .toList();
            options.add(new SelectItemGroup(county.getName(), null, false, townships));
        }
        return options;
    }

    /**
     * Saves and shows the enterprise; a refused rule stays on this page next to its field, a stale
     * version as a message for the whole form.
     */
    public String save() {
        try {
            Enterprise saved = id == null
                    ? enterpriseService.register(form.toDraft())
                    : enterpriseService.revise(id, version, form.toDraft());
            messages.flashInfo("enterprise.edit.saved", saved.getName());
            return "/enterprise/detail?faces-redirect=true&id=" + saved.getId();
        } catch (DomainException | EJBException e) {
            messages.showRefusal(e, FORM, FIELDS);
        }
        return null;
    }

    /** Checks a credit code as the domain does (length, characters, division, check character) before saving. */
    public void validateCreditCode(FacesContext context, UIComponent component, Object value) {
        if (value == null || value.toString().isBlank()) {
            return;
        }
        try {
            CreditCode.of(value.toString());
        } catch (DomainException e) {
            String text = messages.describe(e);
            throw new ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        }
    }

    /** No {@code ?id=}: the form registers a new enterprise. */
    public boolean isCreating() {
        return id == null && !notFound;
    }

    /** The {@code ?id=} of the address; one that is not a number names no enterprise. */
    public String getId() {
        return id == null ? null : id.toString();
    }

    public void setId(String text) {
        id = IdParameter.parse(text);
        notFound = IdParameter.namesNothing(text);
    }

    public boolean isNotFound() {
        return notFound;
    }

    public Form getForm() {
        return form;
    }

    public EnterpriseKind[] getKinds() {
        return EnterpriseKind.values();
    }

    /** Townships grouped by county. */
    public List<SelectItem> getTownshipOptions() {
        if (townshipOptions == null) {
            townshipOptions = townshipOptions();
        }
        return townshipOptions;
    }

    /** What the clerk types, field by field, as the draft the service takes. */
    public static final class Form implements Serializable {

        private static final long serialVersionUID = 1L;

        private String creditCode;
        private String name;
        private EnterpriseKind kind;
        private String industry;
        private Long townshipId;
        private String address;
        private String contactName;
        private String contactPhone;
        private String highTechCertificateNo;
        private LocalDate highTechValidUntil;
        private Integer smeRegisteredYear;

        static Form of(EnterpriseDraft draft) {
            Form form = new Form();
            form.creditCode = draft.creditCode();
            form.name = draft.name();
            form.kind = draft.kind();
            form.industry = draft.industry();
            form.townshipId = draft.townshipId();
            form.address = draft.address();
            form.contactName = draft.contactName();
            form.contactPhone = draft.contactPhone();
            form.highTechCertificateNo = draft.highTechCertificateNo();
            form.highTechValidUntil = draft.highTechValidUntil();
            form.smeRegisteredYear = draft.smeRegisteredYear();
            return form;
        }

        EnterpriseDraft toDraft() {
            return new EnterpriseDraft(creditCode, name, kind, industry, townshipId, address, contactName,
                    contactPhone, highTechCertificateNo, highTechValidUntil, smeRegisteredYear);
        }

        public String getCreditCode() {
            return creditCode;
        }

        public void setCreditCode(String creditCode) {
            this.creditCode = creditCode;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public EnterpriseKind getKind() {
            return kind;
        }

        public void setKind(EnterpriseKind kind) {
            this.kind = kind;
        }

        public String getIndustry() {
            return industry;
        }

        public void setIndustry(String industry) {
            this.industry = industry;
        }

        public Long getTownshipId() {
            return townshipId;
        }

        public void setTownshipId(Long townshipId) {
            this.townshipId = townshipId;
        }

        public String getAddress() {
            return address;
        }

        public void setAddress(String address) {
            this.address = address;
        }

        public String getContactName() {
            return contactName;
        }

        public void setContactName(String contactName) {
            this.contactName = contactName;
        }

        public String getContactPhone() {
            return contactPhone;
        }

        public void setContactPhone(String contactPhone) {
            this.contactPhone = contactPhone;
        }

        public String getHighTechCertificateNo() {
            return highTechCertificateNo;
        }

        public void setHighTechCertificateNo(String highTechCertificateNo) {
            this.highTechCertificateNo = highTechCertificateNo;
        }

        public LocalDate getHighTechValidUntil() {
            return highTechValidUntil;
        }

        public void setHighTechValidUntil(LocalDate highTechValidUntil) {
            this.highTechValidUntil = highTechValidUntil;
        }

        public Integer getSmeRegisteredYear() {
            return smeRegisteredYear;
        }

        public void setSmeRegisteredYear(Integer smeRegisteredYear) {
            this.smeRegisteredYear = smeRegisteredYear;
        }
    }
}
