package cn.kejiju.workbench.preparedness.api;

import cn.kejiju.workbench.preparedness.MaterialKind;
import cn.kejiju.workbench.preparedness.MaterialStock;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A county's stock of one material kind. */
@Schema(name = "MaterialStock")
public record StockResponse(
        PreparednessRef county,
        MaterialKind kind,
        @Schema(description = "Display boards and banners: lent and returned rather than issued") boolean reusable,
        @Schema(description = "In store") long onHand,
        @Schema(description = "Out on loan (reusable kinds)") long lent) {

    static StockResponse of(MaterialStock s) {
        return new StockResponse(PreparednessRef.of(s.getCounty()), s.getKind(), s.getKind().reusable(),
                s.getOnHand(), s.getLent());
    }
}
