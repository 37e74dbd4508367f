package cn.kejiju.workbench.financing.api;

import cn.kejiju.workbench.financing.Instalment;
import cn.kejiju.workbench.financing.Loan;
import cn.kejiju.workbench.financing.LoanDetail;
import cn.kejiju.workbench.financing.Yuan;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/**
 * A loan with its instalment table (the schedule), how it stands today, its repayments and any compensation.
 * Money as decimal strings (yuan); the rate in percent.
 */
@Schema(name = "Loan")
public record LoanResponse(
        LoanRow loan,
        String roundingMode,
        int termMonths,
        String createdBy,
        List<InstalmentLine> schedule,
        String scheduledPrincipal,
        String scheduledInterest,
        List<RepaymentResponse> repayments,
        CompensationResponse compensation) {

    /** One instalment: due, paid and still owed. */
    @Schema(name = "LoanInstalment")
    public record InstalmentLine(int number, LocalDate dueOn, String principal, String interest, String total,
                                 String principalPaid, String interestPaid, String owed, LocalDate settledOn) {

        static InstalmentLine of(Instalment i) {
            return new InstalmentLine(i.getNumber(), i.getDueOn(), Yuan.plain(i.getPrincipalDue()),
                    Yuan.plain(i.getInterestDue()), Yuan.plain(i.total()), Yuan.plain(i.getPrincipalPaid()),
                    Yuan.plain(i.getInterestPaid()), Yuan.plain(i.owed()), i.settledOn().orElse(null));
        }
    }

    static LoanResponse of(LoanDetail d) {
        Loan l = d.loan();
        List<Instalment> instalments = l.getInstalments();
        return new LoanResponse(LoanRow.of(l, d.standing()), l.getRoundingMode().name(), l.getTermMonths(),
                l.getCreatedBy(), instalments.stream().map(InstalmentLine::of).toList(),
                Yuan.plain(instalments.stream().map(Instalment::getPrincipalDue).reduce(java.math.BigDecimal.ZERO,
                        java.math.BigDecimal::add)),
                Yuan.plain(instalments.stream().map(Instalment::getInterestDue).reduce(java.math.BigDecimal.ZERO,
                        java.math.BigDecimal::add)),
                d.repayments().stream().map(r -> RepaymentResponse.of(r, l.getId())).toList(),
                d.compensationFound().map(c -> CompensationResponse.of(c, l.getId(), d.recoveries())).orElse(null));
    }
}
