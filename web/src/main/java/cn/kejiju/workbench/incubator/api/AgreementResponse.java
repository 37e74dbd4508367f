package cn.kejiju.workbench.incubator.api;

import cn.kejiju.workbench.incubator.Agreement;
import cn.kejiju.workbench.incubator.AgreementStatus;
import cn.kejiju.workbench.incubator.ExitReason;
import cn.kejiju.workbench.incubator.Incubatee;
import cn.kejiju.workbench.incubator.Letting;
import cn.kejiju.workbench.incubator.ReliefStep;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A tenancy agreement as the API shows it. */
@Schema(name = "Agreement")
public record AgreementResponse(
        long id,
        long version,
        IncubatorRef county,
        IncubatorRef carrier,
        IncubatorRef enterprise,
        @Schema(description = "The incubation the agreement belongs to; renewals and moves keep it") long incubateeId,
        @Schema(description = "First entry of the incubation") LocalDate enteredOn,
        List<LetUnit> units,
        LocalDate startDate,
        LocalDate endDate,
        @Schema(description = "Deposit, yuan") BigDecimal deposit,
        @Schema(description = "Sum of area × list rent of the units, yuan per month") BigDecimal monthlyRent,
        @Schema(description = "Rent over the whole agreement after relief, yuan") BigDecimal totalRent,
        List<Relief> relief,
        AgreementStatus status,
        @Schema(description = "The agreement this one renewed or replaced by a move") Long predecessorId,
        @Schema(description = "Set once the incubation exited") LocalDate exitedOn,
        ExitReason exitReason,
        String exitNote,
        @Schema(description = "The approved entry application the agreement lets units for") Long applicationId) {

    /** A unit let under the agreement, with the area and rent the rent was computed from. */
    @Schema(name = "AgreementUnit")
    public record LetUnit(long unitId, String building, String roomCode, BigDecimal area, BigDecimal listRent,
                          LocalDate startDate, LocalDate endDate) {

        static LetUnit of(Letting l) {
            return new LetUnit(l.getUnit().getId(), l.getUnit().getBuilding(), l.getUnit().getRoomCode(),
                    l.getArea().squareMetres(), l.getRate(), l.getStartDate(), l.getEndDate());
        }
    }

    /** A relief step: months (the first is 1) and the share of the rent waived. */
    @Schema(name = "ReliefStep")
    public record Relief(int fromMonth, int toMonth, BigDecimal percent) {

        static Relief of(ReliefStep s) {
            return new Relief(s.fromMonth(), s.toMonth(), s.percent());
        }
    }

    static AgreementResponse of(Agreement a) {
        Incubatee i = a.getIncubatee();
        return new AgreementResponse(a.getId(), a.getVersion(), IncubatorRef.of(a.getCounty()),
                new IncubatorRef(i.getCarrier().getId(), i.getCarrier().getName()),
                new IncubatorRef(i.getEnterprise().getId(), i.getEnterprise().getName()), i.getId(), i.getEnteredOn(),
                a.getLettings().stream().map(LetUnit::of).toList(), a.getStartDate(), a.getEndDate(), a.getDeposit(),
                a.getMonthlyRent(), a.totalRent(), a.reliefSchedule().steps().stream().map(Relief::of).toList(),
                a.getStatus(), a.predecessorId().orElse(null), i.exitedOn().orElse(null), i.exitReason().orElse(null),
                i.exitNote().orElse(null), a.getApplicationId());
    }
}
