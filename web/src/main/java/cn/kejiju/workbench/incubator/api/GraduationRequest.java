package cn.kejiju.workbench.incubator.api;

import cn.kejiju.workbench.incubator.Incubatee;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** A leader's graduation decision. */
@Schema(name = "GraduationRequest")
public class GraduationRequest {

    @Schema(required = true, description = "The version of the tenant read")
    @NotNull
    public Long version;

    @Schema(required = true, description = "The day of graduation: the running agreement ends on it")
    @NotNull
    public LocalDate graduationDate;

    @Size(max = Incubatee.EXIT_NOTE_MAX)
    public String note;
}
