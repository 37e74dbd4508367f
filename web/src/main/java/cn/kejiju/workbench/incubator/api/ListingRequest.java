package cn.kejiju.workbench.incubator.api;

import cn.kejiju.workbench.incubator.ListingKind;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** A merger, acquisition or listing of an incubatee. */
@Schema(name = "ListingRequest")
public class ListingRequest {

    @Schema(required = true, description = "The version of the tenant read")
    @NotNull
    public Long version;

    @Schema(required = true)
    @NotNull
    public ListingKind kind;

    @Schema(required = true, description = "The day, not in the future")
    @NotNull
    public LocalDate date;
}
