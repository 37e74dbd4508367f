package cn.kejiju.workbench.commissioner.api;

import cn.kejiju.workbench.commissioner.CommissionerService;
import cn.kejiju.workbench.commissioner.Evidence;
import cn.kejiju.workbench.commissioner.EvidenceKind;
import cn.kejiju.workbench.commissioner.LogFilter;
import cn.kejiju.workbench.commissioner.LogStatus;
import cn.kejiju.workbench.commissioner.ServiceKind;
import cn.kejiju.workbench.commissioner.ServiceLog;
import cn.kejiju.workbench.commissioner.ServiceLogService;
import cn.kejiju.workbench.platform.ApiResponses;
import cn.kejiju.workbench.platform.ContentDisposition;
import cn.kejiju.workbench.platform.DayParameter;
import cn.kejiju.workbench.platform.FlagParameter;
import cn.kejiju.workbench.platform.PageParameters;
import cn.kejiju.workbench.platform.PageResponse;
import cn.kejiju.workbench.platform.RequestValidator;
import cn.kejiju.workbench.platform.UploadedFileNames;
import cn.kejiju.workbench.platform.UploadedParts;
import cn.kejiju.workbench.security.Roles;
import cn.kejiju.workbench.shared.RuleViolationException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
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

/**
 * Service logs (服务日志): submit (at once, or as a draft that takes its evidence and is then submitted),
 * revise, approve or reject, evidence files, and the adoption of the varieties and technologies introduced. Evidence is uploaded as {@code multipart/form-data} with the
 * parts {@code kind} and {@code file}, through the portable Jakarta REST 3.1 {@link EntityPart} API.
 */
@ApplicationScoped
@RolesAllowed({Roles.SYSTEM_ADMIN, Roles.LEADER, Roles.COMMISSIONER_CLERK, Roles.INCUBATOR_CLERK,
        Roles.FINANCING_CLERK, Roles.PREPAREDNESS_CLERK, Roles.PROJECT_CLERK, Roles.VIEWER, Roles.API_READ})
@Path("service-logs")
@Tag(name = "Service logs", description = "Commissioners' service logs (服务日志), their review and evidence")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
@APIResponse(responseCode = "401", ref = ApiResponses.UNAUTHORIZED)
@APIResponse(responseCode = "429", ref = ApiResponses.TOO_MANY_REQUESTS)
public class ServiceLogResource {

    @Inject
    ServiceLogService logs;

    @Inject
    CommissionerService commissioners;

    @Inject
    RequestValidator requests;

