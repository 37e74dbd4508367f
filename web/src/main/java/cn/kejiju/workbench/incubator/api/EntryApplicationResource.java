package cn.kejiju.workbench.incubator.api;

import cn.kejiju.workbench.commissioner.api.VersionRequest;
import cn.kejiju.workbench.incubator.EntryApplication;
import cn.kejiju.workbench.incubator.EntryFile;
import cn.kejiju.workbench.incubator.EntryFileKind;
import cn.kejiju.workbench.incubator.EntryFilter;
import cn.kejiju.workbench.incubator.EntryService;
import cn.kejiju.workbench.incubator.EntryStatus;
import cn.kejiju.workbench.platform.ApiResponses;
import cn.kejiju.workbench.platform.ContentDisposition;
import cn.kejiju.workbench.platform.PageResponse;
import cn.kejiju.workbench.platform.RequestValidator;
import cn.kejiju.workbench.platform.UploadedParts;
import cn.kejiju.workbench.review.api.ReviewResponse;
import cn.kejiju.workbench.review.api.ReviewerResponse;
import cn.kejiju.workbench.security.Roles;
import cn.kejiju.workbench.shared.Cursor;
import cn.kejiju.workbench.shared.NotFoundException;
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
import java.util.List;

/**
 * Entry applications (入孵申请): the clerk creates, revises and submits a draft and assigns reviewers; a leader
 * approves or rejects a reviewed one. The review's result is at {@code {id}/review}.
 */
@ApplicationScoped
@RolesAllowed({Roles.SYSTEM_ADMIN, Roles.LEADER, Roles.COMMISSIONER_CLERK, Roles.INCUBATOR_CLERK,
        Roles.FINANCING_CLERK, Roles.PREPAREDNESS_CLERK, Roles.PROJECT_CLERK, Roles.VIEWER, Roles.API_READ})
@Path("entry-applications")
@Tag(name = "Entry applications", description = "Applications to enter an incubator, their review and decision")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
@APIResponse(responseCode = "401", ref = ApiResponses.UNAUTHORIZED)
@APIResponse(responseCode = "429", ref = ApiResponses.TOO_MANY_REQUESTS)
public class EntryApplicationResource {

    @Inject
    EntryService entries;

    @Inject
    RequestValidator requests;

