package cn.kejiju.workbench.preparedness.api;

import cn.kejiju.workbench.preparedness.MaterialKind;
import cn.kejiju.workbench.preparedness.MaterialMovement;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** Copies received into a county's stock. */
@Schema(name = "MaterialReceiptRequest")
public class ReceiptRequest {

    @Schema(description = "The county; a county token may leave it out (its own)")
    public Long countyId;

    @Schema(required = true)
    @NotNull
    public MaterialKind kind;

    @Schema(required = true, example = "1000")
    @NotNull
    public Integer quantity;

    @Schema(description = "Day received, not in the future; today when left out")
    public LocalDate receivedOn;

    @Schema(description = "From whom (e.g. 市地震局下发)")
    @Size(max = MaterialMovement.NOTE_MAX)
    public String note;
}
