package cn.kejiju.workbench.incubator.pages;

import cn.kejiju.workbench.enterprise.EnterpriseFilter;
import cn.kejiju.workbench.enterprise.EnterpriseKind;
import cn.kejiju.workbench.enterprise.EnterpriseService;
import cn.kejiju.workbench.incubator.Agreement;
import cn.kejiju.workbench.incubator.CarrierFilter;
import cn.kejiju.workbench.incubator.CarrierService;
import cn.kejiju.workbench.incubator.LettingDraft;
import cn.kejiju.workbench.incubator.TenancyService;
import cn.kejiju.workbench.incubator.UnitStatus;
import cn.kejiju.workbench.platform.PageMessages;
import cn.kejiju.workbench.shared.DomainException;
import cn.kejiju.workbench.shared.PageRequest;
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
 * Lets units to an enterprise ({@code incubator/letting.xhtml?carrier=…}): carrier, enterprise of its
 * county, the carrier's units in service, days, deposit and rent relief. A unit let for any of the days
 * is refused next to the units, naming the agreement that holds it.
 */
@Named
@ViewScoped
public class LettingPage implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FORM = "lettingForm";
    /** The most carriers and enterprises a menu offers. */
    static final int CHOICES = 200;
    private static final Set<String> FIELDS = Set.of("carrierId", "enterpriseId", "unitIds", "startDate", "endDate",
            "deposit", "relief");

    @Inject
    TenancyService tenancyService;

    @Inject
    CarrierService carrierService;

    @Inject
    EnterpriseService enterpriseService;

    @Inject
    PageMessages messages;

    private Long carrierId;
    private Long enterpriseId;
    private List<Long> unitIds = new ArrayList<>();
    private LocalDate startDate;
    private LocalDate endDate;
    private BigDecimal deposit;
    private final ReliefRows relief = ReliefRows.usual();
    private List<SelectItem> carriers;
    private List<SelectItem> enterprises = List.of();
    private List<SelectItem> units = List.of();

    public void load() {
        carriers = carrierService.list(CarrierFilter.none(), PageRequest.of(0, CHOICES)).items().stream()
                .map(s -> new SelectItem(s.carrier().getId(), s.carrier().getName() + "（" + s.carrier().getCounty().getName() + "）"))
                .toList();
        if (startDate == null) {
            startDate = tenancyService.today();
            endDate = startDate.plusYears(3).minusDays(1);
        }
        carrierChanged();
    }

    /** The carrier chosen: offer the enterprises of its county and its units in service. */
    public void carrierChanged() {
        if (carrierId == null) {
            enterprises = List.of();
            units = List.of();
            return;
        }
        try {
            long countyId = carrierService.get(carrierId).getCounty().getId();
            EnterpriseFilter ofCounty = new EnterpriseFilter(null, EnterpriseKind.ENTERPRISE, null, countyId, null, null);
            enterprises = enterpriseService.list(ofCounty, new PageRequest(0, CHOICES, "name", true)).items().stream()
                    .map(e -> new SelectItem(e.getId(), e.getName())).toList();
            units = carrierService.allUnits(carrierId).stream().filter(u -> u.getStatus() == UnitStatus.IN_SERVICE)
                    .map(u -> new SelectItem(u.getId(), u.getBuilding() + " " + u.getRoomCode() + "（"
                            + u.getArea().squareMetres().toPlainString() + " m²）"))
                    .toList();
        } catch (DomainException | EJBException e) {
            carrierId = null;
            enterprises = List.of();
            units = List.of();
        }
    }

    public String save() {
        try {
            Agreement agreement = tenancyService.let(new LettingDraft(enterpriseId, carrierId, unitIds, startDate,
                    endDate, deposit, relief.steps()));
            messages.flashInfo("incubator.agreement.saved", agreement.getId());
            return "/incubator/agreement?faces-redirect=true&id=" + agreement.getId();
        } catch (DomainException | EJBException e) {
            messages.showRefusal(e, FORM, FIELDS);
        }
        return null;
    }

    public List<SelectItem> getCarriers() {
        return carriers;
    }

    public List<SelectItem> getEnterprises() {
        return enterprises;
    }

    public List<SelectItem> getUnits() {
        return units;
    }

    public ReliefRows getRelief() {
        return relief;
    }

    public Long getCarrierId() {
        return carrierId;
    }

    public void setCarrierId(Long carrierId) {
        this.carrierId = carrierId;
    }

    public Long getEnterpriseId() {
        return enterpriseId;
    }

    public void setEnterpriseId(Long enterpriseId) {
        this.enterpriseId = enterpriseId;
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
