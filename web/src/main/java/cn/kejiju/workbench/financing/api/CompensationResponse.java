package cn.kejiju.workbench.financing.api;

import cn.kejiju.workbench.financing.Compensation;
import cn.kejiju.workbench.financing.CompensationStatus;
import cn.kejiju.workbench.financing.Recovery;
import cn.kejiju.workbench.financing.Yuan;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/**
 * The guarantor's compensation of a loan (代偿): amount and day, what is recovered, written off and still
 * outstanding, a write-off awaiting a leader, and the recoveries.
 */
@Schema(name = "Compensation")
public record CompensationResponse(
        long id,
        long version,
        long loanId,
        String amount,
        LocalDate paidOn,
        String recovered,
        String writtenOff,
        String outstanding,
        CompensationStatus status,
        String writeOffAmount,
        String writeOffReasons,
        String preparedBy,
        String decidedBy,
        LocalDate writtenOffOn,
        List<RecoveryResponse> recoveries) {

    static CompensationResponse of(Compensation c, long loanId, List<Recovery> recoveries) {
        return new CompensationResponse(c.getId(), c.getVersion(), loanId, Yuan.plain(c.getAmount()), c.getPaidOn(),
                Yuan.plain(c.getRecovered()), Yuan.plain(c.getWrittenOff()), Yuan.plain(c.outstanding()), c.getStatus(),
                c.writeOffAmount().map(Yuan::plain).orElse(null), c.writeOffReasons().orElse(null),
                c.preparedBy().orElse(null), c.decidedBy().orElse(null), c.writtenOffOn().orElse(null),
                recoveries.stream().map(r -> RecoveryResponse.of(r, loanId)).toList());
    }
}
