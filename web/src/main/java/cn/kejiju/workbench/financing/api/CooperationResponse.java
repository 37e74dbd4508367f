package cn.kejiju.workbench.financing.api;

import cn.kejiju.workbench.financing.Cooperation;
import cn.kejiju.workbench.financing.CooperationSummary;
import cn.kejiju.workbench.financing.Yuan;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** A cooperation agreement with the quota used by guarantees in force. Money as decimal strings (yuan). */
@Schema(name = "Cooperation")
public record CooperationResponse(
        long id,
        long version,
        FinancingRef guarantor,
        FinancingRef counterparty,
        String quota,
        LocalDate validFrom,
        LocalDate validTo,
        String used,
        String headroom) {

    static CooperationResponse of(CooperationSummary s) {
        Cooperation c = s.cooperation();
        return new CooperationResponse(c.getId(), c.getVersion(), FinancingRef.of(c.getGuarantor()),
                FinancingRef.of(c.getCounterparty()), Yuan.plain(c.getQuota()), c.getValidFrom(), c.getValidTo(),
                Yuan.plain(s.used()), Yuan.plain(s.headroom()));
    }
}
