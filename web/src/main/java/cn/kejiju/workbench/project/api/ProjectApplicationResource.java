package cn.kejiju.workbench.project.api;

import cn.kejiju.workbench.platform.ApiResponses;
import cn.kejiju.workbench.platform.DayParameter;
import cn.kejiju.workbench.platform.FlagParameter;
import cn.kejiju.workbench.platform.PageParameters;
import cn.kejiju.workbench.platform.PageResponse;
import cn.kejiju.workbench.platform.RequestValidator;
import cn.kejiju.workbench.platform.UploadedParts;
import cn.kejiju.workbench.project.ProgrammeLevel;
import cn.kejiju.workbench.project.ProjectApplication;
import cn.kejiju.workbench.project.ProjectDocument;
import cn.kejiju.workbench.project.ProjectFilter;
import cn.kejiju.workbench.project.ProjectService;
import cn.kejiju.workbench.project.ProjectStatus;
import cn.kejiju.workbench.project.ProjectStep;
import cn.kejiju.workbench.security.Roles;
import cn.kejiju.workbench.shared.PageRequest;
import cn.kejiju.workbench.shared.RuleViolationException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;

/**
 * Applications to programmes of higher levels (向上申报): preparation with documents, the bureau's help, the county's
 * recommendation by a leader (maker-checker), the higher level's steps, the grant and its tranches.
 */
@ApplicationScoped
@RolesAllowed({Roles.SYSTEM_ADMIN, Roles.LEADER, Roles.COMMISSIONER_CLERK, Roles.INCUBATOR_CLERK,
        Roles.FINANCING_CLERK, Roles.PREPAREDNESS_CLERK, Roles.PROJECT_CLERK, Roles.VIEWER, Roles.API_READ})
@Path(ProjectApplicationResource.PATH)
@Tag(name = "Project applications", description = "Applications to higher levels, their path, documents and funds")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
@APIResponse(responseCode = "401", ref = ApiResponses.UNAUTHORIZED)
@APIResponse(responseCode = "429", ref = ApiResponses.TOO_MANY_REQUESTS)
public class ProjectApplicationResource {

    static final String PATH = "projects/applications";
    private static final String DETAIL = "ProjectApplication";

    @Inject
    ProjectService applications;

    @Inject
    RequestValidator requests;

    @GET
    @Operation(operationId = "listProjectApplications", summary = "List applications to higher levels",
            description = "Newest preparation first (dir=asc for oldest), filtered and paged in the database; a "
                    + "county caller sees its county's only.")
    @APIResponse(responseCode = "200", description = "A page of applications",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ProjectApplicationPage")))
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    public ProjectApplicationPage list(
            @Parameter(description = "Zero-based page number") @QueryParam("page") @DefaultValue("0") int page,
            @Parameter(description = "Page size, 1 to 200") @QueryParam("size") @DefaultValue("20") int size,
            @Parameter(description = "preparedOn (the only sort)") @QueryParam("sort") String sort,
            @Parameter(description = "desc (default) or asc") @QueryParam("dir") @DefaultValue("desc") String dir,
            @Parameter(description = "The cursor `next` of the previous page") @QueryParam("after") String after,
            @Parameter(description = "Only this county's applications") @QueryParam("countyId") Long countyId,
            @Parameter(description = "Only programmes of this level") @QueryParam("level") ProgrammeLevel level,
            @QueryParam("status") ProjectStatus status,
            @Parameter(description = "Only calls of this year") @QueryParam("year") Integer year,
            @Parameter(description = "Only those this enterprise or unit applies in (lead or partner)")
            @QueryParam("enterpriseId") Long enterpriseId,
            @Parameter(description = "Part of the title or of the lead applicant's name") @QueryParam("q") String text,
            @Parameter(description = "Won (立项) from this day on (yyyy-mm-dd)") @QueryParam("wonFrom") String wonFrom,
            @Parameter(description = "Won by this day, inclusive (yyyy-mm-dd)") @QueryParam("wonTo") String wonTo,
            @Parameter(description = "true: only applications to programmes of higher levels (向上争取), not to the "
                    + "county's own", schema = @Schema(type = SchemaType.BOOLEAN))
            @QueryParam("higher") String higher,
            @Parameter(description = "The bureau's help with the materials (材料准备) recorded from this day on "
                    + "(yyyy-mm-dd)") @QueryParam("helpedFrom") String helpedFrom,
            @Parameter(description = "Help with the materials recorded by this day, inclusive (yyyy-mm-dd)")
            @QueryParam("helpedTo") String helpedTo,
            @Parameter(description = "A tranche received (拨付) from this day on (yyyy-mm-dd)")
            @QueryParam("receivedFrom") String receivedFrom,
            @Parameter(description = "A tranche received by this day, inclusive (yyyy-mm-dd)")
            @QueryParam("receivedTo") String receivedTo) {
        PageRequest request = PageParameters.of(page, size, sort, dir, after);
        ProjectFilter filter = new ProjectFilter(countyId, level, status, year, enterpriseId, text,
                DayParameter.parse(wonFrom, "wonFrom"), DayParameter.parse(wonTo, "wonTo"),
                FlagParameter.parse(higher, false, "higher") ? Boolean.TRUE : null,
                DayParameter.parse(helpedFrom, "helpedFrom"), DayParameter.parse(helpedTo, "helpedTo"),
                DayParameter.parse(receivedFrom, "receivedFrom"), DayParameter.parse(receivedTo, "receivedTo"));
        return PageResponse.of(applications.list(filter, request), ProjectApplicationRow::of,
                ProjectApplicationPage::new);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getProjectApplication", summary = "Read one application with its whole story")
    @APIResponse(responseCode = "200", description = "The application",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = DETAIL)))
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    public ProjectApplicationResponse get(@PathParam("id") long id) {
        return ProjectApplicationResponse.of(applications.detail(id));
    }

