package cn.kejiju.workbench.project.api;

import cn.kejiju.workbench.platform.ApiResponses;
import cn.kejiju.workbench.platform.RequestValidator;
import cn.kejiju.workbench.project.Programme;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The programme catalogue (科技计划) by level and kind. */
@ApplicationScoped
@RolesAllowed({Roles.SYSTEM_ADMIN, Roles.LEADER, Roles.COMMISSIONER_CLERK, Roles.INCUBATOR_CLERK,
        Roles.FINANCING_CLERK, Roles.PREPAREDNESS_CLERK, Roles.PROJECT_CLERK, Roles.VIEWER, Roles.API_READ})
@Path("projects/programmes")
@Tag(name = "Project programmes", description = "The catalogue of S&T programmes by level and kind")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
@APIResponse(responseCode = "401", ref = ApiResponses.UNAUTHORIZED)
@APIResponse(responseCode = "429", ref = ApiResponses.TOO_MANY_REQUESTS)
public class ProgrammeResource {

    private static final String DETAIL = "Programme";

    @Inject
    ProgrammeService programmes;

    @Inject
    RequestValidator requests;

    @GET
    @Operation(operationId = "listProgrammes", summary = "List the programmes",
            description = "By level (national, provincial, city, county), then name.")
    @APIResponse(responseCode = "200", description = "The programmes",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ProgrammeList")))
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    public ProgrammeResponse.Programmes list() {
        return new ProgrammeResponse.Programmes(programmes.programmes().stream().map(ProgrammeResponse::of).toList());
    }

    @GET
    @Path("kinds")
    @Operation(operationId = "listProgrammeKinds", summary = "The kinds of programme (a configurable list)")
    @APIResponse(responseCode = "200", description = "The kinds",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ProgrammeKindList")))
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    public ProgrammeResponse.Kinds kinds() {
        return new ProgrammeResponse.Kinds(programmes.kinds().stream().map(ProgrammeResponse.Kind::of).toList());
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getProgramme", summary = "Read one programme")
    @APIResponse(responseCode = "200", description = "The programme",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = DETAIL)))
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    public ProgrammeResponse get(@PathParam("id") long id) {
        return ProgrammeResponse.of(programmes.get(id));
    }

    @RolesAllowed({Roles.SYSTEM_ADMIN, Roles.PROJECT_CLERK, Roles.API_WRITE})
    @POST
    @Operation(operationId = "createProgramme", summary = "Add a programme to the catalogue",
            description = "A name already in the catalogue is a conflict (409).")
    @APIResponse(responseCode = "201", description = "Added; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = DETAIL)))
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    public Response create(ProgrammeRequest request, @Context UriInfo uriInfo) {
        requests.valid(request);
        Programme created = programmes.create(request.toDraft());
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(created.getId())).build())
                .entity(ProgrammeResponse.of(programmes.get(created.getId()))).build();
    }

    @RolesAllowed({Roles.SYSTEM_ADMIN, Roles.PROJECT_CLERK, Roles.API_WRITE})
    @PUT
    @Path("{id}")
    @Operation(operationId = "updateProgramme", summary = "Change a programme",
            description = "Send the version you read; a stale one is refused with 409 and nothing changes.")
    @APIResponse(responseCode = "200", description = "Updated",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = DETAIL)))
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    public ProgrammeResponse update(@PathParam("id") long id, ProgrammeRequest request) {
        requests.valid(request);
        if (request.version == null) {
            throw new RuleViolationException("field.required", "version");
        }
        programmes.revise(id, request.version, request.toDraft());
        return ProgrammeResponse.of(programmes.get(id));
    }
}
