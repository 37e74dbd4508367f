package cn.kejiju.workbench.preparedness.api;

import cn.kejiju.workbench.jurisdiction.JurisdictionService;
import cn.kejiju.workbench.platform.ApiResponses;
import cn.kejiju.workbench.platform.DayParameter;
import cn.kejiju.workbench.platform.PageParameters;
import cn.kejiju.workbench.platform.PageResponse;
import cn.kejiju.workbench.platform.RequestValidator;
import cn.kejiju.workbench.preparedness.Volunteer;
import cn.kejiju.workbench.preparedness.VolunteerActivity;
import cn.kejiju.workbench.preparedness.VolunteerService;
import cn.kejiju.workbench.preparedness.VolunteerTeam;
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
import java.time.LocalDate;

/** Volunteer teams (地震灾害志愿者队伍) of the townships, their members, trainings and drills attended, hours. */
@ApplicationScoped
@RolesAllowed({Roles.SYSTEM_ADMIN, Roles.LEADER, Roles.COMMISSIONER_CLERK, Roles.INCUBATOR_CLERK,
        Roles.FINANCING_CLERK, Roles.PREPAREDNESS_CLERK, Roles.PROJECT_CLERK, Roles.VIEWER, Roles.API_READ})
@Path("preparedness/volunteer-teams")
@Tag(name = "Preparedness volunteers", description = "Volunteer teams, members (phones masked), attendance and hours")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
@APIResponse(responseCode = "401", ref = ApiResponses.UNAUTHORIZED)
@APIResponse(responseCode = "429", ref = ApiResponses.TOO_MANY_REQUESTS)
public class VolunteerResource {

    @Inject
    VolunteerService volunteers;

    @Inject
    JurisdictionService jurisdictions;

    @Inject
    RequestValidator requests;

