package cn.kejiju.workbench.financing.api;

import cn.kejiju.workbench.financing.ApplicationDraft;
import cn.kejiju.workbench.financing.FinancingApplication;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

/** A financing application as sent. {@code version} is required when updating. */
@Schema(name = "FinancingApplicationRequest")
public class ApplicationRequest {

    @Schema(required = true, description = "The applying enterprise (master data), in the caller's county")
    @NotNull
    public Long enterpriseId;

    @Schema(required = true, description = "A product code of GET /financing/products", example = "GUARANTEED")
    @NotBlank
    public String productCode;

    @Schema(required = true, type = SchemaType.STRING, description = "Yuan, at most two places", example = "3000000.00")
    @NotNull
    public BigDecimal amount;

    @Schema(required = true, example = "12")
    @NotNull
    public Integer termMonths;

    @Schema(required = true)
    @NotBlank
    @Size(max = FinancingApplication.PURPOSE_MAX)
    public String purpose;

    @Schema(required = true, description = "The bank asked for")
    @NotNull
    public Long bankId;

    @Schema(required = true, description = "The guarantee company asked for")
    @NotNull
    public Long guarantorId;

    @Schema(description = "The version read; required for updates")
    public Long version;

    ApplicationDraft toDraft() {
        return new ApplicationDraft(enterpriseId, productCode, amount, termMonths, purpose, bankId, guarantorId);
    }
}
