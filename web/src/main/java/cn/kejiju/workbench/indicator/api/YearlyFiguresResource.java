package cn.kejiju.workbench.indicator.api;

import cn.kejiju.workbench.indicator.IndicatorService;
import cn.kejiju.workbench.indicator.YearlyFigures;
import cn.kejiju.workbench.platform.ApiResponses;
import cn.kejiju.workbench.platform.RequestValidator;
import cn.kejiju.workbench.security.Roles;
import cn.kejiju.workbench.shared.RuleViolationException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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

/** Enterprises' yearly figures: R&D spending (研发投入) and high-tech products, one record per enterprise and year. */
@ApplicationScoped
@RolesAllowed({Roles.SYSTEM_ADMIN, Roles.LEADER, Roles.COMMISSIONER_CLERK, Roles.INCUBATOR_CLERK,
        Roles.FINANCING_CLERK, Roles.PREPAREDNESS_CLERK, Roles.PROJECT_CLERK, Roles.VIEWER, Roles.API_READ})
@Path("indicators/figures")
@Tag(name = "Indicators: yearly figures", description = "R&D spending and high-tech products per enterprise and year")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
@APIResponse(responseCode = "401", ref = ApiResponses.UNAUTHORIZED)
@APIResponse(responseCode = "429", ref = ApiResponses.TOO_MANY_REQUESTS)
public class YearlyFiguresResource {

    @Inject
    IndicatorService indicators;

    @Inject
    RequestValidator requests;

    @GET
    @Operation(operationId = "listYearlyFigures", summary = "An enterprise's figures, latest year first")
    @APIResponse(responseCode = "200", description = "The figures",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "YearlyFiguresList")))
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    public FiguresResponse.Listed list(
            @Parameter(description = "The enterprise", required = true) @QueryParam("enterpriseId") Long enterpriseId) {
        if (enterpriseId == null) {
            throw new RuleViolationException("field.required", "enterpriseId");
        }
        return new FiguresResponse.Listed(indicators.figuresOf(enterpriseId).stream().map(FiguresResponse::of).toList());
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getYearlyFigures", summary = "Read one year's figures")
    @APIResponse(responseCode = "200", description = "The figures",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "YearlyFigures")))
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    public FiguresResponse get(@PathParam("id") long id) {
        return FiguresResponse.of(indicators.figures(id));
    }

    @RolesAllowed({Roles.PROJECT_CLERK, Roles.API_WRITE})
    @POST
    @Operation(operationId = "recordYearlyFigures", summary = "Record an enterprise's figures of a year",
            description = "A year already recorded for the enterprise is refused with 409: update that record.")
    @APIResponse(responseCode = "201", description = "Recorded; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "YearlyFigures")))
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    public Response record(FiguresRequest request, @Context UriInfo uriInfo) {
        requests.valid(request);
        if (request.enterpriseId == null) {
            throw new RuleViolationException("field.required", "enterpriseId");
        }
        if (request.year == null) {
            throw new RuleViolationException("field.required", "year");
        }
        YearlyFigures recorded = indicators.recordFigures(request.enterpriseId, request.year, request.toFigures());
        URI location = uriInfo.getAbsolutePathBuilder().path(String.valueOf(recorded.getId())).build();
        return Response.created(location).entity(get(recorded.getId())).build();
    }

    @RolesAllowed({Roles.PROJECT_CLERK, Roles.API_WRITE})
    @PUT
    @Path("{id}")
    @Operation(operationId = "updateYearlyFigures", summary = "Update a year's figures",
            description = "Send the version you read; a stale one is refused with 409 and nothing changes.")
    @APIResponse(responseCode = "200", description = "Updated",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "YearlyFigures")))
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    public FiguresResponse update(@PathParam("id") long id, FiguresRequest request) {
        requests.valid(request);
        if (request.version == null) {
            throw new RuleViolationException("field.required", "version");
        }
        indicators.reviseFigures(id, request.version, request.toFigures());
        return get(id);
    }
}
