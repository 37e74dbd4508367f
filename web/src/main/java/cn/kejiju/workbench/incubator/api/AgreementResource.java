package cn.kejiju.workbench.incubator.api;

import cn.kejiju.workbench.incubator.Agreement;
import cn.kejiju.workbench.incubator.AgreementFilter;
import cn.kejiju.workbench.incubator.AgreementStatus;
import cn.kejiju.workbench.incubator.TenancyService;
import cn.kejiju.workbench.platform.ApiResponses;
import cn.kejiju.workbench.platform.PageParameters;
import cn.kejiju.workbench.platform.PageResponse;
import cn.kejiju.workbench.platform.RequestValidator;
import cn.kejiju.workbench.security.Roles;
import cn.kejiju.workbench.shared.PageRequest;
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

/** Tenancy agreements (入孵协议): letting units, renewal, moving to other units and exit. */
@ApplicationScoped
@RolesAllowed({Roles.SYSTEM_ADMIN, Roles.LEADER, Roles.COMMISSIONER_CLERK, Roles.INCUBATOR_CLERK,
        Roles.FINANCING_CLERK, Roles.PREPAREDNESS_CLERK, Roles.PROJECT_CLERK, Roles.VIEWER, Roles.API_READ})
@Path("agreements")
@Tag(name = "Agreements", description = "Tenancy agreements of incubatees: letting, renewal, move, exit")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
@APIResponse(responseCode = "401", ref = ApiResponses.UNAUTHORIZED)
@APIResponse(responseCode = "429", ref = ApiResponses.TOO_MANY_REQUESTS)
public class AgreementResource {

    @Inject
    TenancyService tenancies;

    @Inject
    RequestValidator requests;

    @GET
    @Operation(operationId = "listAgreements", summary = "List agreements",
            description = "Newest start first (dir=asc: oldest), filtered and paged in the database.")
    @APIResponse(responseCode = "200", description = "A page of agreements with the total the filter matches",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "AgreementPage")))
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    public AgreementPage list(
            @Parameter(description = "Zero-based page number") @QueryParam("page") @DefaultValue("0") int page,
            @Parameter(description = "Page size, 1 to 200") @QueryParam("size") @DefaultValue("20") int size,
            @Parameter(description = "desc (default) or asc") @QueryParam("dir") @DefaultValue("desc") String dir,
            @Parameter(description = "The cursor `next` of the previous page") @QueryParam("after") String after,
            @Parameter(description = "Only this county's agreements") @QueryParam("countyId") Long countyId,
            @QueryParam("carrierId") Long carrierId,
            @QueryParam("status") AgreementStatus status,
            @Parameter(description = "Part of the enterprise's name") @QueryParam("q") String text) {
        PageRequest request = PageParameters.of(page, size, null, dir, after);
        return PageResponse.of(tenancies.list(new AgreementFilter(countyId, carrierId, status, text), request),
                AgreementResponse::of, AgreementPage::new);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getAgreement", summary = "Read one agreement")
    @APIResponse(responseCode = "200", description = "The agreement",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Agreement")))
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    public AgreementResponse get(@PathParam("id") long id) {
        return AgreementResponse.of(tenancies.get(id));
    }

    @RolesAllowed({Roles.INCUBATOR_CLERK, Roles.API_WRITE})
    @POST
    @Operation(operationId = "letUnits", summary = "Let units to an enterprise",
            description = "The first agreement of the enterprise's incubation at the carrier. A unit already let for "
                    + "any of the days is refused with 409 naming the unit and the agreement that holds it.")
    @APIResponse(responseCode = "201", description = "Let; Location names the agreement",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Agreement")))
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    public Response let(LettingRequest request, @Context UriInfo uriInfo) {
        requests.valid(request);
        Agreement agreement = tenancies.let(request.toDraft());
        return created(uriInfo, agreement);
    }

    @RolesAllowed({Roles.INCUBATOR_CLERK, Roles.API_WRITE})
    @POST
    @Path("{id}/renewal")
    @Operation(operationId = "renewAgreement", summary = "Renew a running agreement",
            description = "The successor lets the same units from the day after the agreement ends.")
    @APIResponse(responseCode = "201", description = "Renewed; Location names the successor",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Agreement")))
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    public Response renew(@PathParam("id") long id, RenewalRequest request, @Context UriInfo uriInfo) {
        requests.valid(request);
        Agreement successor = tenancies.renew(id, request.version, request.endDate, request.deposit,
                ReliefStepRequest.steps(request.relief));
        return created(uriInfo, successor);
    }

    @RolesAllowed({Roles.INCUBATOR_CLERK, Roles.API_WRITE})
    @POST
    @Path("{id}/move")
    @Operation(operationId = "moveAgreement", summary = "Move the tenant to other units",
            description = "The agreement ends the day before the move; the successor continues the same incubation.")
    @APIResponse(responseCode = "201", description = "Moved; Location names the successor",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Agreement")))
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    public Response move(@PathParam("id") long id, MoveRequest request, @Context UriInfo uriInfo) {
        requests.valid(request);
        Agreement successor = tenancies.move(id, request.version, request.unitIds, request.startDate, request.endDate,
                request.deposit, ReliefStepRequest.steps(request.relief));
        return created(uriInfo, successor);
    }

    @RolesAllowed({Roles.INCUBATOR_CLERK, Roles.API_WRITE})
    @POST
    @Path("{id}/exit")
    @Operation(operationId = "exitAgreement", summary = "End the agreement with the tenant's exit",
            description = "Irreversible: the incubation ends with the reason (graduated, moved out, failed, expelled).")
    @APIResponse(responseCode = "200", description = "Ended",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Agreement")))
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    public AgreementResponse exit(@PathParam("id") long id, ExitRequest request) {
        requests.valid(request);
        tenancies.exit(id, request.version, request.exitDate, request.reason, request.note);
        return AgreementResponse.of(tenancies.get(id));
    }

    private Response created(UriInfo uriInfo, Agreement agreement) {
        URI location = uriInfo.getBaseUriBuilder().path(AgreementResource.class)
                .path(String.valueOf(agreement.getId())).build();
        return Response.created(location).entity(AgreementResponse.of(tenancies.get(agreement.getId()))).build();
    }
}
