package cn.kejiju.workbench.financing;

import java.math.BigDecimal;

/** A financing application as entered. */
public record ApplicationDraft(Long enterpriseId, String productCode, BigDecimal amount, Integer termMonths,
                               String purpose, Long bankId, Long guarantorId) {

    static ApplicationDraft of(FinancingApplication a) {
        return new ApplicationDraft(a.getEnterprise().getId(), a.getProduct().getCode(), a.getAmount(),
                a.getTermMonths(), a.getPurpose(), a.getBank().getId(), a.getGuarantor().getId());
    }
}