    @GET
    @Operation(operationId = "listVolunteerTeams", summary = "List volunteer teams",
            description = "By township code then name, paged in the database; without members.")
    @APIResponse(responseCode = "200", description = "A page of teams with the total the filter matches",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "VolunteerTeamPage")))
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    public VolunteerTeamPage list(
            @Parameter(description = "Zero-based page number") @QueryParam("page") @DefaultValue("0") int page,
            @Parameter(description = "Page size, 1 to 200") @QueryParam("size") @DefaultValue("20") int size,
            @Parameter(description = "asc (default) or desc") @QueryParam("dir") @DefaultValue("asc") String dir,
            @Parameter(description = "Only this county's teams") @QueryParam("countyId") Long countyId) {
        return PageResponse.of(volunteers.teams(countyId, PageParameters.of(page, size, null, dir)),
                VolunteerTeamResponse::of, VolunteerTeamPage::new);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getVolunteerTeam", summary = "Read a team with its members, attendance and hours")
    @APIResponse(responseCode = "200", description = "The team",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "VolunteerTeam")))
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    public VolunteerTeamResponse get(@PathParam("id") long id) {
        return VolunteerTeamResponse.of(volunteers.view(id));
    }

    @GET
    @Path("hours")
    @Operation(operationId = "getVolunteerHours", summary = "Volunteer hours of a period within a jurisdiction",
            description = "Summed in the database over the teams of the city, county or township.")
    @APIResponse(responseCode = "200", description = "The hours",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "VolunteerHours")))
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    public VolunteerHoursResponse hours(
            @Parameter(description = "City, county or township", required = true) @QueryParam("jurisdictionId") Long jurisdictionId,
            @Parameter(description = "First day (yyyy-mm-dd)", required = true) @QueryParam("from") String fromText,
            @Parameter(description = "Last day, inclusive (yyyy-mm-dd)", required = true) @QueryParam("to") String toText) {
        LocalDate from = DayParameter.parse(fromText, "from");
        LocalDate to = DayParameter.parse(toText, "to");
        if (jurisdictionId == null) {
            throw new RuleViolationException("field.required", "jurisdictionId");
        }
        if (from == null || to == null) {
            throw new RuleViolationException("field.required", from == null ? "from" : "to");
        }
        if (to.isBefore(from)) {
            throw new RuleViolationException("period.order", "to");
        }
        return new VolunteerHoursResponse(new PreparednessRef(jurisdictionId, jurisdictions.get(jurisdictionId).getName()),
                from, to, volunteers.hours(jurisdictionId, from, to).toPlainString());
    }

    @RolesAllowed({Roles.PREPAREDNESS_CLERK, Roles.API_WRITE})
    @POST
    @Operation(operationId = "createVolunteerTeam", summary = "Form a volunteer team in a township")
    @APIResponse(responseCode = "201", description = "Formed; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "VolunteerTeam")))
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    public Response create(VolunteerTeamRequest request, @Context UriInfo uriInfo) {
        requests.valid(request);
        VolunteerTeam team = volunteers.create(request.townshipId, request.name, request.leader);
        URI location = uriInfo.getAbsolutePathBuilder().path(String.valueOf(team.getId())).build();
        return Response.created(location).entity(VolunteerTeamResponse.of(team)).build();
    }

    @RolesAllowed({Roles.PREPAREDNESS_CLERK, Roles.API_WRITE})
    @PUT
    @Path("{id}")
    @Operation(operationId = "updateVolunteerTeam", summary = "Rename a team, name its leader or move it",
            description = "Send the version you read; a stale one is refused with 409.")
    @APIResponse(responseCode = "200", description = "Updated",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "VolunteerTeam")))
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    public VolunteerTeamResponse update(@PathParam("id") long id, VolunteerTeamRequest request) {
        requests.valid(request);
        return VolunteerTeamResponse.of(volunteers.revise(id, version(request.version), request.townshipId,
                request.name, request.leader));
    }

    @RolesAllowed({Roles.PREPAREDNESS_CLERK, Roles.API_WRITE})
    @POST
    @Path("{id}/members")
    @Operation(operationId = "addVolunteerMember", summary = "A volunteer joins the team",
            description = "The phone is checked and answered masked; it is never written to the audit trail.")
    @APIResponse(responseCode = "201", description = "Joined",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "VolunteerMember")))
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    public Response join(@PathParam("id") long id, VolunteerMemberRequest request, @Context UriInfo uriInfo) {
        requests.valid(request);
        Volunteer member = volunteers.join(id, request.name, request.phone, request.skills, request.joinedOn);
        URI location = uriInfo.getAbsolutePathBuilder().path(String.valueOf(member.getId())).build();
        return Response.created(location).entity(VolunteerMemberResponse.of(member, id, null)).build();
    }

    @RolesAllowed({Roles.PREPAREDNESS_CLERK, Roles.API_WRITE})
    @PUT
    @Path("{id}/members/{memberId}")
    @Operation(operationId = "updateVolunteerMember", summary = "Correct a member, or record that they left",
            description = "Send the version you read; a stale one is refused with 409.")
    @APIResponse(responseCode = "200", description = "Updated",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "VolunteerMember")))
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    public VolunteerMemberResponse updateMember(@PathParam("id") long id, @PathParam("memberId") long memberId,
                                                VolunteerMemberRequest request) {
        requests.valid(request);
        return VolunteerMemberResponse.of(volunteers.revise(id, memberId, version(request.version), request.name,
                request.phone, request.skills, request.leftOn), id, null);
    }

    @RolesAllowed({Roles.PREPAREDNESS_CLERK, Roles.API_WRITE})
    @POST
    @Path("{id}/members/{memberId}/activities")
    @Operation(operationId = "recordVolunteerActivity", summary = "Record a training or drill a member attended",
            description = "A drill the module recorded is linked by eventId and takes its day; hours more than 0, "
                    + "at most 24, in tenths.")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "VolunteerActivity")))
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    public Response attend(@PathParam("id") long id, @PathParam("memberId") long memberId,
                           VolunteerActivityRequest request, @Context UriInfo uriInfo) {
        requests.valid(request);
        VolunteerActivity activity = volunteers.attend(id, memberId, request.kind, request.eventId, request.title,
                request.heldOn, request.hours);
        URI location = uriInfo.getBaseUriBuilder().path(VolunteerResource.class).path(String.valueOf(id)).build();
        return Response.created(location).entity(VolunteerActivityResponse.of(activity)).build();
    }

    static long version(Long version) {
        if (version == null) {
            throw new RuleViolationException("field.required", "version");
        }
        return version;
    }
}
