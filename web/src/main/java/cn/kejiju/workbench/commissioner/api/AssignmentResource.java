package cn.kejiju.workbench.commissioner.api;

import cn.kejiju.workbench.commissioner.AgreementFile;
import cn.kejiju.workbench.commissioner.Assignment;
import cn.kejiju.workbench.commissioner.AssignmentFilter;
import cn.kejiju.workbench.commissioner.AssignmentService;
import cn.kejiju.workbench.commissioner.AssignmentStatus;
import cn.kejiju.workbench.commissioner.CommissionerService;
import cn.kejiju.workbench.commissioner.ServiceField;
import cn.kejiju.workbench.commissioner.TargetKind;
import cn.kejiju.workbench.platform.ApiResponses;
import cn.kejiju.workbench.platform.ContentDisposition;
import cn.kejiju.workbench.platform.DayParameter;
import cn.kejiju.workbench.platform.FlagParameter;
import cn.kejiju.workbench.platform.PageParameters;
import cn.kejiju.workbench.platform.PageResponse;
import cn.kejiju.workbench.platform.RequestValidator;
import cn.kejiju.workbench.platform.UploadedParts;
import cn.kejiju.workbench.security.Roles;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;

/** Assignments (派驻) of commissioners to targets, with their tripartite agreements. */
@ApplicationScoped
@RolesAllowed({Roles.SYSTEM_ADMIN, Roles.LEADER, Roles.COMMISSIONER_CLERK, Roles.INCUBATOR_CLERK,
        Roles.FINANCING_CLERK, Roles.PREPAREDNESS_CLERK, Roles.PROJECT_CLERK, Roles.VIEWER, Roles.API_READ})
