package cn.kejiju.workbench.summary.api;

import cn.kejiju.workbench.platform.ApiResponses;
import cn.kejiju.workbench.platform.ContentDisposition;
import cn.kejiju.workbench.platform.RequestValidator;
import cn.kejiju.workbench.security.Roles;
import cn.kejiju.workbench.summary.SummaryDocument;
import cn.kejiju.workbench.summary.SummaryPeriod;
import cn.kejiju.workbench.summary.SummaryService;
import cn.kejiju.workbench.summary.SummaryState;
import cn.kejiju.workbench.summary.SummaryVersion;
import cn.kejiju.workbench.summary.pages.SummaryWord;
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
import java.util.Map;
import java.util.Set;

/**
 * The work summary (工作总结) of a period for a county or the city: generated from every programme's records,
 * saved as versions with the clerk's narrative, approved by a leader, downloaded as a Word document; and the
 * sentence templates of its sections.
 */
@ApplicationScoped
@RolesAllowed({Roles.SYSTEM_ADMIN, Roles.LEADER, Roles.COMMISSIONER_CLERK, Roles.INCUBATOR_CLERK,
        Roles.FINANCING_CLERK, Roles.PREPAREDNESS_CLERK, Roles.PROJECT_CLERK, Roles.VIEWER, Roles.API_READ})
@Path("summaries")
@Tag(name = "Work summaries", description = "Half-year and annual work summaries written from the records")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", ref = ApiResponses.UNAUTHORIZED)
@APIResponse(responseCode = "429", ref = ApiResponses.TOO_MANY_REQUESTS)
public class SummaryResource {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @Inject
    SummaryService summaries;

    @Inject
    RequestValidator requests;

    @Inject
    SummaryWord word;

    /** The period and jurisdiction of a request, from its query parameters. */
    record Scope(String from, String to, Integer year, Integer half, Long county) {

        SummaryPeriod period() {
            return SummaryPeriods.of(from, to, year, half);
        }

        String query() {
            StringBuilder query = new StringBuilder();
            if (from != null || to != null) {
                query.append("from=").append(from).append("&to=").append(to);
            } else {
                query.append("year=").append(year);
                if (half != null) {
                    query.append("&half=").append(half);
                }
            }
            if (county != null) {
                query.append("&county=").append(county);
            }
            return query.toString();
        }
    }

