package cn.kejiju.workbench.preparedness.api;

import cn.kejiju.workbench.platform.ApiResponses;
import cn.kejiju.workbench.platform.RequestValidator;
import cn.kejiju.workbench.preparedness.TownshipAssessmentService;
import cn.kejiju.workbench.security.Roles;
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
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The township assessment (乡镇防震减灾工作考核): the year's townships ranked, one township's year, scores, confirmation. */
@ApplicationScoped
@RolesAllowed({Roles.SYSTEM_ADMIN, Roles.LEADER, Roles.COMMISSIONER_CLERK, Roles.INCUBATOR_CLERK,
        Roles.FINANCING_CLERK, Roles.PREPAREDNESS_CLERK, Roles.PROJECT_CLERK, Roles.VIEWER, Roles.API_READ})
@Path("preparedness/assessments")
@Tag(name = "Preparedness assessment", description = "Township assessment of earthquake preparedness work (乡镇考核)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
@APIResponse(responseCode = "401", ref = ApiResponses.UNAUTHORIZED)
@APIResponse(responseCode = "429", ref = ApiResponses.TOO_MANY_REQUESTS)
public class TownshipAssessmentResource {

    @Inject
    TownshipAssessmentService assessments;

    @Inject
    RequestValidator requests;

    @GET
    @Operation(operationId = "listTownshipAssessments", summary = "Every township of a year, ranked within its county",
            description = "Total, grade and rank of each township of the caller's counties (or of the county chosen).")
    @APIResponse(responseCode = "200", description = "The townships of the year",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "TownshipAssessmentOverview")))
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    public AssessmentOverviewResponse overview(
            @Parameter(description = "The year; the current one when left out") @QueryParam("year") Integer year,
            @Parameter(description = "Id of a county: only its townships (a county caller may name only its own)")
            @QueryParam("county") Long county) {
        return AssessmentOverviewResponse.of(assessments.overview(year(year), county));
    }

    @GET
    @Path("townships/{id}")
    @Operation(operationId = "getTownshipAssessment", summary = "One township's year with every criterion")
    @APIResponse(responseCode = "200", description = "The township's year",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "TownshipAssessment")))
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    public TownshipAssessmentResponse of(@PathParam("id") long townshipId,
                                         @Parameter(description = "The year; the current one when left out")
                                         @QueryParam("year") Integer year) {
        return TownshipAssessmentResponse.of(assessments.of(townshipId, year(year)), true);
    }

    @PUT
    @Path("townships/{id}")
    @RolesAllowed({Roles.PREPAREDNESS_CLERK, Roles.API_WRITE})
    @Operation(operationId = "scoreTownship", summary = "Score a township's year",
            description = "Replaces the scores. A pre-filled criterion without a score takes the one the approved "
                    + "events earn; another score needs a reason. A manual criterion's score needs evidence. "
                    + "Refused with 409 once confirmed or when the version is stale.")
    @APIResponse(responseCode = "200", description = "Scored",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "TownshipAssessment")))
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    public TownshipAssessmentResponse score(@PathParam("id") long townshipId,
                                            @Parameter(description = "The year; the current one when left out")
                                            @QueryParam("year") Integer year, ScoresRequest request) {
        requests.valid(request);
        return TownshipAssessmentResponse.of(assessments.score(townshipId, year(year), request.version,
                request.entries()), true);
    }

    @POST
    @Path("townships/{id}/confirmation")
    @RolesAllowed({Roles.LEADER, Roles.API_WRITE})
    @Operation(operationId = "confirmTownshipAssessment", summary = "Confirm a township's year",
            description = "Every criterion must be scored (422); total and grade are frozen: later scores answer 409.")
    @APIResponse(responseCode = "200", description = "Confirmed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "TownshipAssessment")))
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    public TownshipAssessmentResponse confirm(@PathParam("id") long townshipId, AssessmentConfirmRequest request) {
        requests.valid(request);
        return TownshipAssessmentResponse.of(assessments.confirm(townshipId, request.year, request.version), true);
    }

    private int year(Integer year) {
        return year == null ? assessments.currentYear() : year;
    }
}
