package cn.kejiju.workbench.financing.api;

import cn.kejiju.workbench.financing.ApplicationFile;
import cn.kejiju.workbench.financing.ApplicationFilter;
import cn.kejiju.workbench.financing.ApplicationService;
import cn.kejiju.workbench.financing.ApplicationStatus;
import cn.kejiju.workbench.financing.FinancingApplication;
import cn.kejiju.workbench.platform.ApiResponses;
import cn.kejiju.workbench.platform.DayParameter;
import cn.kejiju.workbench.platform.ContentDisposition;
import cn.kejiju.workbench.platform.PageParameters;
import cn.kejiju.workbench.platform.PageResponse;
import cn.kejiju.workbench.platform.RequestValidator;
import cn.kejiju.workbench.platform.UploadedParts;
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
import jakarta.ws.rs.core.HttpHeaders;
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

/**
 * Financing applications: submission, due diligence with its files, the review committee's opinions, the
 * decision a clerk prepares and a leader takes (maker-checker), and the guarantee with its limits.
 */
@ApplicationScoped
@RolesAllowed({Roles.SYSTEM_ADMIN, Roles.LEADER, Roles.COMMISSIONER_CLERK, Roles.INCUBATOR_CLERK,
        Roles.FINANCING_CLERK, Roles.PREPAREDNESS_CLERK, Roles.PROJECT_CLERK, Roles.VIEWER, Roles.API_READ})
@Path("financing/applications")
@Tag(name = "Financing applications", description = "Applications, due diligence, committee, decisions and guarantees")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
@APIResponse(responseCode = "401", ref = ApiResponses.UNAUTHORIZED)
@APIResponse(responseCode = "429", ref = ApiResponses.TOO_MANY_REQUESTS)
public class FinancingApplicationResource {

    private static final String DETAIL = "FinancingApplication";

    @Inject
    ApplicationService applications;

    @Inject
    RequestValidator requests;

