package cn.kejiju.workbench.incubator.pages;

import cn.kejiju.workbench.incubator.Agreement;
import cn.kejiju.workbench.incubator.CarrierService;
import cn.kejiju.workbench.incubator.EntryApplication;
import cn.kejiju.workbench.incubator.EntryService;
import cn.kejiju.workbench.incubator.LettingDraft;
import cn.kejiju.workbench.incubator.TenancyService;
import cn.kejiju.workbench.incubator.UnitStatus;
import cn.kejiju.workbench.enterprise.pages.EnterpriseChoices;
import cn.kejiju.workbench.platform.Choice;
import cn.kejiju.workbench.platform.PageMessages;
import cn.kejiju.workbench.shared.DomainException;
import jakarta.ejb.EJBException;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Lets units to an enterprise ({@code incubator/letting.xhtml?carrier=…} or {@code ?application=…}): carrier,
 * enterprise of its county (a search field), the carrier's units in service, days, deposit and rent relief.
 * Opened from an approved entry application it comes filled with the application's carrier and enterprise,
 * and the agreement records the application. A unit let for any of the days is refused next to the units,
 * naming the agreement that holds it.
 */
@Named
@ViewScoped
public class LettingPage implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FORM = "lettingForm";
    private static final Set<String> FIELDS = Set.of("carrierId", "enterpriseId", "unitIds", "startDate", "endDate",
            "deposit", "relief", "applicationId");

    @Inject
    TenancyService tenancyService;

    @Inject
    CarrierService carrierService;

    @Inject
    EntryService entryService;

    @Inject
    EnterpriseChoices enterpriseChoices;

    @Inject
    CarrierChoices carrierChoices;

    @Inject
    PageMessages messages;

    private Long carrierId;
    private Choice carrier;
    private Long carrierCountyId;
    private Long applicationId;
    private EntryRow application;
    private Choice enterprise;
    private List<Long> unitIds = new ArrayList<>();
    private LocalDate startDate;
    private LocalDate endDate;
    private BigDecimal deposit;
    private final ReliefRows relief = ReliefRows.usual();
    private List<SelectItem> units = List.of();

    public void load() {
        if (applicationId != null && application == null) {
            prefill();
        }
        if (startDate == null) {
            startDate = tenancyService.today();
            endDate = startDate.plusYears(3).minusDays(1);
        }
        carrierChanged();
    }

    /** Fills the form from the approved entry application: its carrier and enterprise. */
    private void prefill() {
        try {
            EntryApplication approved = entryService.get(applicationId);
            setCarrierId(approved.getCarrier().getId());
            enterprise = EnterpriseChoices.of(approved.getEnterprise());
            application = new EntryRow(approved);
        } catch (DomainException | EJBException e) {
            applicationId = null;
            messages.show(PageMessages.domainCause(e).orElseThrow(() -> e), null);
        }
    }

    /** The carrier chosen: the enterprise is searched in its county; offer its units in service. */
    public void carrierChanged() {
        carrierCountyId = null;
        if (carrierId == null) {
            units = List.of();
            return;
        }
        try {
            carrierCountyId = carrierService.get(carrierId).getCounty().getId();
            if (enterprise != null && !enterprise.isIn(carrierCountyId)) {
                enterprise = null;
            }
            units = carrierService.allUnits(carrierId).stream().filter(u -> u.getStatus() == UnitStatus.IN_SERVICE)
                    .map(u -> new SelectItem(u.getId(), u.getBuilding() + " " + u.getRoomCode() + "（"
                            + u.getArea().squareMetres().toPlainString() + " m²）"))
                    .toList();
        } catch (DomainException | EJBException e) {
            carrierId = null;
            carrier = null;
            units = List.of();
        }
    }

    public List<Choice> completeEnterprise(String text) {
        return carrierCountyId == null ? List.of() : enterpriseChoices.complete(text, carrierCountyId);
    }

    public String save() {
        try {
            Agreement agreement = tenancyService.let(new LettingDraft(enterprise == null ? null : enterprise.id(),
                    carrierId, unitIds, startDate, endDate, deposit, relief.steps(), applicationId));
            messages.flashInfo("incubator.agreement.saved", agreement.getId());
            return "/incubator/agreement?faces-redirect=true&id=" + agreement.getId();
        } catch (DomainException | EJBException e) {
            messages.showRefusal(e, FORM, FIELDS);
        }
        return null;
    }

    /** What the approved application asked for, when the letting is for one. */
    public EntryRow getApplication() {
        return application;
    }

    public Long getApplicationId() {
        return applicationId;
    }

    public void setApplicationId(Long applicationId) {
        this.applicationId = applicationId;
    }

    public List<SelectItem> getUnits() {
        return units;
    }

    public ReliefRows getRelief() {
        return relief;
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

    public List<Long> getUnitIds() {
        return unitIds;
    }

    public void setUnitIds(List<Long> unitIds) {
        this.unitIds = unitIds;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }

    public BigDecimal getDeposit() {
        return deposit;
    }

    public void setDeposit(BigDecimal deposit) {
        this.deposit = deposit;
    }
}
