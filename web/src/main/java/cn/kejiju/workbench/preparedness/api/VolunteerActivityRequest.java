package cn.kejiju.workbench.preparedness.api;

import cn.kejiju.workbench.preparedness.ActivityKind;
import cn.kejiju.workbench.preparedness.VolunteerActivity;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A training or drill a member attended, with the hours it counts. */
@Schema(name = "VolunteerActivityRequest")
public class VolunteerActivityRequest {

    @Schema(required = true)
    @NotNull
    public ActivityKind kind;

    @Schema(description = "For a drill the module recorded: the publicity event with its drill plan")
    public Long eventId;

    @Schema(description = "What it was; required without an event (with one: the drill plan by default)")
    @Size(max = VolunteerActivity.TITLE_MAX)
    public String title;

    @Schema(description = "The day attended; with an event its day")
    public LocalDate heldOn;

    @Schema(required = true, type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
            example = "2.5", description = "Hours, more than 0, at most 24, in tenths")
    @NotNull
    public BigDecimal hours;
}
