package cn.kejiju.workbench.preparedness.api;

import cn.kejiju.workbench.preparedness.MaterialKind;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A number of copies of one material kind: a campaign's goal, or what an event holds on loan. */
@Schema(name = "MaterialQuantity")
public class MaterialQuantity {

    @Schema(required = true)
    @NotNull
    public MaterialKind kind;

    @Schema(required = true, example = "500")
    @NotNull
    public Integer quantity;

    public MaterialQuantity() {
    }

    MaterialQuantity(MaterialKind kind, Integer quantity) {
        this.kind = kind;
        this.quantity = quantity;
    }
}
