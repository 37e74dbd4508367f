package cn.kejiju.workbench.incubator.api;

import cn.kejiju.workbench.incubator.Carrier;
import cn.kejiju.workbench.incubator.CarrierFilter;
import cn.kejiju.workbench.incubator.CarrierKind;
import cn.kejiju.workbench.incubator.CarrierService;
import cn.kejiju.workbench.incubator.RecognitionLevel;
import cn.kejiju.workbench.incubator.TenancyService;
import cn.kejiju.workbench.incubator.Unit;
import cn.kejiju.workbench.platform.ApiResponses;
import cn.kejiju.workbench.platform.BadParameterException;
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
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Carriers (载体: incubators, maker spaces, accelerators, science parks) and their units. */
@ApplicationScoped
@RolesAllowed({Roles.SYSTEM_ADMIN, Roles.LEADER, Roles.COMMISSIONER_CLERK, Roles.INCUBATOR_CLERK,
        Roles.FINANCING_CLERK, Roles.PREPAREDNESS_CLERK, Roles.PROJECT_CLERK, Roles.VIEWER, Roles.API_READ})
@Path("carriers")
@Tag(name = "Carriers", description = "Incubator carriers and their lettable units")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
@APIResponse(responseCode = "401", ref = ApiResponses.UNAUTHORIZED)
@APIResponse(responseCode = "429", ref = ApiResponses.TOO_MANY_REQUESTS)
public class CarrierResource {

    @Inject
    CarrierService carriers;

    @Inject
    TenancyService tenancies;

    @Inject
    RequestValidator requests;

