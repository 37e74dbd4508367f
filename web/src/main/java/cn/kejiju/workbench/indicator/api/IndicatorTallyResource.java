package cn.kejiju.workbench.indicator.api;

import cn.kejiju.workbench.indicator.IndicatorService;
import cn.kejiju.workbench.indicator.HighTechValidity;
import cn.kejiju.workbench.platform.ApiResponses;
import cn.kejiju.workbench.platform.BadParameterException;
import cn.kejiju.workbench.security.Roles;
import cn.kejiju.workbench.shared.RuleViolationException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
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

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** The aggregates of the indicators for a period and county, as the statistics read them. */
@ApplicationScoped
@RolesAllowed({Roles.SYSTEM_ADMIN, Roles.LEADER, Roles.COMMISSIONER_CLERK, Roles.INCUBATOR_CLERK,
        Roles.FINANCING_CLERK, Roles.PREPAREDNESS_CLERK, Roles.PROJECT_CLERK, Roles.VIEWER, Roles.API_READ})
@Path("indicators/tally")
@Tag(name = "Indicators: tally", description = "Patents by type and high-tech enterprises in a period")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
@APIResponse(responseCode = "401", ref = ApiResponses.UNAUTHORIZED)
@APIResponse(responseCode = "429", ref = ApiResponses.TOO_MANY_REQUESTS)
public class IndicatorTallyResource {

    @Inject
    IndicatorService indicators;

    @GET
    @Operation(operationId = "getIndicatorTally", summary = "Patents and high-tech enterprises in a period",
            description = "Patents filed and granted per type from `from` to `to`; high-tech enterprises recognised "
                    + "in the period, holding a valid certificate on `to` and expiring within `months` after it. "
                    + "Aggregate queries; a county caller counts its county only.")
    @APIResponse(responseCode = "200", description = "The tally",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "IndicatorTally")))
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    public IndicatorTallyResponse tally(
            @Parameter(description = "First day", required = true) @QueryParam("from") String fromText,
            @Parameter(description = "Last day", required = true) @QueryParam("to") String toText,
            @Parameter(description = "Only this county") @QueryParam("countyId") Long countyId,
            @Parameter(description = "Months ahead for expiring certificates (1 to 36)") @QueryParam("months")
            @DefaultValue("6") int months) {
        LocalDate from = day(fromText, "from");
        LocalDate to = day(toText, "to");
        if (from == null) {
            throw new RuleViolationException("field.required", "from");
        }
        if (to == null) {
            throw new RuleViolationException("field.required", "to");
        }
        if (to.isBefore(from)) {
            throw new RuleViolationException("period.order", "to");
        }
        if (months < 1 || months > HighTechValidity.VALID_YEARS * 12) {
            throw new RuleViolationException("indicator.highTech.months", "months", HighTechValidity.VALID_YEARS * 12);
        }
        return IndicatorTallyResponse.of(from, to, countyId, indicators.patentTally(from, to, countyId),
                indicators.highTechTally(from, to, to, months, countyId), months);
    }

    /** A day as yyyy-mm-dd, or null when left out; anything else is a bad parameter (400). */
    private static LocalDate day(String text, String name) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new BadParameterException(name, e);
        }
    }
}
