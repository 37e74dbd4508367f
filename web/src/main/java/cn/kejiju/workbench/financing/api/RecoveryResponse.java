package cn.kejiju.workbench.financing.api;

import cn.kejiju.workbench.financing.Recovery;
import cn.kejiju.workbench.financing.Yuan;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** An amount recovered (追偿) on a loan's compensation. */
@Schema(name = "Recovery")
public record RecoveryResponse(long id, long loanId, String amount, LocalDate recoveredOn, String recordedBy,
                               LocalDateTime recordedAt) {

    static RecoveryResponse of(Recovery r, long loanId) {
        return new RecoveryResponse(r.getId(), loanId, Yuan.plain(r.getAmount()), r.getRecoveredOn(), r.getRecordedBy(),
                r.getRecordedAt());
    }
}
