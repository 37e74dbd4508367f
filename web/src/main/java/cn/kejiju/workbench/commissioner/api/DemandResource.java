package cn.kejiju.workbench.commissioner.api;

import cn.kejiju.workbench.commissioner.Assignment;
import cn.kejiju.workbench.commissioner.AssignmentService;
import cn.kejiju.workbench.commissioner.Demand;
import cn.kejiju.workbench.commissioner.DemandFilter;
import cn.kejiju.workbench.commissioner.DemandService;
import cn.kejiju.workbench.commissioner.DemandStatus;
import cn.kejiju.workbench.commissioner.ServiceField;
import cn.kejiju.workbench.commissioner.TargetKind;
import cn.kejiju.workbench.platform.ApiResponses;
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
import jakarta.ws.rs.POST;
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
import java.util.List;

/** Demands (需求) of targets, their candidate commissioners, and dispatching one. */
@ApplicationScoped
@RolesAllowed({Roles.SYSTEM_ADMIN, Roles.LEADER, Roles.COMMISSIONER_CLERK, Roles.INCUBATOR_CLERK,
        Roles.FINANCING_CLERK, Roles.PREPAREDNESS_CLERK, Roles.PROJECT_CLERK, Roles.VIEWER, Roles.API_READ})
@Path("demands")
@Tag(name = "Demands", description = "Demands of villages, cooperatives and enterprises, matched to commissioners")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
@APIResponse(responseCode = "401", ref = ApiResponses.UNAUTHORIZED)
@APIResponse(responseCode = "429", ref = ApiResponses.TOO_MANY_REQUESTS)
public class DemandResource {

    @Inject
    DemandService demands;

    @Inject
    AssignmentService assignments;

    @Inject
    RequestValidator requests;

    @GET
    @Operation(operationId = "listDemands", summary = "List demands", description = "Newest first, filtered and paged in the database.")
    @APIResponse(responseCode = "200", description = "A page of demands with the total the filter matches",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "DemandPage")))
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    public DemandPage list(
            @Parameter(description = "Zero-based page number") @QueryParam("page") @DefaultValue("0") int page,
            @Parameter(description = "Page size, 1 to 200") @QueryParam("size") @DefaultValue("20") int size,
            @QueryParam("status") DemandStatus status,
            @QueryParam("field") ServiceField field,
            @QueryParam("targetKind") TargetKind targetKind,
            @Parameter(description = "Part of the problem or the target's name") @QueryParam("q") String text,
            @Parameter(description = "Id of a county: only its records (city callers; a county caller may name only its own, another answers 403; an id that is no county 422)") @QueryParam("county") Long county) {
        return PageResponse.of(demands.list(new DemandFilter(status, field, targetKind, text, county),
                PageParameters.of(page, size, null, "desc")), DemandResponse::of, DemandPage::new);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getDemand", summary = "Read one demand")
    @APIResponse(responseCode = "200", description = "The demand",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Demand")))
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    public DemandResponse get(@PathParam("id") long id) {
        return DemandResponse.of(demands.get(id));
    }

    @POST
    @Operation(operationId = "postDemand", summary = "Record a demand a target posted")
    @APIResponse(responseCode = "201", description = "Recorded; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Demand")))
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    @RolesAllowed({Roles.COMMISSIONER_CLERK, Roles.API_WRITE})
    public Response post(DemandRequest request, @Context UriInfo uriInfo) {
        requests.valid(request);
        Demand posted = demands.post(request.toDraft());
        URI location = uriInfo.getAbsolutePathBuilder().path(String.valueOf(posted.getId())).build();
        return Response.created(location).entity(DemandResponse.of(posted)).build();
    }

    @POST
    @Path("{id}/withdraw")
    @Operation(operationId = "withdrawDemand", summary = "Withdraw an open demand")
    @APIResponse(responseCode = "200", description = "Withdrawn",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Demand")))
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    @RolesAllowed({Roles.COMMISSIONER_CLERK, Roles.API_WRITE})
    public DemandResponse withdraw(@PathParam("id") long id, VersionRequest request) {
        requests.valid(request);
        return DemandResponse.of(demands.withdraw(id, request.version));
    }

    @GET
    @Path("{id}/candidates")
    @Operation(operationId = "listDemandCandidates", summary = "Candidate commissioners for a demand, best first",
            description = "The county's active commissioners ranked by free capacity, matching field, matching "
                    + "specialty, then lower current load.")
    @APIResponse(responseCode = "200", description = "The candidates in ranking order",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CandidateResponse[].class)))
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    public List<CandidateResponse> candidates(@PathParam("id") long id) {
        return demands.candidates(id).stream().map(CandidateResponse::of).toList();
    }

    @POST
    @Path("{id}/dispatch")
    @Operation(operationId = "dispatchDemand", summary = "Dispatch a commissioner to a demand",
            description = "Opens the assignment for the demand's target under the usual rules and marks the demand dispatched.")
    @APIResponse(responseCode = "201", description = "The assignment opened; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Assignment")))
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    @RolesAllowed({Roles.COMMISSIONER_CLERK, Roles.API_WRITE})
    public Response dispatch(@PathParam("id") long id, DispatchRequest request, @Context UriInfo uriInfo) {
        requests.valid(request);
        Assignment opened = demands.dispatch(id, request.version, request.commissionerId, request.startDate,
                request.endDate, request.goals);
        URI location = uriInfo.getBaseUriBuilder().path(AssignmentResource.class).path(String.valueOf(opened.getId())).build();
        return Response.created(location).entity(AssignmentResponse.of(opened, assignments.today())).build();
    }
}
