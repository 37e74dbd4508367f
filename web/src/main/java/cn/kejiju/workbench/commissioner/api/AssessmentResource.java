package cn.kejiju.workbench.commissioner.api;

import cn.kejiju.workbench.platform.ApiResponses;
import cn.kejiju.workbench.commissioner.AssessmentRow;
import cn.kejiju.workbench.commissioner.AssessmentService;
import cn.kejiju.workbench.platform.DomainMessages;
import cn.kejiju.workbench.platform.ProblemFactory;
import cn.kejiju.workbench.platform.RequestValidator;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
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

/** The annual assessment (年度考核): overview, commissioners at risk, one commissioner, ratings, confirmation. */
@ApplicationScoped
@RolesAllowed({Roles.SYSTEM_ADMIN, Roles.LEADER, Roles.COMMISSIONER_CLERK, Roles.INCUBATOR_CLERK,
        Roles.FINANCING_CLERK, Roles.PREPAREDNESS_CLERK, Roles.PROJECT_CLERK, Roles.VIEWER, Roles.API_READ})
@Path("assessments")
@Tag(name = "Assessments", description = "Annual assessment of commissioners (年度考核)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
@APIResponse(responseCode = "401", ref = ApiResponses.UNAUTHORIZED)
@APIResponse(responseCode = "429", ref = ApiResponses.TOO_MANY_REQUESTS)
public class AssessmentResource {

    @Inject
    AssessmentService assessments;

    @Inject
    RequestValidator requests;

    @Inject
    DomainMessages texts;

    @Inject
    ProblemFactory problems;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(operationId = "listAssessments", summary = "Every commissioner serving in a year, those at risk first")
    @APIResponse(responseCode = "200", description = "The rows of the year",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AssessmentRowResponse[].class)))
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    public List<AssessmentRowResponse> overview(
            @Parameter(description = "The year; the current one when left out") @QueryParam("year") Integer year,
            @Parameter(description = "Id of a county: only its commissioners (city callers; a county caller may name only its own, another answers 403; an id that is no county 422)") @QueryParam("county") Long county) {
        return assessments.overview(year(year), county).stream().map(this::response).toList();
    }

    @GET
    @Path("at-risk")
    @Operation(operationId = "listAssessmentsAtRisk", summary = "Commissioners short of the quota, not confirmed, largest shortfall first")
    @APIResponse(responseCode = "200", description = "The rows at risk",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AssessmentRowResponse[].class)))
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    public List<AssessmentRowResponse> atRisk(
            @Parameter(description = "The year; the current one when left out") @QueryParam("year") Integer year,
            @Parameter(description = "Id of a county: only its commissioners (city callers; a county caller may name only its own, another answers 403; an id that is no county 422)") @QueryParam("county") Long county) {
        return assessments.atRisk(year(year), county).stream().map(this::response).toList();
    }

    @GET
    @Path("commissioners/{id}")
    @Operation(operationId = "getAssessment", summary = "One commissioner's year")
    @APIResponse(responseCode = "200", description = "The row",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "AssessmentRow")))
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    public AssessmentRowResponse of(@PathParam("id") long commissionerId,
                                    @Parameter(description = "The year; the current one when left out") @QueryParam("year") Integer year) {
        return response(assessments.of(commissionerId, year(year)));
    }

    @GET
    @Path("commissioners/{id}/ratings")
    @Operation(operationId = "listSatisfactionRatings", summary = "The satisfaction ratings of one commissioner's year")
    @APIResponse(responseCode = "200", description = "One rating per assignment rated",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RatingResponse[].class)))
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    public List<RatingResponse> ratings(@PathParam("id") long commissionerId,
                                        @Parameter(description = "The year; the current one when left out") @QueryParam("year") Integer year) {
        return assessments.ratings(commissionerId, year(year)).stream().map(RatingResponse::of).toList();
    }

    @PUT
    @Path("ratings")
    @Operation(operationId = "rateSatisfaction", summary = "Enter or correct the satisfaction a target gave in a year",
            description = "One rating per assignment and year; refused once the commissioner's year is confirmed.")
    @APIResponse(responseCode = "200", description = "Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "SatisfactionRating")))
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    @RolesAllowed({Roles.COMMISSIONER_CLERK, Roles.API_WRITE})
    public RatingResponse rate(RatingRequest request) {
        requests.valid(request);
        return RatingResponse.of(assessments.rate(request.assignmentId, request.year, request.score));
    }

    @POST
    @Path("confirmations")
    @Operation(operationId = "confirmAssessment", summary = "Confirm a commissioner's year",
            description = "Freezes figures, score and grade as they are now.")
    @APIResponse(responseCode = "201", description = "Confirmed; Location names the commissioner's year",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "AssessmentRow")))
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    @RolesAllowed({Roles.LEADER, Roles.API_WRITE})
    public Response confirm(AssessmentConfirmationRequest request, @Context UriInfo uriInfo) {
        requests.valid(request);
        assessments.confirm(request.commissionerId, request.year);
        URI location = uriInfo.getBaseUriBuilder().path(AssessmentResource.class).path("commissioners")
                .path(String.valueOf(request.commissionerId)).queryParam("year", request.year).build();
        return Response.created(location)
                .entity(response(assessments.of(request.commissionerId, request.year))).build();
    }

    private AssessmentRowResponse response(AssessmentRow row) {
        var locale = problems.locale(headers);
        return AssessmentRowResponse.of(row, reason -> texts.text(reason.key(), reason.arguments().toArray(), locale));
    }

    private int year(Integer year) {
        return year == null ? assessments.currentYear() : year;
    }
}
