package cn.kejiju.workbench.commissioner.api;

import cn.kejiju.workbench.commissioner.InnovationFilter;
import cn.kejiju.workbench.commissioner.InnovationKind;
import cn.kejiju.workbench.commissioner.InnovationService;
import cn.kejiju.workbench.platform.ApiResponses;
import cn.kejiju.workbench.platform.DayParameter;
import cn.kejiju.workbench.platform.PageParameters;
import cn.kejiju.workbench.platform.PageResponse;
import cn.kejiju.workbench.platform.RequestValidator;
import cn.kejiju.workbench.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A county's named varieties and technologies: listed, renamed, a duplicate merged into another. */
@ApplicationScoped
@RolesAllowed({Roles.SYSTEM_ADMIN, Roles.LEADER, Roles.COMMISSIONER_CLERK, Roles.INCUBATOR_CLERK,
        Roles.FINANCING_CLERK, Roles.PREPAREDNESS_CLERK, Roles.PROJECT_CLERK, Roles.VIEWER, Roles.API_READ})
@Path("innovations")
@Tag(name = "Innovations", description = "Named varieties and technologies the service logs introduce")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
@APIResponse(responseCode = "401", ref = ApiResponses.UNAUTHORIZED)
@APIResponse(responseCode = "429", ref = ApiResponses.TOO_MANY_REQUESTS)
public class InnovationResource {

    @Inject
    InnovationService innovations;

    @Inject
    RequestValidator requests;

    @GET
    @Operation(operationId = "listInnovations", summary = "List varieties and technologies",
            description = "In pinyin order of the name, with how many logs introduced each; paged in the database.")
    @APIResponse(responseCode = "200", description = "A page of items with the total the filter matches",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "InnovationPage")))
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    public InnovationPage list(
            @Parameter(description = "Zero-based page number") @QueryParam("page") @DefaultValue("0") int page,
            @Parameter(description = "Page size, 1 to 200") @QueryParam("size") @DefaultValue("20") int size,
            @Parameter(description = "asc or desc (by name)") @QueryParam("dir") @DefaultValue("asc") String dir,
            @Parameter(description = "Continue after this cursor (the `next` of the previous page) instead of by page number")
            @QueryParam("after") String after,
            @QueryParam("kind") InnovationKind kind,
            @Parameter(description = "Part of the name, or pinyin initials (cylf finds 茶园绿色防控)") @QueryParam("q") String text,
            @Parameter(description = "Id of a county (city tokens)") @QueryParam("countyId") Long countyId,
            @Parameter(description = "Introduced by an approved service log from this day on (yyyy-mm-dd)") @QueryParam("from") String from,
            @Parameter(description = "Introduced by an approved service log by this day, inclusive (yyyy-mm-dd)") @QueryParam("to") String to) {
        InnovationFilter filter = new InnovationFilter(countyId, kind, text, DayParameter.parse(from, "from"),
                DayParameter.parse(to, "to"));
        return PageResponse.of(innovations.list(filter, PageParameters.of(page, size, "name", dir, after)),
                InnovationResponse::of, InnovationPage::new);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getInnovation", summary = "Read one variety or technology")
    @APIResponse(responseCode = "200", description = "The item",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Innovation")))
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    public InnovationResponse get(@PathParam("id") long id) {
        return InnovationResponse.of(innovations.get(id));
    }

    @RolesAllowed({Roles.COMMISSIONER_CLERK, Roles.API_WRITE})
    @PATCH
    @Path("{id}")
    @Operation(operationId = "renameInnovation", summary = "Rename a variety or technology",
            description = "Every log that introduced it shows the new name. A name another item of the county and"
                    + " kind has is refused (409): merge the two instead.")
    @APIResponse(responseCode = "200", description = "Renamed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Innovation")))
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    public InnovationResponse rename(@PathParam("id") long id, InnovationRenameRequest request) {
        requests.valid(request);
        innovations.rename(id, request.name);
        return InnovationResponse.of(innovations.get(id));
    }

    @RolesAllowed({Roles.COMMISSIONER_CLERK, Roles.API_WRITE})
    @POST
    @Path("{id}/merge")
    @Operation(operationId = "mergeInnovation", summary = "Merge a duplicate into this variety or technology",
            description = "Every introduction of the duplicate becomes one of this item and the duplicate is removed,"
                    + " in one audited transaction; the statistics read the same. Refused (409) when one log"
                    + " introduced both, (422) for another county or kind.")
    @APIResponse(responseCode = "200", description = "The surviving item with all the introductions",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Innovation")))
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    public InnovationResponse merge(@PathParam("id") long id, InnovationMergeRequest request) {
        requests.valid(request);
        return InnovationResponse.of(innovations.merge(id, request.duplicateId));
    }
}