    @RolesAllowed({Roles.PROJECT_CLERK, Roles.API_WRITE})
    @POST
    @Operation(operationId = "prepareProjectApplication", summary = "Prepare an application (准备)",
            description = "Self-raised plus requested must equal the total, requested at most the call's cap, the "
                    + "call not closed (422 otherwise).")
    @APIResponse(responseCode = "201", description = "Being prepared; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = DETAIL)))
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    public Response prepare(ProjectApplicationRequest request, @Context UriInfo uriInfo) {
        requests.valid(request);
        ProjectApplication prepared = applications.prepare(request.toDraft());
        URI location = uriInfo.getAbsolutePathBuilder().path(String.valueOf(prepared.getId())).build();
        return Response.created(location).entity(ProjectApplicationResponse.of(applications.detail(prepared.getId())))
                .build();
    }

    @RolesAllowed({Roles.PROJECT_CLERK, Roles.API_WRITE})
    @PUT
    @Path("{id}")
    @Operation(operationId = "updateProjectApplication", summary = "Change an application while it is prepared",
            description = "Send the version you read; a stale one is refused with 409 and nothing changes.")
    @APIResponse(responseCode = "200", description = "Updated",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = DETAIL)))
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    public ProjectApplicationResponse update(@PathParam("id") long id, ProjectApplicationRequest request) {
        requests.valid(request);
        applications.revise(id, version(request.version), request.toDraft());
        return ProjectApplicationResponse.of(applications.detail(id));
    }

    @RolesAllowed({Roles.LEADER, Roles.PROJECT_CLERK, Roles.API_WRITE})
    @POST
    @Path("{id}/steps")
    @Operation(operationId = "takeProjectStep", summary = "Take a step of the path",
            description = "RECOMMEND (县局推荐) is a leader's (or a read-write integrator's) and refused with 422 "
                    + "(rule.project.application.ownPreparation) to whoever prepared the application, the attempt "
                    + "audited; it needs a document and an open call. LODGE, REVIEW, WIN (with grant), NOT_WIN (with "
                    + "the reason in note), CONTRACT (with midTermDue and acceptanceDue), MID_TERM, ACCEPTANCE (with "
                    + "result) and CLOSE are the project clerk's. A step the status does not allow is 422.")
    @APIResponse(responseCode = "200", description = "Taken",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = DETAIL)))
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    public ProjectApplicationResponse step(@PathParam("id") long id, ProjectStepRequest request) {
        requests.valid(request);
        if (request.step == null) {
            throw new RuleViolationException("field.required", "step");
        }
        if (request.step == ProjectStep.RECOMMEND) {
            applications.recommend(id, request.version, request.on, request.note);
        } else {
            applications.record(id, request.version, request.step, request.details());
        }
        return ProjectApplicationResponse.of(applications.detail(id));
    }

    @RolesAllowed({Roles.PROJECT_CLERK, Roles.API_WRITE})
    @POST
    @Path("{id}/help")
    @Operation(operationId = "recordProjectHelp", summary = "Record the bureau's help (材料准备, 推荐函 …)",
            description = "helpKind, on and a note; until the result is known (422 after).")
    @APIResponse(responseCode = "200", description = "Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = DETAIL)))
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    public ProjectApplicationResponse help(@PathParam("id") long id, ProjectStepRequest request) {
        requests.valid(request);
        applications.recordHelp(id, request.version, request.helpKind, request.on, request.note);
        return ProjectApplicationResponse.of(applications.detail(id));
    }

    @RolesAllowed({Roles.PROJECT_CLERK, Roles.API_WRITE})
    @POST
    @Path("{id}/tranches")
    @Operation(operationId = "receiveProjectTranche", summary = "Record a tranche of the grant received (拨付)",
            description = "amount and on; once won, never more in total than the grant (422, "
                    + "rule.project.tranche.aboveGrant, naming what is left).")
    @APIResponse(responseCode = "200", description = "Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = DETAIL)))
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    public ProjectApplicationResponse tranche(@PathParam("id") long id, ProjectStepRequest request) {
        requests.valid(request);
        applications.receive(id, request.version, request.on, request.amount, request.note);
        return ProjectApplicationResponse.of(applications.detail(id));
    }

    @GET
    @Path("{id}/documents")
    @Operation(operationId = "listProjectDocuments", summary = "The application's documents")
    @APIResponse(responseCode = "200", description = "The documents, without their bytes",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ProjectDocumentList")))
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    public ProjectDocumentResponse.Documents documents(@PathParam("id") long id) {
        return ProjectDocumentResponse.list(applications.documents(id), PATH, id);
    }

    @RolesAllowed({Roles.PROJECT_CLERK, Roles.API_WRITE})
    @POST
    @Path("{id}/documents")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(operationId = "attachProjectDocument", summary = "Attach a document",
            description = "multipart/form-data with the part file: PDF, JPEG or PNG (decided by the first bytes), "
                    + "at most " + ProjectDocument.MAX_MEGABYTES + " MB; only while the application is prepared (422).")
    @APIResponse(responseCode = "201", description = "Attached; Location names the download",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ProjectDocument")))
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    public Response attach(@PathParam("id") long id,
                           @Parameter(description = "The file") @FormParam("file") EntityPart file,
                           @Context UriInfo uriInfo) {
        ProjectDocument attached = applications.attach(id, UploadedParts.fileName(file),
                ProjectDocumentResponse.read(file));
        return ProjectDocumentResponse.created(attached, PATH, id, uriInfo);
    }

    @GET
    @Path("{id}/documents/{documentId}")
    @Produces(MediaType.WILDCARD)
    @Operation(operationId = "downloadProjectDocument", summary = "Download a document",
            description = "The bytes as uploaded, with their detected Content-Type and the name in Content-Disposition.")
    @APIResponse(responseCode = "200", description = "The document",
            content = {
                @Content(mediaType = "image/jpeg"),
                @Content(mediaType = "image/png"),
                @Content(mediaType = "application/pdf")})
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    public Response download(@PathParam("id") long id, @PathParam("documentId") long documentId) {
        return ProjectDocumentResponse.download(applications.download(id, documentId));
    }

    @RolesAllowed({Roles.PROJECT_CLERK, Roles.API_WRITE})
    @DELETE
    @Path("{id}/documents/{documentId}")
    @Operation(operationId = "removeProjectDocument", summary = "Remove a document",
            description = "Only while the application is prepared (422).")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    public Response removeDocument(@PathParam("id") long id, @PathParam("documentId") long documentId) {
        applications.removeDocument(id, documentId);
        return Response.noContent().build();
    }

    private static long version(Long version) {
        if (version == null) {
            throw new RuleViolationException("field.required", "version");
        }
        return version;
    }
}
