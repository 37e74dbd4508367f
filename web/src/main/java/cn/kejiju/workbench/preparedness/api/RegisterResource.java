package cn.kejiju.workbench.preparedness.api;

import cn.kejiju.workbench.jurisdiction.JurisdictionService;
import cn.kejiju.workbench.platform.ApiResponses;
import cn.kejiju.workbench.platform.FlagParameter;
import cn.kejiju.workbench.platform.PageParameters;
import cn.kejiju.workbench.platform.PageResponse;
import cn.kejiju.workbench.platform.RequestValidator;
import cn.kejiju.workbench.preparedness.RegisterHolder;
import cn.kejiju.workbench.preparedness.RegisterService;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;

/**
 * The 三网一员 register: one assistant per township, a macro-observation reporter and a disaster rapid
 * reporter per village or community; its gaps and completeness.
 */
@ApplicationScoped
@RolesAllowed({Roles.SYSTEM_ADMIN, Roles.LEADER, Roles.COMMISSIONER_CLERK, Roles.INCUBATOR_CLERK,
        Roles.FINANCING_CLERK, Roles.PREPAREDNESS_CLERK, Roles.PROJECT_CLERK, Roles.VIEWER, Roles.API_READ})
@Path("preparedness/register")
@Tag(name = "Preparedness register", description = "三网一员: assistants and reporters, gaps, completeness")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
@APIResponse(responseCode = "401", ref = ApiResponses.UNAUTHORIZED)
@APIResponse(responseCode = "429", ref = ApiResponses.TOO_MANY_REQUESTS)
public class RegisterResource {

    @Inject
    RegisterService register;

    @Inject
    JurisdictionService jurisdictions;

    @Inject
    RequestValidator requests;

    @GET
    @Operation(operationId = "listRegisterHolders", summary = "List the register's holders",
            description = "Current holders (ended=true: with the former ones) by place code and post, paged.")
    @APIResponse(responseCode = "200", description = "A page of holders with the total the filter matches",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "RegisterHolderPage")))
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    public RegisterHolderPage list(
            @Parameter(description = "Zero-based page number") @QueryParam("page") @DefaultValue("0") int page,
            @Parameter(description = "Page size, 1 to 200") @QueryParam("size") @DefaultValue("20") int size,
            @Parameter(description = "asc (default) or desc") @QueryParam("dir") @DefaultValue("asc") String dir,
            @Parameter(description = "Only this county's holders") @QueryParam("countyId") Long countyId,
            @Parameter(description = "With the former holders",
                    schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
            @QueryParam("ended") String ended) {
        return PageResponse.of(register.holders(countyId, FlagParameter.parse(ended, false, "ended"),
                PageParameters.of(page, size, null, dir)), RegisterHolderResponse::of, RegisterHolderPage::new);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getRegisterHolder", summary = "Read one holder")
    @APIResponse(responseCode = "200", description = "The holder",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "RegisterHolder")))
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    public RegisterHolderResponse get(@PathParam("id") long id) {
        return RegisterHolderResponse.of(register.get(id));
    }

    @GET
    @Path("gaps")
    @Operation(operationId = "listRegisterGaps", summary = "The posts nobody holds",
            description = "Townships without an assistant, villages and communities without a reporter.")
    @APIResponse(responseCode = "200", description = "The open posts in the order of the places",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "RegisterGapList")))
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    public RegisterGapResponse.Gaps gaps(
            @Parameter(description = "Only this county's") @QueryParam("countyId") Long countyId) {
        return new RegisterGapResponse.Gaps(register.gaps(countyId).stream().map(RegisterGapResponse::of).toList());
    }

    @GET
    @Path("completeness")
    @Operation(operationId = "getRegisterCompleteness", summary = "Posts held of posts required",
            description = "Within a city, county, township or village; counted in the database.")
    @APIResponse(responseCode = "200", description = "The completeness",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "RegisterCompleteness")))
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    public RegisterCompletenessResponse completeness(
            @Parameter(description = "The jurisdiction", required = true) @QueryParam("jurisdictionId") Long jurisdictionId) {
        if (jurisdictionId == null) {
            throw new RuleViolationException("field.required", "jurisdictionId");
        }
        return RegisterCompletenessResponse.of(new PreparednessRef(jurisdictionId,
                jurisdictions.get(jurisdictionId).getName()), register.completeness(jurisdictionId));
    }

    @RolesAllowed({Roles.PREPAREDNESS_CLERK, Roles.API_WRITE})
    @POST
    @Operation(operationId = "appointRegisterHolder", summary = "Appoint someone to a post",
            description = "A post held by someone already is refused with 409 naming the holder; end theirs first.")
    @APIResponse(responseCode = "201", description = "Appointed; Location names the holder",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "RegisterHolder")))
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    public Response appoint(RegisterHolderRequest request, @Context UriInfo uriInfo) {
        requests.valid(request);
        RegisterHolder holder = register.appoint(request.post, request.placeId, request.name, request.phone,
                request.since);
        URI location = uriInfo.getAbsolutePathBuilder().path(String.valueOf(holder.getId())).build();
        return Response.created(location).entity(RegisterHolderResponse.of(holder)).build();
    }

    @RolesAllowed({Roles.PREPAREDNESS_CLERK, Roles.API_WRITE})
    @PUT
    @Path("{id}")
    @Operation(operationId = "updateRegisterHolder", summary = "Correct a holder's name, phone or since-date",
            description = "Send the version you read (since left out: kept; not in the future); a stale one, or an ended holder, is refused with 409.")
    @APIResponse(responseCode = "200", description = "Updated",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "RegisterHolder")))
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    public RegisterHolderResponse update(@PathParam("id") long id, RegisterHolderRequest request) {
        requests.valid(request);
        return RegisterHolderResponse.of(register.revise(id, VolunteerResource.version(request.version), request.name,
                request.phone, request.since));
    }

    @RolesAllowed({Roles.PREPAREDNESS_CLERK, Roles.API_WRITE})
    @POST
    @Path("{id}/end")
    @Operation(operationId = "endRegisterHolder", summary = "End a holder's post",
            description = "The post is open (a gap on the list and the to-do list) until someone is appointed.")
    @APIResponse(responseCode = "200", description = "Ended",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "RegisterHolder")))
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    public RegisterHolderResponse end(@PathParam("id") long id, RegisterEndRequest request) {
        requests.valid(request);
        return RegisterHolderResponse.of(register.end(id, request.version, request.endedOn));
    }
}
