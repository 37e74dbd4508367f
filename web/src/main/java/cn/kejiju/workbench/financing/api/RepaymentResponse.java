package cn.kejiju.workbench.financing.api;

import cn.kejiju.workbench.financing.Repayment;
import cn.kejiju.workbench.financing.Yuan;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A repayment: the amount, its interest and principal parts, the day, how late the loan was that day, and whether
 * it was an early repayment of principal (提前还款) after which the remaining instalments were generated again.
 */
@Schema(name = "Repayment")
public record RepaymentResponse(long id, long loanId, String amount, String interestPart, String principalPart,
                                LocalDate paidOn, long daysLate, boolean early, String recordedBy, LocalDateTime recordedAt) {

    static RepaymentResponse of(Repayment r, long loanId) {
        return new RepaymentResponse(r.getId(), loanId, Yuan.plain(r.getAmount()), Yuan.plain(r.getInterestPart()),
                Yuan.plain(r.getPrincipalPart()), r.getPaidOn(), r.getDaysLate(), r.isEarly(), r.getRecordedBy(), r.getRecordedAt());
    }
}
