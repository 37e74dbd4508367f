package cn.kejiju.workbench.review.api;

import cn.kejiju.workbench.platform.ApiResponses;
import cn.kejiju.workbench.platform.PageResponse;
import cn.kejiju.workbench.platform.RequestValidator;
import cn.kejiju.workbench.review.AssignmentStatus;
import cn.kejiju.workbench.review.CriteriaSet;
import cn.kejiju.workbench.review.ReviewService;
import cn.kejiju.workbench.security.Roles;
import cn.kejiju.workbench.shared.Cursor;
import cn.kejiju.workbench.shared.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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

/**
 * Expert reviews: a review's result (readers of its county), a reviewer's own assignments (read with the
 * reviewer's signed-in session; reviewers score and decline on their review page), and the criteria sets.
 */
@ApplicationScoped
@RolesAllowed({Roles.SYSTEM_ADMIN, Roles.LEADER, Roles.COMMISSIONER_CLERK, Roles.INCUBATOR_CLERK,
        Roles.FINANCING_CLERK, Roles.PREPAREDNESS_CLERK, Roles.PROJECT_CLERK, Roles.VIEWER, Roles.API_READ})
@Path("reviews")
@Tag(name = "Reviews", description = "Expert reviews shared by the modules that rank applicants")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
@APIResponse(responseCode = "401", ref = ApiResponses.UNAUTHORIZED)
@APIResponse(responseCode = "429", ref = ApiResponses.TOO_MANY_REQUESTS)
public class ReviewResource {

    @Inject
    ReviewService reviews;

    @Inject
    RequestValidator requests;

    @GET
    @Path("{id}")
    @Operation(operationId = "getReview", summary = "Read a review with its result",
            description = "Every reviewer's scores or decline, the average of the scored totals and the place "
                    + "among the ranked subjects of its batch.")
    @APIResponse(responseCode = "200", description = "The review",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Review")))
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    public ReviewResponse get(@PathParam("id") long id) {
        return ReviewResponse.of(reviews.standing(id));
    }

    @GET
    @Path("assignments")
    @RolesAllowed(Roles.REVIEWER)
    @Operation(operationId = "listMyReviewAssignments", summary = "The caller's review assignments",
            description = "Only the signed-in reviewer's own assignments, newest first; nobody else's.")
    @APIResponse(responseCode = "200", description = "A page of assignments",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ReviewAssignmentPage")))
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    public AssignmentPage mine(
            @Parameter(description = "Zero-based page number") @QueryParam("page") @DefaultValue("0") int page,
            @Parameter(description = "Page size, 1 to 200") @QueryParam("size") @DefaultValue("20") int size,
            @Parameter(description = "The cursor `next` of the previous page") @QueryParam("after") String after,
            @QueryParam("status") AssignmentStatus status) {
        PageRequest request = new PageRequest(page, size, null, false, Cursor.decode(after));
        return PageResponse.of(reviews.mine(status, request), AssignmentResponse::of, AssignmentPage::new);
    }

    @GET
    @Path("assignments/{id}")
    @RolesAllowed(Roles.REVIEWER)
    @Operation(operationId = "getMyReviewAssignment", summary = "One of the caller's review assignments",
            description = "Another reviewer's assignment answers 404.")
    @APIResponse(responseCode = "200", description = "The assignment",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ReviewAssignment")))
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    public AssignmentResponse assignment(@PathParam("id") long id) {
        return AssignmentResponse.of(reviews.assignment(id));
    }

    @GET
    @Path("criteria-sets")
    @Operation(operationId = "listReviewCriteriaSets", summary = "The criteria sets")
    @APIResponse(responseCode = "200", description = "Every criteria set",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CriteriaSetResponse[].class)))
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    public List<CriteriaSetResponse> criteriaSets() {
        return reviews.criteriaSets().stream().map(CriteriaSetResponse::of).toList();
    }

    @GET
    @Path("criteria-sets/{code}")
    @Operation(operationId = "getReviewCriteriaSet", summary = "One criteria set by its code")
    @APIResponse(responseCode = "200", description = "The criteria set",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ReviewCriteriaSet")))
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    public CriteriaSetResponse criteriaSet(@PathParam("code") String code) {
        return CriteriaSetResponse.of(reviews.criteriaSet(code));
    }

    @POST
    @Path("criteria-sets")
    @RolesAllowed(Roles.SYSTEM_ADMIN)
    @Operation(operationId = "addReviewCriteriaSet", summary = "Add a criteria set",
            description = "Sets never change once they exist (the scores given on them keep their meaning).")
    @APIResponse(responseCode = "201", description = "Added; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ReviewCriteriaSet")))
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    public Response addCriteriaSet(CriteriaSetRequest request, @Context UriInfo uriInfo) {
        requests.valid(request);
        CriteriaSet added = reviews.addCriteriaSet(request.toSet());
        URI location = uriInfo.getAbsolutePathBuilder().path(added.getCode()).build();
        return Response.created(location).entity(CriteriaSetResponse.of(added)).build();
    }
}