    @GET
    @Operation(operationId = "generateWorkSummary", summary = "The summary as the records say it now (a preview)",
            description = "Every programme's section for the period: figures with the start of the period, the "
                    + "previous period and the same period last year, sentences from the templates, links to the "
                    + "records; the city with its table of counties.")
    @APIResponse(responseCode = "200", description = "The summary",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "WorkSummary")))
    @APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    public SummaryResponse generate(
            @Parameter(description = "First day, yyyy-mm-dd (with to)") @QueryParam("from") String from,
            @Parameter(description = "Last day, included (with from)") @QueryParam("to") String to,
            @Parameter(description = "A year (instead of from and to)") @QueryParam("year") Integer year,
            @Parameter(description = "With year: 1 (上半年) or 2 (下半年)") @QueryParam("half") Integer half,
            @Parameter(description = "A county's id; absent: the whole city with its table of counties (a county "
                    + "token always gets its own county; another county answers 404)") @QueryParam("county") Long county) {
        SummaryPeriod period = new Scope(from, to, year, half, county).period();
        SummaryDocument document = summaries.generate(period, county);
        return SummaryResponse.of(document, null, summaries.state(period, document.countyId()));
    }

    @GET
    @Path("versions")
    @Operation(operationId = "listWorkSummaryVersions", summary = "The saved versions of a summary, latest first")
    @APIResponse(responseCode = "200", description = "The versions",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "WorkSummaryVersions")))
    @APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    public VersionResponse versions(
            @Parameter(description = "First day, yyyy-mm-dd (with to)") @QueryParam("from") String from,
            @Parameter(description = "Last day, included (with from)") @QueryParam("to") String to,
            @Parameter(description = "A year (instead of from and to)") @QueryParam("year") Integer year,
            @Parameter(description = "With year: 1 (上半年) or 2 (下半年)") @QueryParam("half") Integer half,
            @Parameter(description = "A county's id; absent: the whole city with its table of counties (a county "
                    + "token always gets its own county; another county answers 404)") @QueryParam("county") Long county) {
        return VersionResponse.of(summaries.state(new Scope(from, to, year, half, county).period(), county));
    }

    @POST
    @Path("versions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COMMISSIONER_CLERK, Roles.INCUBATOR_CLERK, Roles.FINANCING_CLERK, Roles.PREPAREDNESS_CLERK, Roles.PROJECT_CLERK,
            Roles.API_WRITE})
    @Operation(operationId = "saveWorkSummaryVersion", summary = "Generate the summary and save it as a new version",
            description = "Any programme's clerk, or a read-write token. basedOn: the latest version read (0 for the first); a version "
                    + "saved meanwhile or an approved summary answers 409.")
    @APIResponse(responseCode = "201", description = "Saved; Location names the version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "WorkSummary")))
    @APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    public Response save(
            @Parameter(description = "First day, yyyy-mm-dd (with to)") @QueryParam("from") String from,
            @Parameter(description = "Last day, included (with from)") @QueryParam("to") String to,
            @Parameter(description = "A year (instead of from and to)") @QueryParam("year") Integer year,
            @Parameter(description = "With year: 1 (上半年) or 2 (下半年)") @QueryParam("half") Integer half,
            @Parameter(description = "A county's id; absent: the whole city with its table of counties (a county "
                    + "token always gets its own county; another county answers 404)") @QueryParam("county") Long county,
            VersionRequest request, @Context UriInfo uriInfo) {
        Scope scope = new Scope(from, to, year, half, county);
        requests.valid(request);
        SummaryPeriod period = scope.period();
        SummaryVersion saved = summaries.save(period, scope.county, request.basedOn, request.narrative());
        URI location = uriInfo.getBaseUriBuilder().path("summaries/versions/" + saved.getNumber())
                .replaceQuery(scope.query()).build();
        return Response.created(location).entity(version(from, to, year, half, county, saved.getNumber())).build();
    }

    @GET
    @Path("versions/{number}")
    @Operation(operationId = "getWorkSummaryVersion", summary = "A saved version as it was saved")
    @APIResponse(responseCode = "200", description = "The version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "WorkSummary")))
    @APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    public SummaryResponse version(
            @Parameter(description = "First day, yyyy-mm-dd (with to)") @QueryParam("from") String from,
            @Parameter(description = "Last day, included (with from)") @QueryParam("to") String to,
            @Parameter(description = "A year (instead of from and to)") @QueryParam("year") Integer year,
            @Parameter(description = "With year: 1 (上半年) or 2 (下半年)") @QueryParam("half") Integer half,
            @Parameter(description = "A county's id; absent: the whole city with its table of counties (a county "
                    + "token always gets its own county; another county answers 404)") @QueryParam("county") Long county,
            @PathParam("number") int number) {
        Scope scope = new Scope(from, to, year, half, county);
        SummaryPeriod period = scope.period();
        SummaryDocument document = summaries.version(period, scope.county, number);
        return SummaryResponse.of(document, number, summaries.state(period, document.countyId()));
    }

    @POST
    @Path("versions/{number}/approval")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.LEADER, Roles.API_WRITE})
    @Operation(operationId = "approveWorkSummaryVersion", summary = "Approve a version; the summary is then frozen",
            description = "Leaders (or a read-write token), not the version's preparer (422). version: the summary's version read; "
                    + "stale or already approved: 409.")
    @APIResponse(responseCode = "200", description = "Approved; the versions",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "WorkSummaryVersions")))
    @APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    public VersionResponse approve(
            @Parameter(description = "First day, yyyy-mm-dd (with to)") @QueryParam("from") String from,
            @Parameter(description = "Last day, included (with from)") @QueryParam("to") String to,
            @Parameter(description = "A year (instead of from and to)") @QueryParam("year") Integer year,
            @Parameter(description = "With year: 1 (上半年) or 2 (下半年)") @QueryParam("half") Integer half,
            @Parameter(description = "A county's id; absent: the whole city with its table of counties (a county "
                    + "token always gets its own county; another county answers 404)") @QueryParam("county") Long county,
            @PathParam("number") int number, ApprovalRequest request) {
        Scope scope = new Scope(from, to, year, half, county);
        requests.valid(request);
        SummaryPeriod period = scope.period();
        summaries.approve(period, scope.county, number, request.version);
        return VersionResponse.of(summaries.state(period, scope.county));
    }

    @GET
    @Path("document")
    @Produces({DOCX, MediaType.APPLICATION_JSON})
    @Operation(operationId = "downloadWorkSummary", summary = "The summary as a Word document (.docx)",
            description = "number: a saved version; absent: the approved version if any, else generated now.")
    @APIResponse(responseCode = "200", description = "The document", content = @Content(mediaType = DOCX))
    @APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    public Response document(
            @Parameter(description = "First day, yyyy-mm-dd (with to)") @QueryParam("from") String from,
            @Parameter(description = "Last day, included (with from)") @QueryParam("to") String to,
            @Parameter(description = "A year (instead of from and to)") @QueryParam("year") Integer year,
            @Parameter(description = "With year: 1 (上半年) or 2 (下半年)") @QueryParam("half") Integer half,
            @Parameter(description = "A county's id; absent: the whole city with its table of counties (a county "
                    + "token always gets its own county; another county answers 404)") @QueryParam("county") Long county,
            @Parameter(description = "A saved version's number") @QueryParam("number") Integer number) {
        Scope scope = new Scope(from, to, year, half, county);
        SummaryPeriod period = scope.period();
        SummaryState state = summaries.state(period, scope.county);
        Integer shown = number != null ? number : state.approved() ? state.summary().getApprovedNumber() : null;
        SummaryDocument document = shown == null ? summaries.generate(period, scope.county)
                : summaries.version(period, scope.county, shown);
        byte[] bytes = word.write(document);
        return Response.ok(bytes, DOCX)
                .header("Content-Disposition", ContentDisposition.attachment(document.title() + ".docx")).build();
    }

    @GET
    @Path("templates")
    @Operation(operationId = "listWorkSummaryTemplates", summary = "The sentence templates of every section")
    @APIResponse(responseCode = "200", description = "The templates, by section and position",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = TemplateResponse[].class)))
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    public List<TemplateResponse> templates() {
        Map<String, Set<String>> figures = summaries.figureKeys();
        return summaries.templates().stream()
                .map(t -> TemplateResponse.of(t, figures.getOrDefault(t.getSection(), Set.of()))).toList();
    }

    @PUT
    @Path("templates/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SYSTEM_ADMIN)
    @Operation(operationId = "updateWorkSummaryTemplate", summary = "Rewrite a sentence template",
            description = "System administrator only. An unknown placeholder or a stray brace answers 422 on field text.")
    @APIResponse(responseCode = "200", description = "Rewritten",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "WorkSummaryTemplate")))
    @APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    public TemplateResponse rewrite(@PathParam("id") long id, TemplateRequest request) {
        requests.valid(request);
        var template = summaries.rewrite(id, request.version, request.text);
        return TemplateResponse.of(template, summaries.figureKeys().getOrDefault(template.getSection(), Set.of()));
    }
}
