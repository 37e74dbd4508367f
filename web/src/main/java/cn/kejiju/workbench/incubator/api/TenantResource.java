package cn.kejiju.workbench.incubator.api;

import cn.kejiju.workbench.incubator.GraduationReason;
import cn.kejiju.workbench.incubator.GraduationService;
import cn.kejiju.workbench.incubator.TenantFilter;
import cn.kejiju.workbench.incubator.TenantStanding;
import cn.kejiju.workbench.platform.ApiResponses;
import cn.kejiju.workbench.platform.DayParameter;
import cn.kejiju.workbench.platform.DomainMessages;
import cn.kejiju.workbench.platform.PageParameters;
import cn.kejiju.workbench.platform.PageResponse;
import cn.kejiju.workbench.platform.ProblemFactory;
import cn.kejiju.workbench.platform.RequestValidator;
import cn.kejiju.workbench.security.Roles;
import cn.kejiju.workbench.shared.PageRequest;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.function.Function;

/** Tenants (在孵企业): yearly figures, merger or listing, and graduation (a leader's decision). */
@ApplicationScoped
@RolesAllowed({Roles.SYSTEM_ADMIN, Roles.LEADER, Roles.COMMISSIONER_CLERK, Roles.INCUBATOR_CLERK,
        Roles.FINANCING_CLERK, Roles.PREPAREDNESS_CLERK, Roles.PROJECT_CLERK, Roles.VIEWER, Roles.API_READ})
@Path("tenants")
@Tag(name = "Tenants", description = "Incubatees: yearly figures, merger or listing, graduation")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
@APIResponse(responseCode = "401", ref = ApiResponses.UNAUTHORIZED)
@APIResponse(responseCode = "429", ref = ApiResponses.TOO_MANY_REQUESTS)
public class TenantResource {

    @Inject
    GraduationService graduation;

    @Inject
    RequestValidator requests;

    @Inject
    DomainMessages texts;

    @Inject
    ProblemFactory problems;

    @Context
    HttpHeaders headers;

