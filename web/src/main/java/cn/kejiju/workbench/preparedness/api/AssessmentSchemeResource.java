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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The criteria sets of the township assessment, one per year (考核细则). */
@ApplicationScoped
@RolesAllowed({Roles.SYSTEM_ADMIN, Roles.LEADER, Roles.COMMISSIONER_CLERK, Roles.INCUBATOR_CLERK,
        Roles.FINANCING_CLERK, Roles.PREPAREDNESS_CLERK, Roles.PROJECT_CLERK, Roles.VIEWER, Roles.API_READ})
@Path("preparedness/assessment-schemes")
@Tag(name = "Preparedness assessment", description = "Township assessment of earthquake preparedness work (乡镇考核)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
@APIResponse(responseCode = "401", ref = ApiResponses.UNAUTHORIZED)
@APIResponse(responseCode = "429", ref = ApiResponses.TOO_MANY_REQUESTS)
public class AssessmentSchemeResource {

    @Inject
    TownshipAssessmentService assessments;

    @Inject
    RequestValidator requests;

    @GET
    @Path("{year}")
    @Operation(operationId = "getAssessmentScheme", summary = "A year's criteria and grade bands")
    @APIResponse(responseCode = "200", description = "The year's set (the standard one until it has its own)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "AssessmentScheme")))
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    public AssessmentSchemeResponse get(@PathParam("year") int year) {
        return AssessmentSchemeResponse.of(assessments.scheme(year));
    }

    @PUT
    @Path("{year}")
    @RolesAllowed(Roles.SYSTEM_ADMIN)
    @Operation(operationId = "updateAssessmentScheme", summary = "Set a year's criteria and grade bands",
            description = "System administrator only. Maximum scores add up to 100; refused with 409 once a township's "
                    + "year is confirmed or when the version is stale.")
    @APIResponse(responseCode = "200", description = "Set",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "AssessmentScheme")))
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    public AssessmentSchemeResponse update(@PathParam("year") int year, AssessmentSchemeRequest request) {
        requests.valid(request);
        return AssessmentSchemeResponse.of(assessments.configure(year, request.version, request.criteria(),
                request.excellentFrom, request.passFrom));
    }
}
