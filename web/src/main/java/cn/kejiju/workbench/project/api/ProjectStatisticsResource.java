package cn.kejiju.workbench.project.api;

import cn.kejiju.workbench.commissioner.api.StatisticsResource;
import cn.kejiju.workbench.platform.ApiResponses;
import cn.kejiju.workbench.project.ProjectStatisticsService;
import cn.kejiju.workbench.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The statistics of S&T plan projects and innovation indicators of any period (computed in the database). */
@ApplicationScoped
@RolesAllowed({Roles.SYSTEM_ADMIN, Roles.LEADER, Roles.COMMISSIONER_CLERK, Roles.INCUBATOR_CLERK,
        Roles.FINANCING_CLERK, Roles.PREPAREDNESS_CLERK, Roles.PROJECT_CLERK, Roles.VIEWER, Roles.API_READ})
@Path("project-statistics")
@Tag(name = "Project statistics", description = "Figures of the S&T plan projects and innovation indicators for a period")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", ref = ApiResponses.UNAUTHORIZED)
@APIResponse(responseCode = "429", ref = ApiResponses.TOO_MANY_REQUESTS)
public class ProjectStatisticsResource {

    @Inject
    ProjectStatisticsService statistics;

    @GET
    @Operation(operationId = "getProjectStatistics", summary = "Project and innovation indicator figures of a period",
            description = "Either from and to (yyyy-mm-dd, both included, at most ten years), or year with an optional "
                    + "half (1 or 2). Applications to higher levels and approvals (立项) by level and programme, the "
                    + "success rate (立项率, approved ÷ decided; absent when nothing was decided), funds won by level and "
                    + "received (yuan, decimal strings), acceptances due and overdue, patents filed and granted by type, "
                    + "high-tech enterprises recognised, valid and expiring within six months; each with its value at "
                    + "the start of the period and the same period last year; the programmes and the table of counties. "
                    + "county: one county (a county token always gets its own; another county answers 404).")
    @APIResponse(responseCode = "200", description = "The figures",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ProjectStatistics")))
    @APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    public ProjectStatisticsResponse of(
            @Parameter(description = "First day (with to)") @QueryParam("from") String from,
            @Parameter(description = "Last day, included (with from)") @QueryParam("to") String to,
            @Parameter(description = "A year (instead of from and to)") @QueryParam("year") Integer year,
            @Parameter(description = "With year: 1 or 2") @QueryParam("half") Integer half,
            @Parameter(description = "A county's id; absent: the whole city (or the token's county)")
            @QueryParam("county") Long county) {
        return ProjectStatisticsResponse.of(statistics.summary(StatisticsResource.period(from, to, year, half), county));
    }
}
