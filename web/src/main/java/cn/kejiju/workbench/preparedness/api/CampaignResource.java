package cn.kejiju.workbench.preparedness.api;

import cn.kejiju.workbench.platform.ApiResponses;
import cn.kejiju.workbench.platform.DayParameter;
import cn.kejiju.workbench.platform.PageParameters;
import cn.kejiju.workbench.platform.PageResponse;
import cn.kejiju.workbench.platform.RequestValidator;
import cn.kejiju.workbench.preparedness.Campaign;
import cn.kejiju.workbench.preparedness.CampaignService;
import cn.kejiju.workbench.preparedness.CampaignStanding;
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

/** Earthquake-preparedness publicity campaigns (防震减灾宣传活动) with their goals and progress. */
@ApplicationScoped
@RolesAllowed({Roles.SYSTEM_ADMIN, Roles.LEADER, Roles.COMMISSIONER_CLERK, Roles.INCUBATOR_CLERK,
        Roles.FINANCING_CLERK, Roles.PREPAREDNESS_CLERK, Roles.PROJECT_CLERK, Roles.VIEWER, Roles.API_READ})
@Path("preparedness/campaigns")
@Tag(name = "Preparedness campaigns", description = "Earthquake-preparedness publicity campaigns and their goals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
@APIResponse(responseCode = "401", ref = ApiResponses.UNAUTHORIZED)
@APIResponse(responseCode = "429", ref = ApiResponses.TOO_MANY_REQUESTS)
public class CampaignResource {

    @Inject
    CampaignService campaigns;

    @Inject
    RequestValidator requests;

    @GET
    @Operation(operationId = "listCampaigns", summary = "List campaigns",
            description = "Latest first (by first day; dir=asc for the oldest first), paged in the database.")
    @APIResponse(responseCode = "200", description = "A page of campaigns with the total the filter matches",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "CampaignPage")))
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    public CampaignPage list(
            @Parameter(description = "Zero-based page number") @QueryParam("page") @DefaultValue("0") int page,
            @Parameter(description = "Page size, 1 to 200") @QueryParam("size") @DefaultValue("20") int size,
            @Parameter(description = "desc (default) or asc") @QueryParam("dir") @DefaultValue("desc") String dir,
            @Parameter(description = "Only this county's campaigns") @QueryParam("countyId") Long countyId,
            @Parameter(description = "Part of the name or the theme") @QueryParam("q") String text,
            @Parameter(description = "Running on a day from this one on (yyyy-mm-dd)") @QueryParam("from") String from,
            @Parameter(description = "Begun by this day, inclusive (yyyy-mm-dd)") @QueryParam("to") String to) {
        return PageResponse.of(campaigns.list(countyId, text, DayParameter.parse(from, "from"),
                        DayParameter.parse(to, "to"), PageParameters.of(page, size, null, dir)),
                CampaignResponse::of, CampaignPage::new);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getCampaign", summary = "Read one campaign with its goals and progress",
            description = "Progress counts the approved events only: two aggregate queries.")
    @APIResponse(responseCode = "200", description = "The campaign",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Campaign")))
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    public CampaignResponse get(@PathParam("id") long id) {
        CampaignStanding standing = campaigns.standing(id);
        return CampaignResponse.of(standing.campaign(), standing.progress());
    }

    @RolesAllowed({Roles.PREPAREDNESS_CLERK, Roles.API_WRITE})
    @POST
    @Operation(operationId = "planCampaign", summary = "Plan a campaign")
    @APIResponse(responseCode = "201", description = "Planned; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Campaign")))
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    public Response plan(CampaignRequest request, @Context UriInfo uriInfo) {
        requests.valid(request);
        Campaign planned = campaigns.plan(request.toDraft());
        URI location = uriInfo.getAbsolutePathBuilder().path(String.valueOf(planned.getId())).build();
        return Response.created(location).entity(get(planned.getId())).build();
    }

    @RolesAllowed({Roles.PREPAREDNESS_CLERK, Roles.API_WRITE})
    @PUT
    @Path("{id}")
    @Operation(operationId = "updateCampaign", summary = "Update a campaign",
            description = "Send the version you read; a stale one is refused with 409 and nothing changes.")
    @APIResponse(responseCode = "200", description = "Updated",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Campaign")))
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    public CampaignResponse update(@PathParam("id") long id, CampaignRequest request) {
        requests.valid(request);
        if (request.version == null) {
            throw new RuleViolationException("field.required", "version");
        }
        campaigns.revise(id, request.version, request.toDraft());
        return get(id);
    }
}
