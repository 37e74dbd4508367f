package cn.kejiju.workbench.financing;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A cooperation agreement as entered; the parties only when it is signed. */
public record CooperationDraft(Long guarantorId, Long counterpartyId, BigDecimal quota, LocalDate validFrom,
                               LocalDate validTo) {

    static CooperationDraft of(Cooperation c) {
        return new CooperationDraft(c.getGuarantor().getId(), c.getCounterparty().getId(), c.getQuota(),
                c.getValidFrom(), c.getValidTo());
    }
}