@Path("assignments")
@Tag(name = "Assignments", description = "Commissioners posted to villages, cooperatives and enterprises (派驻)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
@APIResponse(responseCode = "401", ref = ApiResponses.UNAUTHORIZED)
@APIResponse(responseCode = "429", ref = ApiResponses.TOO_MANY_REQUESTS)
public class AssignmentResource {

    @Inject
    AssignmentService assignments;

    @Inject
    RequestValidator requests;

    @Inject
    CommissionerService commissioners;

    @GET
    @Operation(operationId = "listAssignments", summary = "List assignments", description = "Filtered, sorted and paged in the database.")
    @APIResponse(responseCode = "200", description = "A page of assignments with the total the filter matches",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "AssignmentPage")))
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    public AssignmentPage list(
            @Parameter(description = "Zero-based page number") @QueryParam("page") @DefaultValue("0") int page,
            @Parameter(description = "Page size, 1 to 200") @QueryParam("size") @DefaultValue("20") int size,
            @Parameter(description = "startDate, endDate, commissioner, target or status") @QueryParam("sort") String sort,
            @Parameter(description = "asc or desc") @QueryParam("dir") @DefaultValue("asc") String dir,
            @Parameter(description = "Continue after this cursor (the `next` of the previous page) instead of by page number")
            @QueryParam("after") String after,
            @QueryParam("commissionerId") Long commissionerId,
            @QueryParam("targetKind") TargetKind targetKind,
            @QueryParam("status") AssignmentStatus status,
            @Parameter(description = "Part of the commissioner's or the target's name") @QueryParam("q") String text,
            @Parameter(description = "Id of the cooperative or enterprise served") @QueryParam("organisationId") Long organisationId,
            @Parameter(description = "Both sides confirmed the agreement (true) or not (false)",
                    schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("agreementConfirmed") String confirmed,
            @Parameter(description = "Id of a county: only its records (city callers; a county caller may name only its own, another answers 403; an id that is no county 422)") @QueryParam("county") Long county,
            @Parameter(description = "The commissioner's service field") @QueryParam("field") ServiceField field,
            @Parameter(description = "In force on a day from this one on (yyyy-mm-dd)") @QueryParam("from") String from,
            @Parameter(description = "Started by this day, inclusive (yyyy-mm-dd)") @QueryParam("to") String to,
            @Parameter(description = "Of a commissioner posted on or after this day (yyyy-mm-dd)") @QueryParam("postedFrom") String postedFrom) {
        AssignmentFilter filter = new AssignmentFilter(commissionerId, targetKind, status, text, organisationId,
                FlagParameter.parse(confirmed, "agreementConfirmed"), county, field, DayParameter.parse(from, "from"),
                DayParameter.parse(to, "to"), DayParameter.parse(postedFrom, "postedFrom"));
        var today = assignments.today();
        return PageResponse.of(assignments.list(filter, PageParameters.of(page, size, sort, dir, after)),
                a -> AssignmentResponse.of(a, today), AssignmentPage::new);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getAssignment", summary = "Read one assignment with the files of its signed agreement")
    @APIResponse(responseCode = "200", description = "The assignment",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Assignment")))
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    public AssignmentResponse get(@PathParam("id") long id) {
        return AssignmentResponse.detail(assignments.detail(id), assignments.today());
    }

    @POST
    @Operation(operationId = "openAssignment", summary = "Open an assignment",
            description = "Refused (422) when the period overlaps an active assignment of the same commissioner to the "
                    + "same target, when the end is not after the start, or when the commissioner already holds the "
                    + "maximum of active assignments. Of concurrent requests for a commissioner's last free slot "
                    + "exactly one succeeds.")
    @APIResponse(responseCode = "201", description = "Opened; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Assignment")))
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    @RolesAllowed({Roles.COMMISSIONER_CLERK, Roles.API_WRITE})
    public Response open(AssignmentRequest request, @Context UriInfo uriInfo) {
        requests.valid(request);
        Assignment opened = assignments.open(request.toDraft());
        URI location = uriInfo.getAbsolutePathBuilder().path(String.valueOf(opened.getId())).build();
        return Response.created(location).entity(AssignmentResponse.of(opened, assignments.today())).build();
    }

    @PUT
    @Path("{id}")
    @Operation(operationId = "replanAssignment", summary = "Change an assignment's period and goals",
            description = "Send the version read. A changed plan has to be confirmed again by both sides.")
    @APIResponse(responseCode = "200", description = "Replanned",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Assignment")))
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    @RolesAllowed({Roles.COMMISSIONER_CLERK, Roles.API_WRITE})
    public AssignmentResponse replan(@PathParam("id") long id, AssignmentRequest request) {
        requests.valid(request);
        if (request.version == null) {
            throw new RuleViolationException("field.required", "version");
        }
        return AssignmentResponse.of(assignments.replan(id, request.version, request.toDraft()), assignments.today());
    }

    @POST
    @Path("{id}/confirmations")
    @Operation(operationId = "confirmAgreement", summary = "Record one side's confirmation of the tripartite agreement")
    @APIResponse(responseCode = "200", description = "Confirmed by that side",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Assignment")))
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    @RolesAllowed({Roles.COMMISSIONER_CLERK, Roles.API_WRITE})
    public AssignmentResponse confirm(@PathParam("id") long id, ConfirmationRequest request) {
        requests.valid(request);
        return AssignmentResponse.of(assignments.confirm(id, request.version, request.side, request.on), assignments.today());
    }

    @POST
    @Path("{id}/end")
    @Operation(operationId = "endAssignmentEarly", summary = "End an assignment before its end date, with the reason")
    @APIResponse(responseCode = "200", description = "Ended",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Assignment")))
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    @RolesAllowed({Roles.COMMISSIONER_CLERK, Roles.API_WRITE})
    public AssignmentResponse end(@PathParam("id") long id, EarlyEndRequest request) {
        requests.valid(request);
        return AssignmentResponse.of(assignments.endEarly(id, request.version, request.on, request.reason),
                assignments.today());
    }

    @POST
    @Path("{id}/agreement-files")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(operationId = "attachAgreementFile", summary = "Attach a file of the signed tripartite agreement",
            description = "multipart/form-data with the part file: a PDF or a scanned page (JPEG or PNG), several "
                    + "files allowed (up to " + AgreementFile.MAX_PER_ASSIGNMENT + "). The type is decided by the "
                    + "file's first bytes (anything else 422, field file); the size is capped by the settings "
                    + "(evidenceMaxMegabytes, 422). Not once the assignment has ended.")
    @APIResponse(responseCode = "201", description = "Attached; Location names the download",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "AgreementFile")))
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    @RolesAllowed({Roles.COMMISSIONER_CLERK, Roles.API_WRITE})
    public Response attachAgreementFile(@PathParam("id") long id,
                                        @Parameter(description = "The file") @FormParam("file") EntityPart file,
                                        @Context UriInfo uriInfo) {
        byte[] bytes = UploadedParts.readUpTo(file, commissioners.settings().evidenceMaxBytes() + 1);
        AgreementFile attached = assignments.attachAgreement(id, UploadedParts.fileName(file), bytes);
        URI location = uriInfo.getBaseUriBuilder().path(AssignmentResource.class).path(String.valueOf(id))
                .path("agreement-files").path(String.valueOf(attached.getId())).build();
        return Response.created(location).entity(AgreementFileResponse.of(attached, id)).build();
    }

    @GET
    @Path("{id}/agreement-files/{fileId}")
    @Produces(MediaType.WILDCARD)
    @Operation(operationId = "downloadAgreementFile", summary = "Download a file of the signed tripartite agreement",
            description = "The bytes as uploaded, with their detected Content-Type (image/jpeg, image/png or "
                    + "application/pdf) and the file name in Content-Disposition. Any Accept header is served, so "
                    + "that a missing file is a 404 problem rather than 406.")
    @APIResponse(responseCode = "200", description = "The file",
            content = {
                @Content(mediaType = "image/jpeg"),
                @Content(mediaType = "image/png"),
                @Content(mediaType = "application/pdf")})
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    public Response downloadAgreementFile(@PathParam("id") long id, @PathParam("fileId") long fileId) {
        AssignmentService.AgreementDownload download = assignments.downloadAgreement(id, fileId);
        AgreementFile file = download.file();
        return Response.ok(download.bytes(), file.getContentType())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment(file.getFileName()))
                .header(HttpHeaders.CONTENT_LENGTH, download.bytes().length)
                .build();
    }

    @DELETE
    @Path("{id}/agreement-files/{fileId}")
    @Operation(operationId = "removeAgreementFile", summary = "Remove a file of the signed tripartite agreement",
            description = "Not once the assignment has ended (422).")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    @RolesAllowed({Roles.COMMISSIONER_CLERK, Roles.API_WRITE})
    public Response removeAgreementFile(@PathParam("id") long id, @PathParam("fileId") long fileId) {
        assignments.removeAgreement(id, fileId);
        return Response.noContent().build();
    }
}