    @GET
    @Operation(operationId = "listServiceLogs", summary = "List service logs", description = "Filtered, sorted and paged in the database.")
    @APIResponse(responseCode = "200", description = "A page of logs (without introductions and evidence)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ServiceLogPage")))
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    public ServiceLogPage list(
            @Parameter(description = "Zero-based page number") @QueryParam("page") @DefaultValue("0") int page,
            @Parameter(description = "Page size, 1 to 200") @QueryParam("size") @DefaultValue("20") int size,
            @Parameter(description = "serviceDate, commissioner, kind, status or submittedAt") @QueryParam("sort") String sort,
            @Parameter(description = "asc or desc") @QueryParam("dir") @DefaultValue("desc") String dir,
            @Parameter(description = "Continue after this cursor (the `next` of the previous page) instead of by page number")
            @QueryParam("after") String after,
            @QueryParam("commissionerId") Long commissionerId,
            @QueryParam("assignmentId") Long assignmentId,
            @QueryParam("status") LogStatus status,
            @QueryParam("kind") ServiceKind kind,
            @Parameter(description = "Service date from (yyyy-mm-dd)") @QueryParam("from") String from,
            @Parameter(description = "Service date up to, inclusive (yyyy-mm-dd)") @QueryParam("to") String to,
            @Parameter(description = "Part of the summary or the commissioner's name") @QueryParam("q") String text,
            @Parameter(description = "Id of a county: only its records (city callers; a county caller may name only its own, another answers 403; an id that is no county 422)") @QueryParam("county") Long county) {
        LogFilter filter = new LogFilter(commissionerId, assignmentId, status, kind, DayParameter.parse(from, "from"),
                DayParameter.parse(to, "to"), text, false, county);
        return PageResponse.of(logs.list(filter, PageParameters.of(page, size, sort, dir, after)),
                ServiceLogResponse::summary, ServiceLogPage::new);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getServiceLog", summary = "Read one service log with its introductions and evidence")
    @APIResponse(responseCode = "200", description = "The log",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ServiceLog")))
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    public ServiceLogResponse get(@PathParam("id") long id) {
        ServiceLogService.LogDetail detail = logs.detail(id);
        return ServiceLogResponse.detail(detail.log(), detail.evidence());
    }

    @POST
    @Operation(operationId = "submitServiceLog", summary = "Submit a service log, or save it as a draft",
            description = "It counts once a leader approves it. While the evidence rule of the settings is on "
                    + "(evidenceRequired, the default) a log needs at least one evidence file to be submitted, so a "
                    + "log submitted at once is refused (422, field evidence): save it with draft=true, attach the "
                    + "evidence (POST {id}/evidence), then submit it (POST {id}/submission).")
    @APIResponse(responseCode = "201", description = "Submitted, or saved as a draft; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ServiceLog")))
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    @RolesAllowed({Roles.COMMISSIONER_CLERK, Roles.API_WRITE})
    public Response submit(ServiceLogRequest request,
                           @Parameter(description = "true saves a draft (status DRAFT): seen by the county's clerks and "
                                   + "read-write integrators only, not reviewed, not counted",
                                   schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
                           @QueryParam("draft") String draft,
                           @Context UriInfo uriInfo) {
        boolean asDraft = FlagParameter.parse(draft, false, "draft");
        requests.valid(request);
        ServiceLog created = asDraft ? logs.saveDraft(request.toDraft()) : logs.submit(request.toDraft());
        URI location = uriInfo.getBaseUriBuilder().path(ServiceLogResource.class)
                .path(String.valueOf(created.getId())).build();
        return Response.created(location).entity(detail(created)).build();
    }

    @POST
    @Path("{id}/submission")
    @Operation(operationId = "submitServiceLogDraft", summary = "Submit a draft for review",
            description = "Send the version read. Refused (422, field evidence) while the evidence rule is on and "
                    + "the draft has no evidence file.")
    @APIResponse(responseCode = "200", description = "Submitted; it awaits a leader's review",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ServiceLog")))
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    @RolesAllowed({Roles.COMMISSIONER_CLERK, Roles.API_WRITE})
    public ServiceLogResponse submitDraft(@PathParam("id") long id, VersionRequest request) {
        requests.valid(request);
        return detail(logs.submitDraft(id, request.version, null));
    }

    @PUT
    @Path("{id}")
    @Operation(operationId = "reviseServiceLog", summary = "Revise a log not yet approved",
            description = "Send the version read; a draft stays a draft, a submitted or rejected log goes (back) to "
                    + "review (with the evidence the evidence rule asks).")
    @APIResponse(responseCode = "200", description = "Revised",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ServiceLog")))
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    @RolesAllowed({Roles.COMMISSIONER_CLERK, Roles.API_WRITE})
    public ServiceLogResponse revise(@PathParam("id") long id, ServiceLogRequest request) {
        requests.valid(request);
        if (request.version == null) {
            throw new RuleViolationException("field.required", "version");
        }
        return detail(logs.revise(id, request.version, request.toDraft()));
    }

    @POST
    @Path("{id}/approval")
    @Operation(operationId = "approveServiceLog", summary = "Approve a submitted log",
            description = "Never by the principal who submitted it.")
    @APIResponse(responseCode = "200", description = "Approved; it counts from now on",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ServiceLog")))
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    @RolesAllowed({Roles.LEADER, Roles.API_WRITE})
    public ServiceLogResponse approve(@PathParam("id") long id, VersionRequest request) {
        requests.valid(request);
        return detail(logs.approve(id, request.version));
    }

    @POST
    @Path("{id}/rejection")
    @Operation(operationId = "rejectServiceLog", summary = "Reject a submitted log with a reason",
            description = "Never by the principal who submitted it.")
    @APIResponse(responseCode = "200", description = "Rejected",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ServiceLog")))
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    @RolesAllowed({Roles.LEADER, Roles.API_WRITE})
    public ServiceLogResponse reject(@PathParam("id") long id, RejectionRequest request) {
        requests.valid(request);
        return detail(logs.reject(id, request.version, request.reason));
    }

    @POST
    @Path("{id}/evidence")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(operationId = "attachEvidence", summary = "Attach an evidence file to a log",
            description = "multipart/form-data with the parts kind (PHOTO or CONFIRMATION) and file. The type is "
                    + "decided by the file's first bytes: JPEG or PNG for photos, also PDF for confirmations; the size "
                    + "is capped by the settings (evidenceMaxMegabytes). Not once the log is approved.")
    @APIResponse(responseCode = "201", description = "Attached; Location names the download",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Evidence")))
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    @RolesAllowed({Roles.COMMISSIONER_CLERK, Roles.API_WRITE})
    public Response attach(@PathParam("id") long id,
                           @Parameter(description = "PHOTO or CONFIRMATION") @FormParam("kind") EntityPart kind,
                           @Parameter(description = "The file") @FormParam("file") EntityPart file,
                           @Context UriInfo uriInfo) {
        EvidenceKind evidenceKind = evidenceKind(kind);
        byte[] bytes = UploadedParts.readUpTo(file, commissioners.settings().evidenceMaxBytes() + 1);
        String fileName = UploadedParts.fileName(file);
        Evidence attached = logs.attach(id, evidenceKind, fileName, bytes);
        URI location = uriInfo.getBaseUriBuilder().path(ServiceLogResource.class).path("evidence")
                .path(String.valueOf(attached.getId())).build();
        return Response.created(location).entity(EvidenceResponse.of(attached)).build();
    }

    @GET
    @Path("evidence/{evidenceId}")
    @Produces(MediaType.WILDCARD)
    @Operation(operationId = "downloadEvidence", summary = "Download an evidence file",
            description = "The bytes as uploaded, with their detected Content-Type (image/jpeg, image/png or "
                    + "application/pdf) and the file name in Content-Disposition. Any Accept header is served, so "
                    + "that a missing file is a 404 problem rather than 406.")
    @APIResponse(responseCode = "200", description = "The file",
            content = {
                @Content(mediaType = "image/jpeg"),
                @Content(mediaType = "image/png"),
                @Content(mediaType = "application/pdf")})
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    public Response download(@PathParam("evidenceId") long evidenceId) {
        ServiceLogService.EvidenceFile file = logs.download(evidenceId);
        Evidence evidence = file.evidence();
        return Response.ok(file.bytes(), evidence.getContentType())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment(evidence.getFileName()))
                .header(HttpHeaders.CONTENT_LENGTH, file.bytes().length)
                .build();
    }

    @DELETE
    @Path("evidence/{evidenceId}")
    @Operation(operationId = "removeEvidence", summary = "Remove an evidence file", description = "Not once the log is approved.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    @RolesAllowed({Roles.COMMISSIONER_CLERK, Roles.API_WRITE})
    public Response removeEvidence(@PathParam("evidenceId") long evidenceId) {
        logs.removeEvidence(evidenceId);
        return Response.noContent().build();
    }

    @PUT
    @Path("introductions/{id}/adoption")
    @Operation(operationId = "recordAdoption", summary = "Record the adoption of an introduced variety or technology",
            description = "Area (亩), households and income (万元); only for an approved log.")
    @APIResponse(responseCode = "200", description = "Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Introduction")))
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    @RolesAllowed({Roles.COMMISSIONER_CLERK, Roles.API_WRITE})
    public IntroductionResponse recordAdoption(@PathParam("id") long id, AdoptionRequest request) {
        requests.valid(request);
        return IntroductionResponse.of(logs.recordAdoption(id, request.area, request.households, request.income,
                request.recordedOn));
    }

    private ServiceLogResponse detail(ServiceLog log) {
        return ServiceLogResponse.detail(log, logs.evidence(log.getId()));
    }

    private static EvidenceKind evidenceKind(EntityPart part) {
        String text = UploadedParts.code(part, "kind");
        try {
            return EvidenceKind.valueOf(text);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("kind must be PHOTO or CONFIRMATION", e);
        }
    }

    /**
     * Browsers send a file name in UTF-8 bytes, which the multipart parser reads as ISO-8859-1; a name
     * whose characters are all single bytes that form valid UTF-8 is read again as UTF-8.
     */
    static String utf8(String name) {
        return UploadedFileNames.utf8(name);
    }
}
