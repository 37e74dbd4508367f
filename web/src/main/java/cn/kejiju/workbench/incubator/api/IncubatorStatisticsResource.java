package cn.kejiju.workbench.incubator.api;

import cn.kejiju.workbench.commissioner.api.StatisticsResource;
import cn.kejiju.workbench.incubator.GraduationService;
import cn.kejiju.workbench.incubator.IncubatorStatisticsService;
import cn.kejiju.workbench.incubator.RecognitionLevel;
import cn.kejiju.workbench.incubator.RecognitionThreshold;
import cn.kejiju.workbench.platform.RequestValidator;
import cn.kejiju.workbench.platform.ApiResponses;
import cn.kejiju.workbench.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
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

import java.util.EnumMap;
import java.util.Map;


/** The incubator statistics of any period (computed in the database). */
@ApplicationScoped
@RolesAllowed({Roles.SYSTEM_ADMIN, Roles.LEADER, Roles.COMMISSIONER_CLERK, Roles.INCUBATOR_CLERK,
        Roles.FINANCING_CLERK, Roles.PREPAREDNESS_CLERK, Roles.PROJECT_CLERK, Roles.VIEWER, Roles.API_READ})
@Path("incubator-statistics")
@Tag(name = "Incubator statistics", description = "Figures of the incubators for a period")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", ref = ApiResponses.UNAUTHORIZED)
@APIResponse(responseCode = "429", ref = ApiResponses.TOO_MANY_REQUESTS)
public class IncubatorStatisticsResource {

    @Inject
    IncubatorStatisticsService statistics;

    @Inject
    GraduationService graduation;

    @Inject
    RequestValidator requests;

    @GET
    @Path("recognition-thresholds")
    @Operation(operationId = "getRecognitionThresholds", summary = "The recognition thresholds of every level")
    @APIResponse(responseCode = "200", description = "The thresholds",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "RecognitionThresholds")))
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    public RecognitionThresholdsResponse thresholds() {
        return RecognitionThresholdsResponse.of(graduation.thresholds());
    }

    @PUT
    @Path("recognition-thresholds")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SYSTEM_ADMIN)
    @Operation(operationId = "updateRecognitionThresholds", summary = "Change the thresholds of one or more levels",
            description = "System administrator only; each level with the version you read; all or none change.")
    @APIResponse(responseCode = "200", description = "Changed; every level",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "RecognitionThresholds")))
    @APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    public RecognitionThresholdsResponse updateThresholds(RecognitionThresholdsRequest request) {
        requests.valid(request);
        Map<RecognitionLevel, Long> versions = new EnumMap<>(RecognitionLevel.class);
        Map<RecognitionLevel, RecognitionThreshold.Values> values = new EnumMap<>(RecognitionLevel.class);
        for (RecognitionThresholdRequest level : request.levels) {
            versions.put(level.level, level.version);
            values.put(level.level, level.values());
        }
        return RecognitionThresholdsResponse.of(graduation.changeThresholds(versions, values));
    }

    @GET
    @Operation(operationId = "getIncubatorStatistics", summary = "Incubator figures of a period",
            description = "Either from and to (yyyy-mm-dd, both included, at most ten years), or year with an optional "
                    + "half (1 or 2). Tenants, areas and occupancy, graduates and exits by reason, patent applicants and "
                    + "financed incubatees, tenants per 1000 m², each with the start of the period and the same period "
                    + "last year; the table of counties; each carrier with its recognition indicators met or not. "
                    + "county: one county (a county token always gets its own; another county answers 404); "
                    + "carrierId: one carrier.")
    @APIResponse(responseCode = "200", description = "The figures",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "IncubatorStatistics")))
    @APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    public IncubatorStatisticsResponse of(
            @Parameter(description = "First day (with to)") @QueryParam("from") String from,
            @Parameter(description = "Last day, included (with from)") @QueryParam("to") String to,
            @Parameter(description = "A year (instead of from and to)") @QueryParam("year") Integer year,
            @Parameter(description = "With year: 1 or 2") @QueryParam("half") Integer half,
            @Parameter(description = "A county's id; absent: the whole city (or the token's county)")
            @QueryParam("county") Long county,
            @Parameter(description = "One carrier's figures") @QueryParam("carrierId") Long carrierId) {
        return IncubatorStatisticsResponse.of(statistics.summary(StatisticsResource.period(from, to, year, half), county, carrierId));
    }
}
