package cn.kejiju.workbench.financing.api;

import cn.kejiju.workbench.financing.Loan;
import cn.kejiju.workbench.financing.LoanClass;
import cn.kejiju.workbench.financing.LoanStanding;
import cn.kejiju.workbench.financing.LoanStatus;
import cn.kejiju.workbench.financing.ScheduleMethod;
import cn.kejiju.workbench.financing.Yuan;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** A loan as a list shows it, with how it stands today. Money as decimal strings (yuan). */
@Schema(name = "LoanRow")
public record LoanRow(
        long id,
        long version,
        long applicationId,
        FinancingRef enterprise,
        FinancingRef county,
        FinancingRef bank,
        FinancingRef guarantor,
        String principal,
        String annualRate,
        LocalDate disbursedOn,
        LocalDate maturity,
        ScheduleMethod method,
        LoanStatus status,
        String outstanding,
        String overdue,
        long daysPastDue,
        LoanClass classification,
        LocalDate nextDueOn,
        String nextDueAmount) {

    static LoanRow of(Loan l, LoanStanding s) {
        return new LoanRow(l.getId(), l.getVersion(), l.getApplication().getId(), FinancingRef.of(l.getEnterprise()),
                FinancingRef.of(l.getCounty()), FinancingRef.of(l.getBank()), FinancingRef.of(l.getGuarantor()),
                Yuan.plain(l.getPrincipal()), l.getAnnualRate().stripTrailingZeros().toPlainString(), l.getDisbursedOn(),
                l.getMaturity(), l.getMethod(), l.getStatus(), Yuan.plain(s.outstanding()), Yuan.plain(s.overdue()),
                s.daysPastDue(), s.classification(), s.nextDueOn(), Yuan.plain(s.nextDueAmount()));
    }
}
