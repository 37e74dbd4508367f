package cn.kejiju.workbench.financing.api;

import cn.kejiju.workbench.financing.ApplicationStatus;
import cn.kejiju.workbench.financing.FinancingApplication;
import cn.kejiju.workbench.financing.Yuan;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** An application as a list shows it. */
@Schema(name = "FinancingApplicationRow")
public record ApplicationRow(
        long id,
        long version,
        FinancingRef enterprise,
        FinancingRef county,
        ApplicationResponse.Product product,
        String amount,
        int termMonths,
        FinancingRef bank,
        FinancingRef guarantor,
        ApplicationStatus status,
        LocalDate submittedOn) {

    static ApplicationRow of(FinancingApplication a) {
        return new ApplicationRow(a.getId(), a.getVersion(), FinancingRef.of(a.getEnterprise()),
                FinancingRef.of(a.getCounty()),
                new ApplicationResponse.Product(a.getProduct().getCode(), a.getProduct().getName()),
                Yuan.plain(a.getAmount()), a.getTermMonths(), FinancingRef.of(a.getBank()),
                FinancingRef.of(a.getGuarantor()), a.getStatus(), a.getSubmittedOn());
    }
}
