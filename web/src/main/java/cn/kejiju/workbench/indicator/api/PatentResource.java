package cn.kejiju.workbench.indicator.api;

import cn.kejiju.workbench.indicator.IndicatorService;
import cn.kejiju.workbench.indicator.Patent;
import cn.kejiju.workbench.indicator.PatentFilter;
import cn.kejiju.workbench.indicator.PatentStatus;
import cn.kejiju.workbench.indicator.PatentType;
import cn.kejiju.workbench.platform.ApiResponses;
import cn.kejiju.workbench.platform.PageParameters;
import cn.kejiju.workbench.platform.PageResponse;
import cn.kejiju.workbench.platform.RequestValidator;
import cn.kejiju.workbench.security.Roles;
import cn.kejiju.workbench.shared.PageRequest;
import cn.kejiju.workbench.shared.RuleViolationException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;

/** Enterprises' patents (专利), one record each; the counts by type and year are aggregated from them. */
@ApplicationScoped
@RolesAllowed({Roles.SYSTEM_ADMIN, Roles.LEADER, Roles.COMMISSIONER_CLERK, Roles.INCUBATOR_CLERK,
        Roles.FINANCING_CLERK, Roles.PREPAREDNESS_CLERK, Roles.PROJECT_CLERK, Roles.VIEWER, Roles.API_READ})
@Path("indicators/patents")
@Tag(name = "Indicators: patents", description = "Enterprises' patents: invention, utility model, design")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
@APIResponse(responseCode = "401", ref = ApiResponses.UNAUTHORIZED)
@APIResponse(responseCode = "429", ref = ApiResponses.TOO_MANY_REQUESTS)
public class PatentResource {

    @Inject
    IndicatorService indicators;

    @Inject
    RequestValidator requests;

    @GET
    @Operation(operationId = "listPatents", summary = "List patents",
            description = "Latest filing first (dir=asc for the oldest), filtered and paged in the database; continue "
                    + "with the cursor `next` as `after`. A county caller sees its county's only.")
    @APIResponse(responseCode = "200", description = "A page of patents",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "PatentPage")))
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    public PatentPage list(
            @Parameter(description = "Zero-based page number") @QueryParam("page") @DefaultValue("0") int page,
            @Parameter(description = "Page size, 1 to 200") @QueryParam("size") @DefaultValue("20") int size,
            @Parameter(description = "desc (default) or asc") @QueryParam("dir") @DefaultValue("desc") String dir,
            @Parameter(description = "The cursor `next` of the previous page") @QueryParam("after") String after,
            @Parameter(description = "Only this county's patents") @QueryParam("countyId") Long countyId,
            @Parameter(description = "Only this enterprise's patents") @QueryParam("enterpriseId") Long enterpriseId,
            @QueryParam("type") PatentType type,
            @QueryParam("status") PatentStatus status,
            @Parameter(description = "Filed in this year") @QueryParam("year") Integer year,
            @Parameter(description = "Part of the number, the title or the enterprise's name") @QueryParam("q")
            String text) {
        PageRequest request = PageParameters.of(page, size, null, dir, after);
        return PageResponse.of(indicators.patents(new PatentFilter(countyId, enterpriseId, type, status, year, text),
                request), PatentResponse::of, PatentPage::new);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getPatent", summary = "Read one patent")
    @APIResponse(responseCode = "200", description = "The patent",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Patent")))
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    public PatentResponse get(@PathParam("id") long id) {
        return PatentResponse.of(indicators.patent(id));
    }

    @RolesAllowed({Roles.PROJECT_CLERK, Roles.API_WRITE})
    @POST
    @Operation(operationId = "recordPatent", summary = "Record a patent of an enterprise",
            description = "A number already recorded is refused with 409.")
    @APIResponse(responseCode = "201", description = "Recorded; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Patent")))
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    public Response record(PatentRequest request, @Context UriInfo uriInfo) {
        requests.valid(request);
        if (request.enterpriseId == null) {
            throw new RuleViolationException("field.required", "enterpriseId");
        }
        Patent recorded = indicators.recordPatent(request.enterpriseId, request.toDetails());
        URI location = uriInfo.getAbsolutePathBuilder().path(String.valueOf(recorded.getId())).build();
        return Response.created(location).entity(get(recorded.getId())).build();
    }

    @RolesAllowed({Roles.PROJECT_CLERK, Roles.API_WRITE})
    @PUT
    @Path("{id}")
    @Operation(operationId = "updatePatent", summary = "Update a patent (its status, grant date, …)",
            description = "Send the version you read; a stale one is refused with 409 and nothing changes.")
    @APIResponse(responseCode = "200", description = "Updated",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Patent")))
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    public PatentResponse update(@PathParam("id") long id, PatentRequest request) {
        requests.valid(request);
        if (request.version == null) {
            throw new RuleViolationException("field.required", "version");
        }
        indicators.revisePatent(id, request.version, request.toDetails());
        return get(id);
    }
}
