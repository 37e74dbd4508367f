package cn.kejiju.workbench.enterprise.api;

import cn.kejiju.workbench.enterprise.Enterprise;
import cn.kejiju.workbench.enterprise.EnterpriseFilter;
import cn.kejiju.workbench.enterprise.EnterpriseKind;
import cn.kejiju.workbench.enterprise.EnterpriseService;
import cn.kejiju.workbench.platform.ApiResponses;
import cn.kejiju.workbench.platform.FlagParameter;
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
import jakarta.ws.rs.DELETE;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;

/** Enterprises and organisations for integrators: list, read, register, update, delete. */
@ApplicationScoped
@RolesAllowed({Roles.SYSTEM_ADMIN, Roles.LEADER, Roles.COMMISSIONER_CLERK, Roles.INCUBATOR_CLERK,
        Roles.FINANCING_CLERK, Roles.PREPAREDNESS_CLERK, Roles.PROJECT_CLERK, Roles.VIEWER, Roles.API_READ})
@Path("enterprises")
@Tag(name = "Enterprises", description = "Enterprises and organisations (企业/单位)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
@APIResponse(responseCode = "401", ref = ApiResponses.UNAUTHORIZED)
@APIResponse(responseCode = "429", ref = ApiResponses.TOO_MANY_REQUESTS)
public class EnterpriseResource {

    @Inject
    EnterpriseService enterprises;

    @Inject
    RequestValidator requests;

    @GET
    @Operation(operationId = "listEnterprises", summary = "List enterprises", description = "Filtered, sorted and paged in the database.")
    @APIResponse(responseCode = "200", description = "A page of enterprises with the total the filter matches",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "EnterprisePage")))
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    public EnterprisePage list(
            @Parameter(description = "Zero-based page number") @QueryParam("page") @DefaultValue("0") int page,
            @Parameter(description = "Page size, 1 to 200") @QueryParam("size") @DefaultValue("20") int size,
            @Parameter(description = "name, creditCode, kind, industry, township or updatedAt") @QueryParam("sort") String sort,
            @Parameter(description = "asc or desc") @QueryParam("dir") @DefaultValue("asc") String dir,
            @Parameter(description = "Part of the name or credit code") @QueryParam("q") String text,
            @QueryParam("kind") EnterpriseKind kind,
            @Parameter(description = "Part of the industry") @QueryParam("industry") String industry,
            @Parameter(description = "Id of a county or township") @QueryParam("jurisdictionId") Long jurisdictionId,
            @Parameter(description = "Holds a high-tech certificate valid today",
                    schema = @Schema(type = SchemaType.BOOLEAN))
            @QueryParam("highTech") String highTech,
            @Parameter(description = "Registered as a tech-based SME", schema = @Schema(type = SchemaType.BOOLEAN))
            @QueryParam("sme") String sme) {
        EnterpriseFilter filter = new EnterpriseFilter(text, kind, industry, jurisdictionId,
                FlagParameter.parse(highTech, "highTech"), FlagParameter.parse(sme, "sme"));
        PageRequest request = PageParameters.of(page, size, sort, dir);
        var today = enterprises.today();
        return PageResponse.of(enterprises.list(filter, request), e -> EnterpriseResponse.of(e, today), EnterprisePage::new);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getEnterprise", summary = "Read one enterprise")
    @APIResponse(responseCode = "200", description = "The enterprise",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Enterprise")))
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    public EnterpriseResponse get(@PathParam("id") long id) {
        return EnterpriseResponse.of(enterprises.get(id), enterprises.today());
    }

    @POST
    @Operation(operationId = "createEnterprise", summary = "Register an enterprise")
    @APIResponse(responseCode = "201", description = "Registered; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Enterprise")))
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    @RolesAllowed({Roles.SYSTEM_ADMIN, Roles.COMMISSIONER_CLERK, Roles.INCUBATOR_CLERK, Roles.FINANCING_CLERK,
            Roles.PREPAREDNESS_CLERK, Roles.PROJECT_CLERK, Roles.API_WRITE})
    public Response create(EnterpriseRequest request, @Context UriInfo uriInfo) {
        requests.valid(request);
        Enterprise created = enterprises.register(request.toDraft());
        URI location = uriInfo.getAbsolutePathBuilder().path(String.valueOf(created.getId())).build();
        return Response.created(location).entity(EnterpriseResponse.of(created, enterprises.today())).build();
    }

    @PUT
    @Path("{id}")
    @Operation(operationId = "updateEnterprise", summary = "Update an enterprise", description = "Send the version you read; a stale one is refused with 409 and nothing changes.")
    @APIResponse(responseCode = "200", description = "Updated",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Enterprise")))
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    @RolesAllowed({Roles.SYSTEM_ADMIN, Roles.COMMISSIONER_CLERK, Roles.INCUBATOR_CLERK, Roles.FINANCING_CLERK,
            Roles.PREPAREDNESS_CLERK, Roles.PROJECT_CLERK, Roles.API_WRITE})
    public EnterpriseResponse update(@PathParam("id") long id, EnterpriseRequest request) {
        requests.valid(request);
        if (request.version == null) {
            throw new RuleViolationException("field.required", "version");
        }
        Enterprise updated = enterprises.revise(id, request.version, request.toDraft());
        return EnterpriseResponse.of(updated, enterprises.today());
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "deleteEnterprise", summary = "Delete an enterprise", description = "Refused with 409 while any record refers to it.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    @RolesAllowed({Roles.SYSTEM_ADMIN, Roles.COMMISSIONER_CLERK, Roles.INCUBATOR_CLERK, Roles.FINANCING_CLERK,
            Roles.PREPAREDNESS_CLERK, Roles.PROJECT_CLERK, Roles.API_WRITE})
    public Response delete(@PathParam("id") long id,
                           @Parameter(description = "The version read (optional)") @QueryParam("version") Long version) {
        enterprises.delete(id, version);
        return Response.noContent().build();
    }
}
