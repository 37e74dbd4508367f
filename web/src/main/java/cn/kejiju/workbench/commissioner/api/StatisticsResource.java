package cn.kejiju.workbench.commissioner.api;

import cn.kejiju.workbench.commissioner.StatisticsPeriod;
import cn.kejiju.workbench.commissioner.StatisticsService;
import cn.kejiju.workbench.platform.ApiResponses;
import cn.kejiju.workbench.platform.DayParameter;
import cn.kejiju.workbench.security.Roles;
import cn.kejiju.workbench.shared.RuleViolationException;
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

/** The commissioner programme's statistics for a half-year, a year or any period (computed in the database). */
@ApplicationScoped
@RolesAllowed({Roles.SYSTEM_ADMIN, Roles.LEADER, Roles.COMMISSIONER_CLERK, Roles.INCUBATOR_CLERK,
        Roles.FINANCING_CLERK, Roles.PREPAREDNESS_CLERK, Roles.PROJECT_CLERK, Roles.VIEWER, Roles.API_READ})
@Path("commissioner-statistics")
@Tag(name = "Commissioner statistics", description = "Figures of the commissioner programme for a period")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", ref = ApiResponses.UNAUTHORIZED)
@APIResponse(responseCode = "429", ref = ApiResponses.TOO_MANY_REQUESTS)
public class StatisticsResource {

    @Inject
    StatisticsService statistics;

    @GET
    @Operation(operationId = "getCommissionerStatistics", summary = "Statistics of a period",
            description = "Either from and to (yyyy-mm-dd, both included, at most ten years), or year with an "
                    + "optional half (1 = January to June, 2 = July to December); from and to take precedence. "
                    + "A county token sees its county.")
    @APIResponse(responseCode = "200", description = "The figures",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "CommissionerStatistics")))
    @APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    public StatisticsResponse of(
            @Parameter(description = "First day (with to)") @QueryParam("from") String from,
            @Parameter(description = "Last day, included (with from)") @QueryParam("to") String to,
            @Parameter(description = "A year (instead of from and to)") @QueryParam("year") Integer year,
            @Parameter(description = "With year: 1 or 2") @QueryParam("half") Integer half,
            @Parameter(description = "One county's figures (city callers; a county token always gets its own)")
            @QueryParam("county") Long county) {
        return StatisticsResponse.of(statistics.of(period(from, to, year, half), county));
    }

    @GET
    @Path("summary")
    @Operation(operationId = "getCommissionerStatisticsSummary", summary = "The summary paragraph's figures of a period",
            description = "The period as for the statistics. Each figure with its value at the start of the period, "
                    + "the change, the same period last year and the growth (同比); commissioners by field and dispatch "
                    + "level; the table of counties (city callers: every county and the city's total); the named "
                    + "varieties and technologies introduced. county: one county's figures (a county token always "
                    + "gets its own; another county answers 404).")
    @APIResponse(responseCode = "200", description = "The figures",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "CommissionerStatisticsSummary")))
    @APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    public SummaryResponse summary(
            @Parameter(description = "First day (with to)") @QueryParam("from") String from,
            @Parameter(description = "Last day, included (with from)") @QueryParam("to") String to,
            @Parameter(description = "A year (instead of from and to)") @QueryParam("year") Integer year,
            @Parameter(description = "With year: 1 or 2") @QueryParam("half") Integer half,
            @Parameter(description = "A county's id; absent: the whole city (or the token's county)")
            @QueryParam("county") Long county) {
        return SummaryResponse.of(statistics.summary(period(from, to, year, half), county));
    }

    /** The period of a statistics request: from and to, or a year with an optional half (also the incubator statistics'). */
    public static StatisticsPeriod period(String from, String to, Integer year, Integer half) {
        if (from != null || to != null) {
            return new StatisticsPeriod(DayParameter.parse(from, "from"), DayParameter.parse(to, "to"));
        }
        if (year == null) {
            throw new RuleViolationException("field.required", half == null ? "from" : "year");
        }
        if (year < 1 || year > 9999) {
            throw new RuleViolationException("field.range", "year", 1, 9999);
        }
        return half == null ? StatisticsPeriod.year(year) : StatisticsPeriod.half(year, half);
    }
}
