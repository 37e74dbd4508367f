package cn.kejiju.workbench.preparedness.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** The stocks of the caller's counties (or one), by county and kind; {@code items} are {@code MaterialStock}s. */
@Schema(name = "MaterialStockList", description = "Material stocks by county and kind")
public record StockList(List<StockResponse> items) {
}