    @GET
    @Path("graduation-settings")
    @Operation(operationId = "getGraduationSettings", summary = "The graduation criteria")
    @APIResponse(responseCode = "200", description = "The criteria",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "GraduationSettings")))
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    public GraduationSettingsResponse graduationSettings() {
        return GraduationSettingsResponse.of(graduation.settings());
    }

    @PUT
    @Path("graduation-settings")
    @RolesAllowed(Roles.SYSTEM_ADMIN)
    @Operation(operationId = "updateGraduationSettings", summary = "Change the graduation criteria",
            description = "System administrator only; send the version you read. At least one criterion stays enabled.")
    @APIResponse(responseCode = "200", description = "Changed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "GraduationSettings")))
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    public GraduationSettingsResponse updateGraduationSettings(GraduationSettingsRequest request) {
        requests.valid(request);
        return GraduationSettingsResponse.of(graduation.changeSettings(request.version, request.values()));
    }

    @GET
    @Operation(operationId = "listTenants", summary = "List running incubations with their graduation standing",
            description = "By the enterprise's name (pinyin), paged in the database; each with its yearly figures and "
                    + "the graduation criteria it meets today. With a day (asOf, enteredFrom/enteredTo, "
                    + "graduatedFrom/graduatedTo) the incubations of those days, running today or not.")
    @APIResponse(responseCode = "200", description = "A page of tenants",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "TenantPage")))
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    public TenantPage list(
            @Parameter(description = "Zero-based page number") @QueryParam("page") @DefaultValue("0") int page,
            @Parameter(description = "Page size, 1 to 200") @QueryParam("size") @DefaultValue("20") int size,
            @Parameter(description = "asc (default) or desc") @QueryParam("dir") @DefaultValue("asc") String dir,
            @Parameter(description = "Only this county's tenants (city callers)") @QueryParam("countyId") Long countyId,
            @QueryParam("carrierId") Long carrierId,
            @Parameter(description = "Part of the enterprise's name") @QueryParam("q") String text,
            @Parameter(description = "The tenants on this day, running today or not (yyyy-mm-dd)") @QueryParam("asOf") String asOf,
            @Parameter(description = "Entered from this day on (yyyy-mm-dd)") @QueryParam("enteredFrom") String enteredFrom,
            @Parameter(description = "Entered by this day, inclusive (yyyy-mm-dd)") @QueryParam("enteredTo") String enteredTo,
            @Parameter(description = "Graduated from this day on (yyyy-mm-dd)") @QueryParam("graduatedFrom") String graduatedFrom,
            @Parameter(description = "Graduated by this day, inclusive (yyyy-mm-dd)") @QueryParam("graduatedTo") String graduatedTo) {
        PageRequest request = PageParameters.of(page, size, null, dir);
        Function<TenantStanding, TenantResponse> map = s -> TenantResponse.of(s, texts());
        TenantFilter filter = new TenantFilter(countyId, carrierId, text, DayParameter.parse(asOf, "asOf"),
                DayParameter.parse(enteredFrom, "enteredFrom"), DayParameter.parse(enteredTo, "enteredTo"),
                DayParameter.parse(graduatedFrom, "graduatedFrom"), DayParameter.parse(graduatedTo, "graduatedTo"));
        return PageResponse.of(graduation.tenants(filter, request), map,
                TenantPage::new);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getTenant", summary = "Read one tenant with every year's figures")
    @APIResponse(responseCode = "200", description = "The tenant",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Tenant")))
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    public TenantResponse get(@PathParam("id") long id) {
        return TenantResponse.of(graduation.get(id), texts());
    }

    @RolesAllowed({Roles.INCUBATOR_CLERK, Roles.API_WRITE})
    @PUT
    @Path("{id}/figures/{year}")
    @Operation(operationId = "putTenantYearFigures", summary = "Record or revise a year's figures",
            description = "Without version: records a year not yet recorded (409 when it is); with the version read: "
                    + "revises it. Money in 万元, two decimals at most; the year from 1990 to this year.")
    @APIResponse(responseCode = "200", description = "The tenant with its figures",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Tenant")))
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    public TenantResponse putFigures(@PathParam("id") long id, @PathParam("year") int year, YearFiguresRequest request) {
        requests.valid(request);
        graduation.recordFigures(id, year, request.version, request.values());
        return get(id);
    }

    @RolesAllowed({Roles.INCUBATOR_CLERK, Roles.API_WRITE})
    @POST
    @Path("{id}/listing")
    @Operation(operationId = "recordTenantListing", summary = "Record a merger, acquisition or listing",
            description = "One of the graduation criteria; a later record replaces an earlier one.")
    @APIResponse(responseCode = "200", description = "The tenant",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Tenant")))
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    public TenantResponse recordListing(@PathParam("id") long id, ListingRequest request) {
        requests.valid(request);
        graduation.recordListing(id, request.version, request.kind, request.date);
        return get(id);
    }

    @RolesAllowed({Roles.LEADER, Roles.API_WRITE})
    @POST
    @Path("{id}/graduation")
    @Operation(operationId = "graduateTenant", summary = "Graduate an eligible tenant (leader's decision)",
            description = "Irreversible: the running agreement ends on the day with the exit reason GRADUATED and the "
                    + "criteria met that day are recorded. A tenant meeting no criterion on the day is refused (422).")
    @APIResponse(responseCode = "200", description = "Graduated",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Tenant")))
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    public TenantResponse graduate(@PathParam("id") long id, GraduationRequest request) {
        requests.valid(request);
        graduation.graduate(id, request.version, request.graduationDate, request.note);
        return get(id);
    }

    private Function<GraduationReason, String> texts() {
        var locale = problems.locale(headers);
        return reason -> texts.text(reason.messageKey(), reason.arguments().toArray(), locale);
    }
}
