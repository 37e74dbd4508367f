package cn.kejiju.workbench.incubator.pages;

import cn.kejiju.workbench.incubator.Agreement;
import cn.kejiju.workbench.incubator.CarrierService;
import cn.kejiju.workbench.incubator.ExitReason;
import cn.kejiju.workbench.incubator.TenancyService;
import cn.kejiju.workbench.incubator.UnitStatus;
import cn.kejiju.workbench.platform.IdParameter;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A tenancy agreement ({@code incubator/agreement.xhtml?id=…}): its units, days, rent, deposit and relief,
 * and for the incubator clerk, while it runs, renewal, a move to other units and the exit (irreversible:
 * confirmed first). Each opens a dialog; a refused rule is shown next to its field.
 */
@Named
@ViewScoped
public class AgreementDetailPage implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Set<String> FIELDS = Set.of("unitIds", "startDate", "endDate", "deposit", "relief",
            "exitDate", "reason", "note");

    @Inject
    TenancyService tenancyService;

    @Inject
    CarrierService carrierService;

    @Inject
    PageMessages messages;

    private Long id;
    private AgreementView agreement;

    private LocalDate renewEnd;
    private BigDecimal renewDeposit;
    private ReliefRows renewRelief = ReliefRows.empty();

    private List<Long> moveUnitIds = new ArrayList<>();
    private LocalDate moveDay;
    private LocalDate moveEnd;
    private BigDecimal moveDeposit;
    private ReliefRows moveRelief = ReliefRows.empty();
    private List<SelectItem> units;

    private LocalDate exitDate;
    private ExitReason exitReason;
    private String exitNote;

    public void load() {
        if (id == null) {
            IdParameter.notFound();
            return;
        }
        try {
            agreement = new AgreementView(tenancyService.get(id));
        } catch (NotFoundException e) {
            IdParameter.notFound();
        }
    }

    /** Opens the renewal: by default as long again as the agreement. */
    public void prepareRenewal() {
        renewEnd = agreement.getEndDate().plusYears(1);
        renewDeposit = agreement.getDeposit();
        renewRelief = ReliefRows.empty();
    }

    public String renew() {
        try {
            Agreement successor = tenancyService.renew(id, agreement.getVersion(), renewEnd, renewDeposit,
                    renewRelief.steps());
            messages.flashInfo("incubator.agreement.saved", successor.getId());
            return "/incubator/agreement?faces-redirect=true&id=" + successor.getId();
        } catch (DomainException | EJBException e) {
            messages.showRefusal(e, "renewForm", FIELDS);
        }
        return null;
    }

    public void prepareMove() {
        moveUnitIds = new ArrayList<>();
        moveDay = tenancyService.today();
        moveEnd = agreement.getEndDate();
        moveDeposit = agreement.getDeposit();
        moveRelief = ReliefRows.empty();
        units = carrierService.allUnits(agreement.getCarrierId()).stream()
                .filter(u -> u.getStatus() == UnitStatus.IN_SERVICE)
                .map(u -> new SelectItem(u.getId(), u.getBuilding() + " " + u.getRoomCode() + "（"
                        + u.getArea().squareMetres().toPlainString() + " m²）"))
                .toList();
    }

    public String move() {
        try {
            Agreement successor = tenancyService.move(id, agreement.getVersion(), moveUnitIds, moveDay, moveEnd,
                    moveDeposit, moveRelief.steps());
            messages.flashInfo("incubator.agreement.saved", successor.getId());
            return "/incubator/agreement?faces-redirect=true&id=" + successor.getId();
        } catch (DomainException | EJBException e) {
            messages.showRefusal(e, "moveForm", FIELDS);
        }
        return null;
    }

    public void prepareExit() {
        exitDate = tenancyService.today();
        exitReason = null;
        exitNote = null;
    }

    public String exit() {
        try {
            tenancyService.exit(id, agreement.getVersion(), exitDate, exitReason, exitNote);
            messages.flashInfo("incubator.agreement.exited", agreement.getEnterprise());
            return "/incubator/agreement?faces-redirect=true&id=" + id;
        } catch (DomainException | EJBException e) {
            messages.showRefusal(e, "exitForm", FIELDS);
        }
        return null;
    }

    public String getId() {
        return id == null ? null : id.toString();
    }

    public void setId(String text) {
        id = IdParameter.parse(text);
    }

    public AgreementView getAgreement() {
        return agreement;
    }

    /** The reasons a clerk records; graduation is a leader's decision on the tenant's page. */
    public ExitReason[] getExitReasons() {
        return java.util.Arrays.stream(ExitReason.values()).filter(r -> r != ExitReason.GRADUATED)
                .toArray(ExitReason[]::new);
    }

    public List<SelectItem> getUnits() {
        return units == null ? List.of() : units;
    }

    public LocalDate getRenewEnd() {
        return renewEnd;
    }

    public void setRenewEnd(LocalDate renewEnd) {
        this.renewEnd = renewEnd;
    }

    public BigDecimal getRenewDeposit() {
        return renewDeposit;
    }

    public void setRenewDeposit(BigDecimal renewDeposit) {
        this.renewDeposit = renewDeposit;
    }

    public ReliefRows getRenewRelief() {
        return renewRelief;
    }

    public List<Long> getMoveUnitIds() {
        return moveUnitIds;
    }

    public void setMoveUnitIds(List<Long> moveUnitIds) {
        this.moveUnitIds = moveUnitIds;
    }

    public LocalDate getMoveDay() {
        return moveDay;
    }

    public void setMoveDay(LocalDate moveDay) {
        this.moveDay = moveDay;
    }

    public LocalDate getMoveEnd() {
        return moveEnd;
    }

    public void setMoveEnd(LocalDate moveEnd) {
        this.moveEnd = moveEnd;
    }

    public BigDecimal getMoveDeposit() {
        return moveDeposit;
    }

    public void setMoveDeposit(BigDecimal moveDeposit) {
        this.moveDeposit = moveDeposit;
    }

    public ReliefRows getMoveRelief() {
        return moveRelief;
    }

    public LocalDate getExitDate() {
        return exitDate;
    }

    public void setExitDate(LocalDate exitDate) {
        this.exitDate = exitDate;
    }

    public ExitReason getExitReason() {
        return exitReason;
    }

    public void setExitReason(ExitReason exitReason) {
        this.exitReason = exitReason;
    }

    public String getExitNote() {
        return exitNote;
    }

    public void setExitNote(String exitNote) {
        this.exitNote = exitNote;
    }
}