    @GET
    @Operation(operationId = "listEntryApplications", summary = "List entry applications",
            description = "Newest first, filtered and paged in the database.")
    @APIResponse(responseCode = "200", description = "A page of applications with the total the filter matches",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "EntryApplicationPage")))
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    public EntryApplicationPage list(
            @Parameter(description = "Zero-based page number") @QueryParam("page") @DefaultValue("0") int page,
            @Parameter(description = "Page size, 1 to 200") @QueryParam("size") @DefaultValue("20") int size,
            @Parameter(description = "The cursor `next` of the previous page") @QueryParam("after") String after,
            @Parameter(description = "Only this county's applications") @QueryParam("countyId") Long countyId,
            @QueryParam("carrierId") Long carrierId,
            @QueryParam("status") EntryStatus status,
            @Parameter(description = "Part of the enterprise's name") @QueryParam("q") String text,
            @Parameter(description = "Only this enterprise's applications") @QueryParam("enterpriseId") Long enterpriseId) {
        PageRequest request = new PageRequest(page, size, null, false, Cursor.decode(after));
        return PageResponse.of(entries.list(new EntryFilter(countyId, carrierId, status, text, enterpriseId), request),
                EntryApplicationResponse::of, EntryApplicationPage::new);
    }

    @GET
    @Path("settings")
    @Operation(operationId = "getEntrySettings", summary = "The entry rule and the criteria set of new reviews")
    @APIResponse(responseCode = "200", description = "The settings",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "EntrySettings")))
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    public EntrySettingsResponse settings() {
        return EntrySettingsResponse.of(entries.settings());
    }

    @PUT
    @Path("settings")
    @RolesAllowed(Roles.SYSTEM_ADMIN)
    @Operation(operationId = "updateEntrySettings", summary = "Change the entry rule or the criteria set",
            description = "System administrator only; send the version you read.")
    @APIResponse(responseCode = "200", description = "Changed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "EntrySettings")))
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    public EntrySettingsResponse updateSettings(EntrySettingsRequest request) {
        requests.valid(request);
        return EntrySettingsResponse.of(entries.changeSettings(request.version, request.maxAgeMonths,
                request.criteriaSetCode));
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getEntryApplication", summary = "Read one entry application")
    @APIResponse(responseCode = "200", description = "The application",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "EntryApplication")))
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    public EntryApplicationResponse get(@PathParam("id") long id) {
        return EntryApplicationResponse.of(entries.get(id));
    }

    @POST
    @RolesAllowed({Roles.INCUBATOR_CLERK, Roles.API_WRITE})
    @Operation(operationId = "createEntryApplication", summary = "Create a draft entry application",
            description = "The entry rule is checked already (against today), and again on submission.")
    @APIResponse(responseCode = "201", description = "Created; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "EntryApplication")))
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    public Response create(EntryApplicationRequest request, @Context UriInfo uriInfo) {
        requests.valid(request);
        EntryApplication created = entries.create(request.toDraft());
        URI location = uriInfo.getAbsolutePathBuilder().path(String.valueOf(created.getId())).build();
        return Response.created(location).entity(EntryApplicationResponse.of(entries.get(created.getId()))).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.INCUBATOR_CLERK, Roles.API_WRITE})
    @Operation(operationId = "updateEntryApplication", summary = "Revise a draft",
            description = "Drafts only; the enterprise and carrier stay. Send the version you read.")
    @APIResponse(responseCode = "200", description = "Revised",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "EntryApplication")))
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    public EntryApplicationResponse update(@PathParam("id") long id, EntryApplicationRequest request) {
        requests.valid(request);
        if (request.version == null) {
            throw new RuleViolationException("field.required", "version");
        }
        return EntryApplicationResponse.of(entries.revise(id, request.version, request.toDraft()));
    }

    @POST
    @Path("{id}/submit")
    @RolesAllowed({Roles.INCUBATOR_CLERK, Roles.API_WRITE})
    @Operation(operationId = "submitEntryApplication", summary = "Submit a draft",
            description = "The application day is today; the entry rule must hold on it.")
    @APIResponse(responseCode = "200", description = "Submitted",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "EntryApplication")))
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    public EntryApplicationResponse submit(@PathParam("id") long id, VersionRequest request) {
        requests.valid(request);
        return EntryApplicationResponse.of(entries.submit(id, request.version));
    }

    @GET
    @Path("{id}/files")
    @RolesAllowed({Roles.SYSTEM_ADMIN, Roles.LEADER, Roles.COMMISSIONER_CLERK, Roles.INCUBATOR_CLERK,
            Roles.FINANCING_CLERK, Roles.PREPAREDNESS_CLERK, Roles.PROJECT_CLERK, Roles.VIEWER, Roles.API_READ, Roles.REVIEWER})
    @Operation(operationId = "listEntryApplicationFiles", summary = "The application's documents (入孵申请材料)",
            description = "Without their bytes, by kind; missing names the required kinds (BUSINESS_PLAN, "
                    + "BUSINESS_LICENCE) not attached yet. A reviewer's session reads the documents of the applications "
                    + "it is assigned to review (others 404).")
    @APIResponse(responseCode = "200", description = "The documents",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "EntryFileList")))
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    public EntryFileResponse.Files files(@PathParam("id") long id) {
        return EntryFileResponse.Files.of(entries.files(id), id);
    }

    @POST
    @Path("{id}/files")
    @RolesAllowed({Roles.INCUBATOR_CLERK, Roles.API_WRITE})
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(operationId = "attachEntryApplicationFile", summary = "Attach a document to a draft",
            description = "multipart/form-data with the parts kind (BUSINESS_PLAN, BUSINESS_LICENCE or OTHER) and "
                    + "file: PDF, JPEG or PNG (decided by the first bytes), at most " + EntryFile.MAX_MEGABYTES
                    + " MB, at most " + EntryFile.MAX_PER_APPLICATION + " per application; only while the application "
                    + "is a draft (422).")
    @APIResponse(responseCode = "201", description = "Attached; Location names the download",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "EntryFile")))
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    public Response attach(@PathParam("id") long id,
                           @Parameter(description = "BUSINESS_PLAN, BUSINESS_LICENCE or OTHER") @FormParam("kind")
                           EntityPart kind,
                           @Parameter(description = "The file") @FormParam("file") EntityPart file,
                           @Context UriInfo uriInfo) {
        EntryFileKind fileKind = fileKind(kind);
        byte[] bytes = UploadedParts.readUpTo(file, EntryFile.MAX_MEGABYTES * 1024L * 1024L + 1);
        EntryFile attached = entries.attach(id, fileKind, UploadedParts.fileName(file), bytes);
        URI location = uriInfo.getBaseUriBuilder().path(EntryApplicationResource.class).path(String.valueOf(id))
                .path("files").path(String.valueOf(attached.getId())).build();
        return Response.created(location).entity(EntryFileResponse.of(attached, id)).build();
    }

    @GET
    @Path("{id}/files/{fileId}")
    @RolesAllowed({Roles.SYSTEM_ADMIN, Roles.LEADER, Roles.COMMISSIONER_CLERK, Roles.INCUBATOR_CLERK,
            Roles.FINANCING_CLERK, Roles.PREPAREDNESS_CLERK, Roles.PROJECT_CLERK, Roles.VIEWER, Roles.API_READ, Roles.REVIEWER})
    @Produces(MediaType.WILDCARD)
    @Operation(operationId = "downloadEntryApplicationFile", summary = "Download a document",
            description = "The bytes as uploaded, with their detected Content-Type and the name in Content-Disposition; "
                    + "for the application's readers and its reviewers.")
    @APIResponse(responseCode = "200", description = "The file",
            content = {
                @Content(mediaType = "image/jpeg"),
                @Content(mediaType = "image/png"),
                @Content(mediaType = "application/pdf")})
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    public Response download(@PathParam("id") long id, @PathParam("fileId") long fileId) {
        EntryService.DownloadedFile download = entries.download(id, fileId);
        return Response.ok(download.bytes(), download.file().getContentType())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment(download.file().getFileName()))
                .header(HttpHeaders.CONTENT_LENGTH, download.bytes().length)
                .build();
    }

    @DELETE
    @Path("{id}/files/{fileId}")
    @RolesAllowed({Roles.INCUBATOR_CLERK, Roles.API_WRITE})
    @Operation(operationId = "removeEntryApplicationFile", summary = "Remove a document of a draft",
            description = "Only while the application is a draft (422).")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    public Response removeFile(@PathParam("id") long id, @PathParam("fileId") long fileId) {
        entries.removeFile(id, fileId);
        return Response.noContent().build();
    }

    private static EntryFileKind fileKind(EntityPart part) {
        String text = UploadedParts.code(part, "kind");
        try {
            return EntryFileKind.valueOf(text);
        } catch (IllegalArgumentException e) {
            throw new RuleViolationException("incubator.entry.file.kind", "kind", text);
        }
    }

    @GET
    @Path("{id}/reviewers")
    @Operation(operationId = "listEntryApplicationReviewerCandidates", summary = "Who may review the application",
            description = "Enabled users with the role REVIEWER of the application's county or of the city.")
    @APIResponse(responseCode = "200", description = "The candidates by name",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ReviewerResponse[].class)))
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    public List<ReviewerResponse> reviewerCandidates(@PathParam("id") long id) {
        return entries.reviewers(id).stream().map(ReviewerResponse::of).toList();
    }

    @POST
    @Path("{id}/reviewers")
    @RolesAllowed({Roles.INCUBATOR_CLERK, Roles.API_WRITE})
    @Operation(operationId = "assignEntryApplicationReviewers", summary = "Assign reviewers",
            description = "Opens the review on the first call; a later call adds reviewers (a reviewed "
                    + "application goes back under review).")
    @APIResponse(responseCode = "200", description = "Under review",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "EntryApplication")))
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    public EntryApplicationResponse assignReviewers(@PathParam("id") long id, ReviewersRequest request) {
        requests.valid(request);
        return EntryApplicationResponse.of(entries.assignReviewers(id, request.version, request.reviewerIds));
    }

    @GET
    @Path("{id}/review")
    @Operation(operationId = "getEntryApplicationReview", summary = "The application's review and result",
            description = "Scores, declines, the average and the rank among the carrier's applications of the year.")
    @APIResponse(responseCode = "200", description = "The review",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Review")))
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    public ReviewResponse review(@PathParam("id") long id) {
        return ReviewResponse.of(entries.standing(id).orElseThrow(() -> new NotFoundException("Review", id)));
    }

    @POST
    @Path("{id}/decision")
    @RolesAllowed({Roles.LEADER, Roles.API_WRITE})
    @Operation(operationId = "decideEntryApplication", summary = "Approve or reject a reviewed application",
            description = "Irreversible; a rejection needs a reason. An approved application may then be let "
                    + "(POST /agreements with its applicationId).")
    @APIResponse(responseCode = "200", description = "Decided",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "EntryApplication")))
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    public EntryApplicationResponse decide(@PathParam("id") long id, DecisionRequest request) {
        requests.valid(request);
        return EntryApplicationResponse.of(entries.decide(id, request.version, request.approve, request.reason));
    }
}
