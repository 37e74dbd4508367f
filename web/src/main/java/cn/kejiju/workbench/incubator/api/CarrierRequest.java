package cn.kejiju.workbench.incubator.api;

import cn.kejiju.workbench.incubator.Carrier;
import cn.kejiju.workbench.incubator.CarrierDraft;
import cn.kejiju.workbench.incubator.CarrierKind;
import cn.kejiju.workbench.incubator.RecognitionLevel;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** A carrier (载体) as an integrator sends it. {@code version} is required when updating. */
@Schema(name = "CarrierRequest")
public class CarrierRequest {

    @Schema(description = "The county (区县) the carrier lies in; a county token may leave it out (its own)")
    public Long countyId;

    @Schema(required = true, example = "长春同心创业科技园")
    @NotBlank
    @Size(max = Carrier.NAME_MAX)
    public String name;

    @Schema(required = true)
    @NotNull
    public CarrierKind kind;

    @Schema(required = true)
    @NotNull
    public RecognitionLevel recognitionLevel;

    @Schema(description = "Day of recognition; required unless the level is NONE, not in the future")
    public LocalDate recognizedOn;

    @Schema(description = "Operator (运营主体)")
    @Size(max = Carrier.OPERATOR_MAX)
    public String operator;

    @Schema(description = "Opening day, not in the future")
    public LocalDate openedOn;

    @Size(max = Carrier.ADDRESS_MAX)
    public String address;

    @Schema(description = "The version read; required for updates")
    public Long version;

    CarrierDraft toDraft() {
        return new CarrierDraft(countyId, name, kind, recognitionLevel, recognizedOn, operator, openedOn, address);
    }
}
