package cn.kejiju.workbench.preparedness.api;

import cn.kejiju.workbench.platform.ApiResponses;
import cn.kejiju.workbench.platform.PageParameters;
import cn.kejiju.workbench.platform.PageResponse;
import cn.kejiju.workbench.platform.RequestValidator;
import cn.kejiju.workbench.preparedness.MaterialMovement;
import cn.kejiju.workbench.preparedness.MaterialService;
import cn.kejiju.workbench.preparedness.PublicityEvent;
import cn.kejiju.workbench.preparedness.PublicityEventService;
import cn.kejiju.workbench.security.Roles;
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
import java.util.List;

/** Publicity events of the campaigns, their approval, and the material issued, lent and returned. */
@ApplicationScoped
@RolesAllowed({Roles.SYSTEM_ADMIN, Roles.LEADER, Roles.COMMISSIONER_CLERK, Roles.INCUBATOR_CLERK,
        Roles.FINANCING_CLERK, Roles.PREPAREDNESS_CLERK, Roles.PROJECT_CLERK, Roles.VIEWER, Roles.API_READ})
@Path("preparedness/events")
@Tag(name = "Preparedness events", description = "Publicity events: what was done where, approval, materials")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
@APIResponse(responseCode = "401", ref = ApiResponses.UNAUTHORIZED)
@APIResponse(responseCode = "429", ref = ApiResponses.TOO_MANY_REQUESTS)
public class EventResource {

    @Inject
    PublicityEventService events;

    @Inject
    MaterialService materials;

    @Inject
    RequestValidator requests;

    @GET
    @Operation(operationId = "listPublicityEvents", summary = "List publicity events",
            description = "By time held, latest first (dir=asc for the earliest first), paged in the database.")
    @APIResponse(responseCode = "200", description = "A page of events with the total the filter matches",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "PublicityEventPage")))
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    public EventPage list(
            @Parameter(description = "Zero-based page number") @QueryParam("page") @DefaultValue("0") int page,
            @Parameter(description = "Page size, 1 to 200") @QueryParam("size") @DefaultValue("20") int size,
            @Parameter(description = "desc (default) or asc") @QueryParam("dir") @DefaultValue("desc") String dir,
            @Parameter(description = "Only this campaign's events") @QueryParam("campaignId") Long campaignId,
            @Parameter(description = "Only this county's events") @QueryParam("countyId") Long countyId) {
        return PageResponse.of(events.list(campaignId, countyId,
                        PageParameters.of(page, size, null, dir)),
                EventResponse::of, EventPage::new);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getPublicityEvent", summary = "Read one publicity event")
    @APIResponse(responseCode = "200", description = "The event",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "PublicityEvent")))
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    public EventResponse get(@PathParam("id") long id) {
        return EventResponse.of(events.get(id));
    }

    @RolesAllowed({Roles.PREPAREDNESS_CLERK, Roles.API_WRITE})
    @POST
    @Operation(operationId = "recordPublicityEvent", summary = "Record a publicity event",
            description = "Recorded events count towards the campaign once a leader approves them.")
    @APIResponse(responseCode = "201", description = "Recorded; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "PublicityEvent")))
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    public Response record(EventRequest request, @Context UriInfo uriInfo) {
        requests.valid(request);
        PublicityEvent recorded = events.record(request.toDraft());
        URI location = uriInfo.getAbsolutePathBuilder().path(String.valueOf(recorded.getId())).build();
        return Response.created(location).entity(EventResponse.of(recorded)).build();
    }

    @RolesAllowed({Roles.PREPAREDNESS_CLERK, Roles.API_WRITE})
    @PUT
    @Path("{id}")
    @Operation(operationId = "updatePublicityEvent", summary = "Correct a recorded event",
            description = "Send the version you read; a stale one, or an approved event, is refused with 409.")
    @APIResponse(responseCode = "200", description = "Updated",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "PublicityEvent")))
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    public EventResponse update(@PathParam("id") long id, EventRequest request) {
        requests.valid(request);
        if (request.version == null) {
            throw new RuleViolationException("field.required", "version");
        }
        return EventResponse.of(events.revise(id, request.version, request.toDraft()));
    }

    @RolesAllowed({Roles.LEADER, Roles.API_WRITE})
    @POST
    @Path("{id}/approval")
    @Operation(operationId = "approvePublicityEvent", summary = "Approve an event (leader)",
            description = "From now on the event counts towards its campaign and can no longer be changed.")
    @APIResponse(responseCode = "200", description = "Approved",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "PublicityEvent")))
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    public EventResponse approve(@PathParam("id") long id, ApprovalRequest request) {
        requests.valid(request);
        return EventResponse.of(events.approve(id, request.version));
    }

    @GET
    @Path("{id}/materials")
    @Operation(operationId = "getPublicityEventMaterials", summary = "What the event was issued, lent and returned")
    @APIResponse(responseCode = "200", description = "The movements and what is still out on loan",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(ref = "PublicityEventMaterials")))
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    public EventMaterials materials(@PathParam("id") long id) {
        List<MaterialMovement> movements = materials.movements(id);
        return new EventMaterials(movements.stream().map(MovementResponse::of).toList(),
                MaterialMovement.outstanding(movements).entrySet().stream()
                        .map(e -> new MaterialQuantity(e.getKey(), e.getValue().intValue())).toList());
    }

    @RolesAllowed({Roles.PREPAREDNESS_CLERK, Roles.API_WRITE})
    @POST
    @Path("{id}/issues")
    @Operation(operationId = "issueMaterial", summary = "Issue copies of a consumable kind to the event",
            description = "More than the county's stock holds is refused with 409 naming the quantity available; "
                    + "of two issues of the last copies at the same moment only one succeeds.")
    @APIResponse(responseCode = "200", description = "Issued; the stock after it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "MaterialStock")))
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    public StockResponse issue(@PathParam("id") long id, MovementRequest request) {
        requests.valid(request);
        return StockResponse.of(materials.issue(id, request.kind, request.quantity, request.note));
    }

    @RolesAllowed({Roles.PREPAREDNESS_CLERK, Roles.API_WRITE})
    @POST
    @Path("{id}/loans")
    @Operation(operationId = "lendMaterial", summary = "Lend display boards or banners to the event",
            description = "More than the county's stock holds is refused with 409 naming the quantity available.")
    @APIResponse(responseCode = "200", description = "Lent; the stock after it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "MaterialStock")))
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    public StockResponse lend(@PathParam("id") long id, MovementRequest request) {
        requests.valid(request);
        return StockResponse.of(materials.lend(id, request.kind, request.quantity, request.note));
    }

    @RolesAllowed({Roles.PREPAREDNESS_CLERK, Roles.API_WRITE})
    @POST
    @Path("{id}/returns")
    @Operation(operationId = "returnMaterial", summary = "Take back display boards or banners the event borrowed",
            description = "More than the event holds on loan is refused with 422 naming what it holds.")
    @APIResponse(responseCode = "200", description = "Returned; the stock after it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "MaterialStock")))
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    public StockResponse giveBack(@PathParam("id") long id, MovementRequest request) {
        requests.valid(request);
        return StockResponse.of(materials.giveBack(id, request.kind, request.quantity, request.note));
    }
}