    @GET
    @Operation(operationId = "listCarriers", summary = "List carriers",
            description = "By name (or opening day: sort=openedOn), each with its number of units and total area; "
                    + "filtered and paged in the database.")
    @APIResponse(responseCode = "200", description = "A page of carriers with the total the filter matches",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "CarrierPage")))
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    public CarrierPage list(
            @Parameter(description = "Zero-based page number") @QueryParam("page") @DefaultValue("0") int page,
            @Parameter(description = "Page size, 1 to 200") @QueryParam("size") @DefaultValue("20") int size,
            @Parameter(description = "name (default) or openedOn") @QueryParam("sort") String sort,
            @Parameter(description = "asc (default) or desc") @QueryParam("dir") @DefaultValue("asc") String dir,
            @Parameter(description = "The cursor `next` of the previous page") @QueryParam("after") String after,
            @Parameter(description = "Only this county's carriers") @QueryParam("countyId") Long countyId,
            @QueryParam("kind") CarrierKind kind,
            @QueryParam("recognitionLevel") RecognitionLevel recognitionLevel,
            @Parameter(description = "Part of the name or the operator") @QueryParam("q") String text) {
        PageRequest request = PageParameters.of(page, size, sort, dir, after);
        return PageResponse.of(carriers.list(new CarrierFilter(countyId, kind, recognitionLevel, text), request),
                CarrierResponse::of, CarrierPage::new);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getCarrier", summary = "Read one carrier with its unit totals")
    @APIResponse(responseCode = "200", description = "The carrier",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Carrier")))
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    public CarrierResponse get(@PathParam("id") long id) {
        return CarrierResponse.of(carriers.summary(id));
    }

    @RolesAllowed({Roles.INCUBATOR_CLERK, Roles.API_WRITE})
    @POST
    @Operation(operationId = "registerCarrier", summary = "Register a carrier")
    @APIResponse(responseCode = "201", description = "Registered; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Carrier")))
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    public Response register(CarrierRequest request, @Context UriInfo uriInfo) {
        requests.valid(request);
        Carrier registered = carriers.register(request.toDraft());
        URI location = uriInfo.getAbsolutePathBuilder().path(String.valueOf(registered.getId())).build();
        return Response.created(location).entity(CarrierResponse.of(carriers.summary(registered.getId()))).build();
    }

    @RolesAllowed({Roles.INCUBATOR_CLERK, Roles.API_WRITE})
    @PUT
    @Path("{id}")
    @Operation(operationId = "updateCarrier", summary = "Update a carrier",
            description = "Send the version you read; a stale one is refused with 409 and nothing changes.")
    @APIResponse(responseCode = "200", description = "Updated",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Carrier")))
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    public CarrierResponse update(@PathParam("id") long id, CarrierRequest request) {
        requests.valid(request);
        if (request.version == null) {
            throw new RuleViolationException("field.required", "version");
        }
        carriers.revise(id, request.version, request.toDraft());
        return CarrierResponse.of(carriers.summary(id));
    }

    @GET
    @Path("{id}/units")
    @Operation(operationId = "listCarrierUnits", summary = "List a carrier's units",
            description = "By building, floor and room code, paged in the database.")
    @APIResponse(responseCode = "200", description = "A page of units",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "UnitPage")))
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    public UnitPage units(@PathParam("id") long id,
                          @Parameter(description = "Zero-based page number") @QueryParam("page") @DefaultValue("0") int page,
                          @Parameter(description = "Page size, 1 to 200") @QueryParam("size") @DefaultValue("50") int size) {
        return PageResponse.of(carriers.units(id, PageRequest.of(page, size)), u -> UnitResponse.of(u, id),
                UnitPage::new);
    }

    @GET
    @Path("{id}/units/{unitId}")
    @Operation(operationId = "getCarrierUnit", summary = "Read one unit of a carrier")
    @APIResponse(responseCode = "200", description = "The unit",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Unit")))
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    public UnitResponse unit(@PathParam("id") long id, @PathParam("unitId") long unitId) {
        return UnitResponse.of(carriers.unitOf(id, unitId), id);
    }

    @GET
    @Path("{id}/occupancy")
    @Operation(operationId = "getCarrierOccupancy", summary = "What is let in a carrier on a day",
            description = "Every unit by building, floor and room code (only one building's with building=…): free, "
                    + "let (to whom, until when), reserved from a later day, or out of service; with the area let and "
                    + "the total area of the units shown. Two queries.")
    @APIResponse(responseCode = "200", description = "The units on the day",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Occupancy")))
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    public OccupancyResponse occupancy(@PathParam("id") long id,
                                       @Parameter(description = "The day, yyyy-mm-dd; today when left out") @QueryParam("on") String on,
                                       @Parameter(description = "Only this building's units (its name as the units give it)")
                                       @QueryParam("building") String building) {
        LocalDate day = day(on);
        LocalDate shown = day == null ? tenancies.today() : day;
        return OccupancyResponse.of(id, shown, tenancies.occupancy(id, shown, building));
    }

    private static LocalDate day(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new BadParameterException("on", e);
        }
    }

    @RolesAllowed({Roles.INCUBATOR_CLERK, Roles.API_WRITE})
    @POST
    @Path("{id}/units")
    @Operation(operationId = "addCarrierUnit", summary = "Add a unit to a carrier")
    @APIResponse(responseCode = "201", description = "Added; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Unit")))
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    public Response addUnit(@PathParam("id") long id, UnitRequest request, @Context UriInfo uriInfo) {
        requests.valid(request);
        Unit added = carriers.addUnit(id, request.toDraft());
        URI location = uriInfo.getAbsolutePathBuilder().path(String.valueOf(added.getId())).build();
        return Response.created(location).entity(UnitResponse.of(added, id)).build();
    }

    @RolesAllowed({Roles.INCUBATOR_CLERK, Roles.API_WRITE})
    @PUT
    @Path("{id}/units/{unitId}")
    @Operation(operationId = "updateCarrierUnit", summary = "Update a unit of a carrier",
            description = "Send the version you read; a stale one is refused with 409 and nothing changes.")
    @APIResponse(responseCode = "200", description = "Updated",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Unit")))
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    public UnitResponse updateUnit(@PathParam("id") long id, @PathParam("unitId") long unitId, UnitRequest request) {
        requests.valid(request);
        if (request.version == null) {
            throw new RuleViolationException("field.required", "version");
        }
        return UnitResponse.of(carriers.reviseUnit(id, unitId, request.version, request.toDraft()), id);
    }
}
