package cn.kejiju.workbench.summary.api;

import cn.kejiju.workbench.platform.ApiResponses;
import cn.kejiju.workbench.platform.RequestValidator;
import cn.kejiju.workbench.security.Roles;
import cn.kejiju.workbench.summary.SummaryTarget;
import cn.kejiju.workbench.summary.SummaryTargetService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Objects;

/**
 * The targets (指标任务) of the work summary: what the city asks each county per year for figures of the
 * summary's sections, with the actual value of the year to date.
 */
@ApplicationScoped
@RolesAllowed({Roles.SYSTEM_ADMIN, Roles.LEADER, Roles.COMMISSIONER_CLERK, Roles.INCUBATOR_CLERK,
        Roles.FINANCING_CLERK, Roles.PREPAREDNESS_CLERK, Roles.PROJECT_CLERK, Roles.VIEWER, Roles.API_READ})
@Path("summaries/targets")
@Tag(name = "Work summaries", description = "Half-year and annual work summaries written from the records")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", ref = ApiResponses.UNAUTHORIZED)
@APIResponse(responseCode = "429", ref = ApiResponses.TOO_MANY_REQUESTS)
public class TargetResource {

    @Inject
    SummaryTargetService targets;

    @Inject
    RequestValidator requests;

    @GET
    @Operation(operationId = "listWorkSummaryTargets", summary = "A year's targets with their progress",
            description = "Of one county or of every county the caller sees (a county token: its own). Each with the "
                    + "actual value of the year to date, percent complete and whether it is behind pro rata.")
    @APIResponse(responseCode = "200", description = "The targets, by county, section and figure",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = TargetResponse[].class)))
    @APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    public List<TargetResponse> list(
            @Parameter(description = "The year; absent: the current year") @QueryParam("year") Integer year,
            @Parameter(description = "A county's id; absent: every county the caller sees") @QueryParam("county") Long county) {
        int shown = year != null ? year : targets.today().getYear();
        return targets.progress(shown, county).stream().map(TargetResponse::of).toList();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.LEADER, Roles.SYSTEM_ADMIN, Roles.API_WRITE})
    @Operation(operationId = "setWorkSummaryTarget", summary = "Set or replace a county's target",
            description = "City-level leaders, the system administrator or a city read-write token (a county: 403). "
                    + "Without version a new target (one set already: 409); with version the value of the target "
                    + "read (stale: 409). An unknown section or figure, a negative value or a jurisdiction that is "
                    + "not a county answers 422 on the field.")
    @APIResponse(responseCode = "200", description = "The target with its progress",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "WorkSummaryTarget")))
    @APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    public TargetResponse set(TargetRequest request) {
        requests.valid(request);
        SummaryTarget saved = targets.set(request.year, request.countyId, request.section, request.figure,
                request.value, request.version);
        return targets.progress(saved.getYear(), saved.getCountyId()).stream()
                .filter(status -> Objects.equals(status.target().getId(), saved.getId()))
                .map(TargetResponse::of).findFirst().orElseThrow();
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Roles.LEADER, Roles.SYSTEM_ADMIN, Roles.API_WRITE})
    @Operation(operationId = "removeWorkSummaryTarget", summary = "Remove a target",
            description = "City level only (a county: 403). version: the target's version read (stale: 409).")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    public Response remove(@PathParam("id") long id,
                           @Parameter(description = "The version read", required = true) @QueryParam("version") Long version) {
        targets.remove(id, version);
        return Response.noContent().build();
    }
}
