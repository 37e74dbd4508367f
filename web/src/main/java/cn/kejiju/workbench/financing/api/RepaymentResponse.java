package cn.kejiju.workbench.financing.api;

import cn.kejiju.workbench.financing.Repayment;
import cn.kejiju.workbench.financing.Yuan;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A repayment: the amount, its interest and principal parts, the day, and how late the loan was that day. */
@Schema(name = "Repayment")
public record RepaymentResponse(long id, long loanId, String amount, String interestPart, String principalPart,
                                LocalDate paidOn, long daysLate, String recordedBy, LocalDateTime recordedAt) {

    static RepaymentResponse of(Repayment r, long loanId) {
        return new RepaymentResponse(r.getId(), loanId, Yuan.plain(r.getAmount()), Yuan.plain(r.getInterestPart()),
                Yuan.plain(r.getPrincipalPart()), r.getPaidOn(), r.getDaysLate(), r.getRecordedBy(), r.getRecordedAt());
    }
}
