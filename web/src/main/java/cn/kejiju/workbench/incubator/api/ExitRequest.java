package cn.kejiju.workbench.incubator.api;

import cn.kejiju.workbench.incubator.ExitReason;
import cn.kejiju.workbench.incubator.Incubatee;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** The tenant leaves: the running agreement ends on the day, the incubation exits. */
@Schema(name = "ExitRequest")
public class ExitRequest {

    @Schema(required = true, description = "The version of the agreement read")
    @NotNull
    public Long version;

    @Schema(required = true, description = "The last day, within the agreement")
    @NotNull
    public LocalDate exitDate;

    @Schema(required = true)
    @NotNull
    public ExitReason reason;

    @Size(max = Incubatee.EXIT_NOTE_MAX)
    public String note;
}
