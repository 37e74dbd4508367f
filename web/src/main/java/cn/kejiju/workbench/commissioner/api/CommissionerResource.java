package cn.kejiju.workbench.commissioner.api;

import cn.kejiju.workbench.commissioner.Commissioner;
import cn.kejiju.workbench.commissioner.CommissionerFilter;
import cn.kejiju.workbench.commissioner.CommissionerKind;
import cn.kejiju.workbench.commissioner.CommissionerService;
import cn.kejiju.workbench.commissioner.CommissionerStatus;
import cn.kejiju.workbench.commissioner.DispatchLevel;
import cn.kejiju.workbench.commissioner.ServiceField;
import cn.kejiju.workbench.platform.ApiResponses;
import cn.kejiju.workbench.platform.PageParameters;
import cn.kejiju.workbench.platform.PageResponse;
import cn.kejiju.workbench.platform.RequestValidator;
import cn.kejiju.workbench.security.Roles;
import cn.kejiju.workbench.shared.Page;
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
import java.util.Map;

/** The commissioner registry (科技特派员) for integrators: list, read, register, update, end a posting. */
@ApplicationScoped
@RolesAllowed({Roles.SYSTEM_ADMIN, Roles.LEADER, Roles.COMMISSIONER_CLERK, Roles.INCUBATOR_CLERK,
        Roles.FINANCING_CLERK, Roles.PREPAREDNESS_CLERK, Roles.PROJECT_CLERK, Roles.VIEWER, Roles.API_READ})
@Path("commissioners")
@Tag(name = "Commissioners", description = "Science-technology commissioners (科技特派员)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
@APIResponse(responseCode = "401", ref = ApiResponses.UNAUTHORIZED)
@APIResponse(responseCode = "429", ref = ApiResponses.TOO_MANY_REQUESTS)
public class CommissionerResource {

    @Inject
    CommissionerService commissioners;

    @Inject
    RequestValidator requests;

    @GET
    @Operation(operationId = "listCommissioners", summary = "List commissioners",
            description = "Filtered, sorted and paged in the database; a county token sees its county only.")
    @APIResponse(responseCode = "200", description = "A page of commissioners with the total the filter matches",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "CommissionerPage")))
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    public CommissionerPage list(
            @Parameter(description = "Zero-based page number") @QueryParam("page") @DefaultValue("0") int page,
            @Parameter(description = "Page size, 1 to 200") @QueryParam("size") @DefaultValue("20") int size,
            @Parameter(description = "name, field, kind, dispatchLevel, postedOn or updatedAt") @QueryParam("sort") String sort,
            @Parameter(description = "asc or desc") @QueryParam("dir") @DefaultValue("asc") String dir,
            @Parameter(description = "Part of the name, the employer or a specialty") @QueryParam("q") String text,
            @QueryParam("field") ServiceField field,
            @QueryParam("kind") CommissionerKind kind,
            @QueryParam("dispatchLevel") DispatchLevel dispatchLevel,
            @QueryParam("status") CommissionerStatus status,
            @Parameter(description = "Id of a county: only its records (city callers; a county caller may name only its own, another answers 403; an id that is no county 422)") @QueryParam("county") Long county,
            @Parameter(description = "Former name of county", deprecated = true) @QueryParam("countyId") Long countyId) {
        CommissionerFilter filter = new CommissionerFilter(text, field, kind, dispatchLevel, status,
                county != null ? county : countyId);
        Page<Commissioner> found = commissioners.list(filter, PageParameters.of(page, size, sort, dir));
        Map<Long, Long> load = commissioners.activeLoad(found.items().stream().map(Commissioner::getId).toList());
        return PageResponse.of(found, c -> CommissionerResponse.of(c, load.getOrDefault(c.getId(), 0L)),
                CommissionerPage::new);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getCommissioner", summary = "Read one commissioner")
    @APIResponse(responseCode = "200", description = "The commissioner",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Commissioner")))
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    public CommissionerResponse get(@PathParam("id") long id) {
        return response(commissioners.get(id));
    }

    @POST
    @Operation(operationId = "createCommissioner", summary = "Register a commissioner")
    @APIResponse(responseCode = "201", description = "Registered; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Commissioner")))
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    @RolesAllowed({Roles.COMMISSIONER_CLERK, Roles.API_WRITE})
    public Response create(CommissionerRequest request, @Context UriInfo uriInfo) {
        requests.valid(request);
        Commissioner created = commissioners.register(request.toDraft());
        URI location = uriInfo.getAbsolutePathBuilder().path(String.valueOf(created.getId())).build();
        return Response.created(location).entity(response(created)).build();
    }

    @PUT
    @Path("{id}")
    @Operation(operationId = "updateCommissioner", summary = "Update a commissioner",
            description = "Send the version you read; a stale one is refused with 409 and nothing changes. "
                    + "The masked resident ID or phone sent back keeps the stored value.")
    @APIResponse(responseCode = "200", description = "Updated",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Commissioner")))
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    @RolesAllowed({Roles.COMMISSIONER_CLERK, Roles.API_WRITE})
    public CommissionerResponse update(@PathParam("id") long id, CommissionerRequest request) {
        requests.valid(request);
        if (request.version == null) {
            throw new RuleViolationException("field.required", "version");
        }
        return response(commissioners.revise(id, request.version, request.toDraft()));
    }

    @POST
    @Path("{id}/end")
    @Operation(operationId = "endCommissioner", summary = "End a commissioner's posting",
            description = "Refused while any of the commissioner's assignments is still active.")
    @APIResponse(responseCode = "200", description = "Ended",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Commissioner")))
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    @RolesAllowed({Roles.COMMISSIONER_CLERK, Roles.API_WRITE})
    public CommissionerResponse end(@PathParam("id") long id, CommissionerEndRequest request) {
        requests.valid(request);
        return response(commissioners.end(id, request.version, request.endedOn));
    }

    private CommissionerResponse response(Commissioner commissioner) {
        long load = commissioners.activeLoad(List.of(commissioner.getId())).getOrDefault(commissioner.getId(), 0L);
        return CommissionerResponse.of(commissioner, load);
    }
}
