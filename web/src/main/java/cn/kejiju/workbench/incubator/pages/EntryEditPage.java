package cn.kejiju.workbench.incubator.pages;

import cn.kejiju.workbench.incubator.CarrierService;
import cn.kejiju.workbench.incubator.EntryApplication;
import cn.kejiju.workbench.incubator.EntryDraft;
import cn.kejiju.workbench.incubator.EntryService;
import cn.kejiju.workbench.incubator.EntryStatus;
import cn.kejiju.workbench.incubator.UnitKind;
import cn.kejiju.workbench.platform.IdParameter;
import cn.kejiju.workbench.enterprise.pages.EnterpriseChoices;
import cn.kejiju.workbench.platform.Choice;
import cn.kejiju.workbench.platform.PageMessages;
import cn.kejiju.workbench.shared.DomainException;
import cn.kejiju.workbench.shared.NotFoundException;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A new entry application or a draft's revision ({@code incubator/application-edit.xhtml[?id=…][&carrier=…]}):
 * carrier, enterprise of the carrier's county (a search field), unit kind and area, business summary,
 * technology field and founding date. The entry rule is named on the founding date when refused.
 */
@Named
@ViewScoped
public class EntryEditPage implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FORM = "entryForm";
    private static final Set<String> FIELDS = Set.of("carrierId", "enterpriseId", "unitKind", "area",
            "businessSummary", "technologyField", "foundedOn");

    @Inject
    EntryService entryService;

    @Inject
    CarrierService carrierService;

    @Inject
    EnterpriseChoices enterpriseChoices;

    @Inject
    CarrierChoices carrierChoices;

    @Inject
    PageMessages messages;

    private List<String> knownFields = List.of();

    private Long id;
    private Long version;
    private Long carrierId;
    private Choice carrier;
    private Long carrierCountyId;
    private Choice enterprise;
    private UnitKind unitKind;
    private BigDecimal area;
    private String businessSummary;
    private String technologyField;
    private LocalDate foundedOn;
    private int maxAgeMonths;
    private boolean editable = true;

    public void load() {
        maxAgeMonths = entryService.settings().getMaxAgeMonths();
        knownFields = entryService.technologyFields();
        if (id != null && version == null) {
            try {
                EntryApplication a = entryService.get(id);
                version = a.getVersion();
                setCarrierId(a.getCarrier().getId());
                enterprise = EnterpriseChoices.of(a.getEnterprise());
                unitKind = a.getUnitKind();
                area = a.getArea();
                businessSummary = a.getBusinessSummary();
                technologyField = a.getTechnologyField();
                foundedOn = a.getFoundedOn();
                editable = a.getStatus() == EntryStatus.DRAFT;
            } catch (NotFoundException e) {
                IdParameter.notFound();
                return;
            }
        }
        carrierChanged();
    }

    /** The carrier chosen: the enterprise is searched in its county. */
    public void carrierChanged() {
        carrierCountyId = null;
        if (carrierId == null) {
            return;
        }
        try {
            carrierCountyId = carrierService.get(carrierId).getCounty().getId();
            if (enterprise != null && !enterprise.isIn(carrierCountyId)) {
                enterprise = null;
            }
        } catch (DomainException | EJBException e) {
            carrierId = null;
            carrier = null;
        }
    }

    public List<Choice> completeEnterprise(String text) {
        return carrierCountyId == null ? List.of() : enterpriseChoices.complete(text, carrierCountyId);
    }

    /** Fields offered while typing: those the incubation period knows, and any other may be typed. */
    public List<String> completeField(String text) {
        String typed = text == null ? "" : text.strip();
        return knownFields.stream().filter(field -> field.contains(typed)).toList();
    }

    public String save() {
        try {
            EntryDraft draft = new EntryDraft(enterprise == null ? null : enterprise.id(), carrierId, unitKind, area,
                    businessSummary, technologyField, foundedOn);
            EntryApplication saved = id == null ? entryService.create(draft) : entryService.revise(id, version, draft);
            messages.flashInfo("incubator.entry.saved", saved.getEnterprise().getName());
            return "/incubator/application?faces-redirect=true&id=" + saved.getId();
        } catch (DomainException | EJBException e) {
            messages.showRefusal(e, FORM, FIELDS);
        }
        return null;
    }

    public boolean isNew() {
        return id == null;
    }

    public boolean isEditable() {
        return editable;
    }

    /** The entry rule in words, under the founding date. */
    public String getRuleHint() {
        return messages.text("incubator.entry.ruleHint", maxAgeMonths);
    }

    public UnitKind[] getUnitKinds() {
        return UnitKind.values();
    }

    public String getId() {
        return id == null ? null : id.toString();
    }

    public void setId(String text) {
        id = IdParameter.parse(text);
    }

    /** The carrier chosen in the search field (the one of the address or the application at first). */
    public Choice getCarrier() {
        if (carrier == null && carrierId != null) {
            carrier = carrierChoices.choice(carrierId).orElse(null);
        }
        return carrier;
    }

    public void setCarrier(Choice carrier) {
        this.carrier = carrier;
        this.carrierId = carrier == null ? null : carrier.id();
    }

    public Long getCarrierId() {
        return carrierId;
    }

    public void setCarrierId(Long carrierId) {
        this.carrierId = carrierId;
        this.carrier = null;
    }

    public Choice getEnterprise() {
        return enterprise;
    }

    public void setEnterprise(Choice enterprise) {
        this.enterprise = enterprise;
    }

    public UnitKind getUnitKind() {
        return unitKind;
    }

    public void setUnitKind(UnitKind unitKind) {
        this.unitKind = unitKind;
    }

    public BigDecimal getArea() {
        return area;
    }

    public void setArea(BigDecimal area) {
        this.area = area;
    }

    public String getBusinessSummary() {
        return businessSummary;
    }

    public void setBusinessSummary(String businessSummary) {
        this.businessSummary = businessSummary;
    }

    public String getTechnologyField() {
        return technologyField;
    }

    public void setTechnologyField(String technologyField) {
        this.technologyField = technologyField;
    }

    public LocalDate getFoundedOn() {
        return foundedOn;
    }

    public void setFoundedOn(LocalDate foundedOn) {
        this.foundedOn = foundedOn;
    }
}
