package cn.kejiju.workbench.financing.api;

import cn.kejiju.workbench.financing.CooperationDraft;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A cooperation agreement as sent; the parties are read only when it is signed. */
@Schema(name = "CooperationRequest")
public class CooperationRequest {

    @Schema(description = "The guarantee company; required when signing")
    public Long guarantorId;

    @Schema(description = "The bank, or the financing platform; required when signing")
    public Long counterpartyId;

    @Schema(required = true, type = SchemaType.STRING, description = "The quota (合作额度) in yuan", example = "500000000.00")
    @NotNull
    public BigDecimal quota;

    @Schema(required = true)
    @NotNull
    public LocalDate validFrom;

    @Schema(required = true)
    @NotNull
    public LocalDate validTo;

    @Schema(description = "The version read; required for updates")
    public Long version;

    CooperationDraft toDraft() {
        return new CooperationDraft(guarantorId, counterpartyId, quota, validFrom, validTo);
    }
}
