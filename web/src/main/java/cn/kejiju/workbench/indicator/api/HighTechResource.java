package cn.kejiju.workbench.indicator.api;

import cn.kejiju.workbench.indicator.HighTechCase;
import cn.kejiju.workbench.indicator.HighTechService;
import cn.kejiju.workbench.indicator.HighTechStage;
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

/**
 * The high-tech enterprise pipeline (高新技术企业: 培育库 → 申报 → 认定 / 未通过). Recognition writes the certificate
 * (valid three years from its issue date) to the enterprise's master data.
 */
@ApplicationScoped
@RolesAllowed({Roles.SYSTEM_ADMIN, Roles.LEADER, Roles.COMMISSIONER_CLERK, Roles.INCUBATOR_CLERK,
        Roles.FINANCING_CLERK, Roles.PREPAREDNESS_CLERK, Roles.PROJECT_CLERK, Roles.VIEWER, Roles.API_READ})
@Path("indicators/high-tech")
@Tag(name = "Indicators: high-tech pipeline", description = "Cultivation pool, application, recognition")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
@APIResponse(responseCode = "401", ref = ApiResponses.UNAUTHORIZED)
@APIResponse(responseCode = "429", ref = ApiResponses.TOO_MANY_REQUESTS)
public class HighTechResource {

    private static final String CASE = "HighTechCase";

    @Inject
    HighTechService highTech;

    @Inject
    RequestValidator requests;

    @GET
    @Operation(operationId = "listHighTechCases", summary = "List the pipeline",
            description = "Newest case first (dir=asc for the oldest), filtered and paged in the database; continue "
                    + "with the cursor `next` as `after`.")
    @APIResponse(responseCode = "200", description = "A page of cases",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "HighTechCasePage")))
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    public HighTechPage list(
            @Parameter(description = "Zero-based page number") @QueryParam("page") @DefaultValue("0") int page,
            @Parameter(description = "Page size, 1 to 200") @QueryParam("size") @DefaultValue("20") int size,
            @Parameter(description = "desc (default) or asc") @QueryParam("dir") @DefaultValue("desc") String dir,
            @Parameter(description = "The cursor `next` of the previous page") @QueryParam("after") String after,
            @Parameter(description = "Only this county's cases") @QueryParam("countyId") Long countyId,
            @QueryParam("stage") HighTechStage stage,
            @Parameter(description = "Only certificates running out within this many months (1 to 36)")
            @QueryParam("expiringWithinMonths") Integer months,
            @Parameter(description = "Part of the enterprise's name") @QueryParam("q") String text) {
        PageRequest request = PageParameters.of(page, size, null, dir, after);
        return PageResponse.of(highTech.list(countyId, stage, months, text, request),
                c -> HighTechResponse.of(c, highTech.today()), HighTechPage::new);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getHighTechCase", summary = "Read one case with the enterprise's certificate")
    @APIResponse(responseCode = "200", description = "The case",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = CASE)))
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    public HighTechResponse get(@PathParam("id") long id) {
        return HighTechResponse.of(highTech.get(id), highTech.today());
    }

    @RolesAllowed({Roles.PROJECT_CLERK, Roles.API_WRITE})
    @POST
    @Operation(operationId = "enterHighTechPool", summary = "Enter an enterprise in the cultivation pool (培育库)",
            description = "enterpriseId, enteredOn and a note; an enterprise already in the pipeline is refused with 409.")
    @APIResponse(responseCode = "201", description = "Entered; Location names the case",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = CASE)))
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    public Response enter(HighTechRequest request, @Context UriInfo uriInfo) {
        requests.valid(request);
        if (request.enterpriseId == null) {
            throw new RuleViolationException("field.required", "enterpriseId");
        }
        if (request.enteredOn == null) {
            throw new RuleViolationException("field.required", "enteredOn");
        }
        HighTechCase entered = highTech.enter(request.enterpriseId, request.enteredOn, request.note);
        URI location = uriInfo.getAbsolutePathBuilder().path(String.valueOf(entered.getId())).build();
        return Response.created(location).entity(get(entered.getId())).build();
    }

    @RolesAllowed({Roles.PROJECT_CLERK, Roles.API_WRITE})
    @POST
    @Path("{id}/application")
    @Operation(operationId = "applyHighTech", summary = "Record the application (申报)",
            description = "applicationYear and submittedOn, with the version read.")
    @APIResponse(responseCode = "200", description = "Applied",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = CASE)))
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    public HighTechResponse apply(@PathParam("id") long id, HighTechRequest request) {
        highTech.apply(id, version(request), request.applicationYear, request.submittedOn);
        return get(id);
    }

    @RolesAllowed({Roles.PROJECT_CLERK, Roles.LEADER, Roles.API_WRITE})
    @POST
    @Path("{id}/recognition")
    @Operation(operationId = "recogniseHighTech", summary = "Record the recognition (认定)",
            description = "certificateNo and issuedOn, with the version read. Writes the certificate, valid three years "
                    + "from issuedOn, to the enterprise's master data and resolves its renewal reminders.")
    @APIResponse(responseCode = "200", description = "Recognised",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = CASE)))
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    public HighTechResponse recognise(@PathParam("id") long id, HighTechRequest request) {
        highTech.recognise(id, version(request), request.certificateNo, request.issuedOn);
        return get(id);
    }

    @RolesAllowed({Roles.PROJECT_CLERK, Roles.LEADER, Roles.API_WRITE})
    @POST
    @Path("{id}/failure")
    @Operation(operationId = "failHighTech", summary = "Record that it was not recognised (未通过)",
            description = "The reason, with the version read.")
    @APIResponse(responseCode = "200", description = "Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = CASE)))
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    public HighTechResponse fail(@PathParam("id") long id, HighTechRequest request) {
        highTech.fail(id, version(request), request.reason);
        return get(id);
    }

    @RolesAllowed({Roles.PROJECT_CLERK, Roles.API_WRITE})
    @POST
    @Path("{id}/return")
    @Operation(operationId = "returnHighTechToPool", summary = "Take a failed enterprise back into the pool",
            description = "enteredOn and a note, with the version read.")
    @APIResponse(responseCode = "200", description = "Back in the pool",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = CASE)))
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    public HighTechResponse returnToPool(@PathParam("id") long id, HighTechRequest request) {
        highTech.returnToPool(id, version(request), request.enteredOn, request.note);
        return get(id);
    }

    private long version(HighTechRequest request) {
        requests.valid(request);
        if (request.version == null) {
            throw new RuleViolationException("field.required", "version");
        }
        return request.version;
    }
}
