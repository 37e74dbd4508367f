package cn.kejiju.workbench.financing.api;

import cn.kejiju.workbench.financing.LoanTerms;
import cn.kejiju.workbench.financing.ScheduleMethod;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A loan disbursed under an approved application's guarantee. */
@Schema(name = "LoanRequest")
public class LoanRequest {

    @Schema(required = true, description = "The approved application whose guarantee covers the loan")
    @NotNull
    public Long applicationId;

    @Schema(required = true, type = SchemaType.STRING, description = "Principal in yuan, at most the amount applied for",
            example = "3000000.00")
    @NotNull
    public BigDecimal principal;

    @Schema(required = true, type = SchemaType.STRING, description = "Annual rate in percent, at most four places",
            example = "4.35")
    @NotNull
    public BigDecimal annualRate;

    @Schema(required = true, description = "Within the guarantee's period, not after today")
    @NotNull
    public LocalDate disbursedOn;

    @Schema(required = true, description = "A whole number of months after the disbursement (the last instalment's day)")
    @NotNull
    public LocalDate maturity;

    @Schema(required = true, description = "EQUAL_INSTALMENT (等额本息), EQUAL_PRINCIPAL (等额本金) or INTEREST_ONLY")
    @NotNull
    public ScheduleMethod method;

    LoanTerms toTerms() {
        return new LoanTerms(principal, annualRate, disbursedOn, maturity, method);
    }
}
