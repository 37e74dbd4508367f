package cn.kejiju.workbench.preparedness.api;

import cn.kejiju.workbench.preparedness.MaterialKind;
import cn.kejiju.workbench.preparedness.MaterialMovement;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Copies issued to, lent to or returned from an event. */
@Schema(name = "MaterialMovementRequest")
public class MovementRequest {

    @Schema(required = true)
    @NotNull
    public MaterialKind kind;

    @Schema(required = true, example = "200")
    @NotNull
    public Integer quantity;

    @Size(max = MaterialMovement.NOTE_MAX)
    public String note;
}