    @GET
    @Operation(operationId = "listFinancingApplications", summary = "List financing applications",
            description = "Newest submission first (dir=asc for oldest), filtered and paged in the database; a county "
                    + "caller sees its county's only.")
    @APIResponse(responseCode = "200", description = "A page of applications",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "FinancingApplicationPage")))
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    public ApplicationPage list(
            @Parameter(description = "Zero-based page number") @QueryParam("page") @DefaultValue("0") int page,
            @Parameter(description = "Page size, 1 to 200") @QueryParam("size") @DefaultValue("20") int size,
            @Parameter(description = "submittedOn (the only sort)") @QueryParam("sort") String sort,
            @Parameter(description = "desc (default) or asc") @QueryParam("dir") @DefaultValue("desc") String dir,
            @Parameter(description = "The cursor `next` of the previous page") @QueryParam("after") String after,
            @Parameter(description = "Only this county's applications") @QueryParam("countyId") Long countyId,
            @QueryParam("status") ApplicationStatus status,
            @Parameter(description = "Only this guarantee company's") @QueryParam("guarantorId") Long guarantorId,
            @Parameter(description = "Part of the enterprise's name") @QueryParam("q") String text,
            @Parameter(description = "Guarantee in force (担保生效) from this day on (yyyy-mm-dd)")
            @QueryParam("guaranteedFrom") String guaranteedFrom,
            @Parameter(description = "Guarantee in force by this day, inclusive (yyyy-mm-dd); alone, the cumulative "
                    + "figures") @QueryParam("guaranteedTo") String guaranteedTo,
            @Parameter(description = "Guarantee running on this day: started by it, its last day not before it "
                    + "(yyyy-mm-dd; the outstanding figure)") @QueryParam("guaranteedOn") String guaranteedOn) {
        PageRequest request = PageParameters.of(page, size, sort, dir, after);
        ApplicationFilter filter = new ApplicationFilter(countyId, status, guarantorId, text,
                DayParameter.parse(guaranteedFrom, "guaranteedFrom"), DayParameter.parse(guaranteedTo, "guaranteedTo"),
                DayParameter.parse(guaranteedOn, "guaranteedOn"));
        return PageResponse.of(applications.list(filter, request), ApplicationRow::of, ApplicationPage::new);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getFinancingApplication", summary = "Read one application with opinions and guarantee")
    @APIResponse(responseCode = "200", description = "The application",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = DETAIL)))
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    public ApplicationResponse get(@PathParam("id") long id) {
        return ApplicationResponse.of(applications.detail(id));
    }

    @RolesAllowed({Roles.FINANCING_CLERK, Roles.API_WRITE})
    @POST
    @Operation(operationId = "submitFinancingApplication", summary = "Submit an application")
    @APIResponse(responseCode = "201", description = "Submitted; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = DETAIL)))
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    public Response submit(ApplicationRequest request, @Context UriInfo uriInfo) {
        requests.valid(request);
        FinancingApplication submitted = applications.submit(request.toDraft());
        URI location = uriInfo.getAbsolutePathBuilder().path(String.valueOf(submitted.getId())).build();
        return Response.created(location).entity(ApplicationResponse.of(applications.detail(submitted.getId()))).build();
    }

    @RolesAllowed({Roles.FINANCING_CLERK, Roles.API_WRITE})
    @PUT
    @Path("{id}")
    @Operation(operationId = "updateFinancingApplication", summary = "Change an application before the committee",
            description = "Send the version you read; a stale one is refused with 409 and nothing changes.")
    @APIResponse(responseCode = "200", description = "Updated",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = DETAIL)))
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    public ApplicationResponse update(@PathParam("id") long id, ApplicationRequest request) {
        requests.valid(request);
        applications.revise(id, version(request.version), request.toDraft());
        return ApplicationResponse.of(applications.detail(id));
    }

    @RolesAllowed({Roles.FINANCING_CLERK, Roles.API_WRITE})
    @POST
    @Path("{id}/diligence")
    @Operation(operationId = "startFinancingDiligence", summary = "Start the due diligence")
    @APIResponse(responseCode = "200", description = "In due diligence",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = DETAIL)))
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    public ApplicationResponse startDiligence(@PathParam("id") long id, StepRequest request) {
        requests.valid(request);
        applications.startDiligence(id, request.version);
        return ApplicationResponse.of(applications.detail(id));
    }

    @RolesAllowed({Roles.FINANCING_CLERK, Roles.API_WRITE})
    @PUT
    @Path("{id}/diligence")
    @Operation(operationId = "recordFinancingDiligence", summary = "Record the due diligence findings")
    @APIResponse(responseCode = "200", description = "Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = DETAIL)))
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    public ApplicationResponse recordDiligence(@PathParam("id") long id, StepRequest request) {
        requests.valid(request);
        applications.recordDiligence(id, request.version, request.notes);
        return ApplicationResponse.of(applications.detail(id));
    }

    @RolesAllowed({Roles.FINANCING_CLERK, Roles.API_WRITE})
    @POST
    @Path("{id}/committee")
    @Operation(operationId = "referFinancingToCommittee", summary = "Hand the application to the review committee",
            description = "Needs the due diligence findings and at least one file (422 otherwise).")
    @APIResponse(responseCode = "200", description = "Before the committee",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = DETAIL)))
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    public ApplicationResponse toCommittee(@PathParam("id") long id, StepRequest request) {
        requests.valid(request);
        applications.toCommittee(id, request.version);
        return ApplicationResponse.of(applications.detail(id));
    }

    @RolesAllowed({Roles.FINANCING_CLERK, Roles.API_WRITE})
    @POST
    @Path("{id}/opinions")
    @Operation(operationId = "recordCommitteeOpinion", summary = "Record a committee member's opinion (审保会)")
    @APIResponse(responseCode = "200", description = "Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = DETAIL)))
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    public ApplicationResponse addOpinion(@PathParam("id") long id, StepRequest request) {
        requests.valid(request);
        applications.addOpinion(id, request.version, request.member == null ? "" : request.member, request.vote,
                request.remark);
        return ApplicationResponse.of(applications.detail(id));
    }

    @RolesAllowed({Roles.FINANCING_CLERK, Roles.API_WRITE})
    @POST
    @Path("{id}/decision")
    @Operation(operationId = "prepareFinancingDecision", summary = "Prepare the decision for a leader",
            description = "APPROVE with the agreement and the guarantee's terms, or REJECT with reasons. Whoever "
                    + "prepares it cannot take it.")
    @APIResponse(responseCode = "200", description = "Awaiting the decision",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = DETAIL)))
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    public ApplicationResponse prepare(@PathParam("id") long id, DecisionRequest request) {
        requests.valid(request);
        applications.prepare(id, request.version, request.toDraft());
        return ApplicationResponse.of(applications.detail(id));
    }

    @GET
    @Path("{id}/limits")
    @Operation(operationId = "getGuaranteeLimits", summary = "The limits against the proposed guarantee, as they stand",
            description = "Quota, liability (multiple × net assets) and one enterprise with its related parties: cap, "
                    + "used, headroom and shortfall. Empty before a guarantee is proposed.")
    @APIResponse(responseCode = "200", description = "The limits",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "GuaranteeLimits")))
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    public LimitResponse.Limits limits(@PathParam("id") long id) {
        return new LimitResponse.Limits(applications.limits(id).stream().map(LimitResponse::of).toList());
    }

    @RolesAllowed({Roles.LEADER, Roles.API_WRITE})
    @POST
    @Path("{id}/approval")
    @Operation(operationId = "approveFinancingDecision", summary = "Take the prepared decision",
            description = "For an approval the guarantee comes into force if it fits every limit; otherwise 422 "
                    + "(type rule.financing.limit.quota, .liability or .single_enterprise) naming the limit, its "
                    + "headroom and the shortfall, and nothing changes. The preparer of the decision gets 422 "
                    + "(rule.financing.application.ownPreparation), and the attempt is audited.")
    @APIResponse(responseCode = "200", description = "Decided",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = DETAIL)))
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    public ApplicationResponse approve(@PathParam("id") long id, StepRequest request) {
        requests.valid(request);
        applications.approve(id, request.version);
        return ApplicationResponse.of(applications.detail(id));
    }

    @RolesAllowed({Roles.LEADER, Roles.API_WRITE})
    @POST
    @Path("{id}/rejection")
    @Operation(operationId = "rejectFinancingApplication", summary = "Reject the application with reasons",
            description = "Whatever was proposed; not by the decision's preparer (422).")
    @APIResponse(responseCode = "200", description = "Rejected",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = DETAIL)))
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    public ApplicationResponse reject(@PathParam("id") long id, StepRequest request) {
        requests.valid(request);
        applications.reject(id, request.version, request.reasons);
        return ApplicationResponse.of(applications.detail(id));
    }

    @GET
    @Path("{id}/files")
    @Operation(operationId = "listApplicationFiles", summary = "The due diligence files")
    @APIResponse(responseCode = "200", description = "The files, without their bytes",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ApplicationFileList")))
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    public ApplicationFileResponse.Files files(@PathParam("id") long id) {
        return new ApplicationFileResponse.Files(applications.files(id).stream()
                .map(f -> ApplicationFileResponse.of(f, id)).toList());
    }

    @RolesAllowed({Roles.FINANCING_CLERK, Roles.API_WRITE})
    @POST
    @Path("{id}/files")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(operationId = "attachApplicationFile", summary = "Attach a due diligence file",
            description = "multipart/form-data with the part file: PDF, JPEG or PNG (decided by the first bytes), "
                    + "at most " + ApplicationFile.MAX_MEGABYTES + " MB; only before the committee (422).")
    @APIResponse(responseCode = "201", description = "Attached; Location names the download",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ApplicationFile")))
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    public Response attach(@PathParam("id") long id, @Parameter(description = "The file") @FormParam("file") EntityPart file,
                           @Context UriInfo uriInfo) {
        byte[] bytes = UploadedParts.readUpTo(file, ApplicationFile.MAX_MEGABYTES * 1024L * 1024L + 1);
        ApplicationFile attached = applications.attach(id, UploadedParts.fileName(file), bytes);
        URI location = uriInfo.getBaseUriBuilder().path(FinancingApplicationResource.class).path(String.valueOf(id))
                .path("files").path(String.valueOf(attached.getId())).build();
        return Response.created(location).entity(ApplicationFileResponse.of(attached, id)).build();
    }

    @GET
    @Path("{id}/files/{fileId}")
    @Produces(MediaType.WILDCARD)
    @Operation(operationId = "downloadApplicationFile", summary = "Download a due diligence file",
            description = "The bytes as uploaded, with their detected Content-Type and the name in Content-Disposition.")
    @APIResponse(responseCode = "200", description = "The file",
            content = {
                @Content(mediaType = "image/jpeg"),
                @Content(mediaType = "image/png"),
                @Content(mediaType = "application/pdf")})
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    public Response download(@PathParam("id") long id, @PathParam("fileId") long fileId) {
        ApplicationService.DownloadedFile download = applications.download(id, fileId);
        return Response.ok(download.bytes(), download.file().getContentType())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment(download.file().getFileName()))
                .header(HttpHeaders.CONTENT_LENGTH, download.bytes().length)
                .build();
    }

    @RolesAllowed({Roles.FINANCING_CLERK, Roles.API_WRITE})
    @DELETE
    @Path("{id}/files/{fileId}")
    @Operation(operationId = "removeApplicationFile", summary = "Remove a due diligence file",
            description = "Only before the committee (422).")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    public Response removeFile(@PathParam("id") long id, @PathParam("fileId") long fileId) {
        applications.removeFile(id, fileId);
        return Response.noContent().build();
    }

    private static long version(Long version) {
        if (version == null) {
            throw new RuleViolationException("field.required", "version");
        }
        return version;
    }
}
