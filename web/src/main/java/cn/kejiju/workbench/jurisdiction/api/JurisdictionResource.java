package cn.kejiju.workbench.jurisdiction.api;

import cn.kejiju.workbench.platform.ApiResponses;
import cn.kejiju.workbench.jurisdiction.Jurisdiction;
import cn.kejiju.workbench.jurisdiction.JurisdictionLevel;
import cn.kejiju.workbench.jurisdiction.JurisdictionService;
import cn.kejiju.workbench.platform.RequestValidator;
import cn.kejiju.workbench.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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

import java.util.List;

/** The division hierarchy for integrators. */
@ApplicationScoped
@RolesAllowed({Roles.SYSTEM_ADMIN, Roles.SECURITY_ADMIN, Roles.LEADER, Roles.COMMISSIONER_CLERK,
        Roles.INCUBATOR_CLERK, Roles.FINANCING_CLERK, Roles.PREPAREDNESS_CLERK, Roles.PROJECT_CLERK, Roles.VIEWER, Roles.API_READ})
@Path("jurisdictions")
@Tag(name = "Jurisdictions", description = "Administrative divisions (行政区划)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
@APIResponse(responseCode = "401", ref = ApiResponses.UNAUTHORIZED)
@APIResponse(responseCode = "429", ref = ApiResponses.TOO_MANY_REQUESTS)
public class JurisdictionResource {

    @Inject
    JurisdictionService jurisdictions;

    @Inject
    RequestValidator requests;

    @GET
    @Operation(operationId = "listJurisdictions", summary = "List divisions", description = "The children of a division, or all of one level, or all; ordered by code.")
    @APIResponse(responseCode = "200", description = "The divisions",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = JurisdictionResponse[].class)))
    @APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
    public List<JurisdictionResponse> list(
            @Parameter(description = "Only the children of this division") @QueryParam("parentId") Long parentId,
            @Parameter(description = "Only this level") @QueryParam("level") JurisdictionLevel level) {
        return jurisdictions.list(parentId, level).stream().map(JurisdictionResponse::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getJurisdiction", summary = "Read one division")
    @APIResponse(responseCode = "200", description = "The division",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Jurisdiction")))
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    public JurisdictionResponse get(@PathParam("id") long id) {
        return JurisdictionResponse.of(jurisdictions.get(id));
    }

    @POST
    @Operation(operationId = "createJurisdiction", summary = "Add a division", description = "A city without parent, otherwise one level below the parent; the code must extend the parent's.")
    @APIResponse(responseCode = "201", description = "Added; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Jurisdiction")))
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    @RolesAllowed({Roles.SYSTEM_ADMIN, Roles.API_WRITE})
    public Response create(JurisdictionRequest request, @Context UriInfo uriInfo) {
        requests.valid(request);
        Jurisdiction created = jurisdictions.create(request.parentId, request.code, request.name);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(created.getId())).build())
                .entity(JurisdictionResponse.of(created)).build();
    }

    @PUT
    @Path("{id}")
    @Operation(operationId = "renameJurisdiction", summary = "Rename a division")
    @APIResponse(responseCode = "200", description = "Renamed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Jurisdiction")))
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    @RolesAllowed({Roles.SYSTEM_ADMIN, Roles.API_WRITE})
    public JurisdictionResponse rename(@PathParam("id") long id, JurisdictionRename request) {
        requests.valid(request);
        return JurisdictionResponse.of(jurisdictions.rename(id, request.version, request.name));
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "deleteJurisdiction", summary = "Delete a division", description = "Refused with 409 while divisions below it or enterprises in it exist.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    @RolesAllowed({Roles.SYSTEM_ADMIN, Roles.API_WRITE})
    public Response delete(@PathParam("id") long id,
                           @Parameter(description = "The version read (optional)") @QueryParam("version") Long version) {
        jurisdictions.delete(id, version);
        return Response.noContent().build();
    }
}
