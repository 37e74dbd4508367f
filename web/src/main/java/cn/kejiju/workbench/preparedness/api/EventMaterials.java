package cn.kejiju.workbench.preparedness.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * What moved between the stock and an event ({@code movements}: {@code MaterialMovement}s, in the order
 * recorded) and the reusable items it still holds on loan ({@code outstanding}: {@code MaterialQuantity}s).
 */
@Schema(name = "PublicityEventMaterials")
public record EventMaterials(List<MovementResponse> movements, List<MaterialQuantity> outstanding) {
}
