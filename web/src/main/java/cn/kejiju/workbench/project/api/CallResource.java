package cn.kejiju.workbench.project.api;

import cn.kejiju.workbench.platform.ApiResponses;
import cn.kejiju.workbench.platform.RequestValidator;
import cn.kejiju.workbench.project.ProgrammeCall;
import cn.kejiju.workbench.project.ProgrammeLevel;
import cn.kejiju.workbench.project.ProgrammeService;
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

/** The calls (申报指南) of the programmes: each year's dates, budget, cap per project and eligibility. */
@ApplicationScoped
@RolesAllowed({Roles.SYSTEM_ADMIN, Roles.LEADER, Roles.COMMISSIONER_CLERK, Roles.INCUBATOR_CLERK,
        Roles.FINANCING_CLERK, Roles.PREPAREDNESS_CLERK, Roles.PROJECT_CLERK, Roles.VIEWER, Roles.API_READ})
@Path("projects/calls")
@Tag(name = "Project calls", description = "Each year's calls of the programmes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
@APIResponse(responseCode = "401", ref = ApiResponses.UNAUTHORIZED)
@APIResponse(responseCode = "429", ref = ApiResponses.TOO_MANY_REQUESTS)
public class CallResource {

    private static final String DETAIL = "ProgrammeCall";

    @Inject
    ProgrammeService programmes;

    @Inject
    RequestValidator requests;

    @GET
    @Operation(operationId = "listProgrammeCalls", summary = "List the calls",
            description = "Newest year first, then latest closing day; of one year and level when given.")
    @APIResponse(responseCode = "200", description = "The calls",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ProgrammeCallList")))
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    public CallResponse.Calls list(@Parameter(description = "Only this year's") @QueryParam("year") Integer year,
                                   @Parameter(description = "Only programmes of this level") @QueryParam("level")
                                   ProgrammeLevel level) {
        return new CallResponse.Calls(programmes.calls(year, level).stream().map(CallResponse::of).toList());
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getProgrammeCall", summary = "Read one call")
    @APIResponse(responseCode = "200", description = "The call",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = DETAIL)))
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    public CallResponse get(@PathParam("id") long id) {
        return CallResponse.of(programmes.call(id));
    }

    @RolesAllowed({Roles.SYSTEM_ADMIN, Roles.PROJECT_CLERK, Roles.API_WRITE})
    @POST
    @Operation(operationId = "createProgrammeCall", summary = "Publish a call of a programme",
            description = "The cap per project cannot exceed the budget (when given); the call closes on or after it "
                    + "opens (422 otherwise).")
    @APIResponse(responseCode = "201", description = "Published; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = DETAIL)))
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    public Response create(CallRequest request, @Context UriInfo uriInfo) {
        requests.valid(request);
        ProgrammeCall created = programmes.publish(request.toDraft());
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(created.getId())).build())
                .entity(CallResponse.of(programmes.call(created.getId()))).build();
    }

    @RolesAllowed({Roles.SYSTEM_ADMIN, Roles.PROJECT_CLERK, Roles.API_WRITE})
    @PUT
    @Path("{id}")
    @Operation(operationId = "updateProgrammeCall", summary = "Change a call",
            description = "Send the version you read; a stale one is refused with 409 and nothing changes.")
    @APIResponse(responseCode = "200", description = "Updated",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = DETAIL)))
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    public CallResponse update(@PathParam("id") long id, CallRequest request) {
        requests.valid(request);
        if (request.version == null) {
            throw new RuleViolationException("field.required", "version");
        }
        programmes.revise(id, request.version, request.terms());
        return CallResponse.of(programmes.call(id));
    }
}
