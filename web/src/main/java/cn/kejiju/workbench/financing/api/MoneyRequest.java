package cn.kejiju.workbench.financing.api;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Money received or paid on a loan on a day: a repayment, the guarantor's compensation or a recovery. */
@Schema(name = "LoanMoneyRequest")
public class MoneyRequest {

    @Schema(required = true, type = SchemaType.STRING, description = "Yuan, at most two places", example = "86066.43")
    @NotNull
    public BigDecimal amount;

    @Schema(required = true, description = "The day the money moved: not before the loan (or the compensation), "
            + "not after today")
    @NotNull
    public LocalDate on;
}
