package cn.kejiju.workbench.project.api;

import cn.kejiju.workbench.platform.ApiResponses;
import cn.kejiju.workbench.platform.DayParameter;
import cn.kejiju.workbench.platform.FlagParameter;
import cn.kejiju.workbench.platform.PageParameters;
import cn.kejiju.workbench.platform.PageResponse;
import cn.kejiju.workbench.platform.RequestValidator;
import cn.kejiju.workbench.platform.UploadedParts;
import cn.kejiju.workbench.project.PlanFilter;
import cn.kejiju.workbench.project.PlanProject;
import cn.kejiju.workbench.project.PlanService;
import cn.kejiju.workbench.project.PlanStatus;
import cn.kejiju.workbench.project.ProjectDocument;
import cn.kejiju.workbench.review.api.ReviewResponse;
import cn.kejiju.workbench.security.Roles;
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
import java.time.LocalDate;

/**
 * The county's own plan (区/县级科技计划): applications to calls of county-level programmes, expert review, the
 * leader's decision within the call's budget (maker-checker), the public notice with objections, 立项, contract with
 * milestones, tranches, mid-term check, acceptance and 结题; the application's documents, attached while a draft.
 */
@ApplicationScoped
@RolesAllowed({Roles.SYSTEM_ADMIN, Roles.LEADER, Roles.COMMISSIONER_CLERK, Roles.INCUBATOR_CLERK,
        Roles.FINANCING_CLERK, Roles.PREPAREDNESS_CLERK, Roles.PROJECT_CLERK, Roles.VIEWER, Roles.API_READ})
@Path(CountyPlanResource.PATH)
@Tag(name = "County plan", description = "The county's own S&T plan: applications, review, decision, notice, contract")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
@APIResponse(responseCode = "401", ref = ApiResponses.UNAUTHORIZED)
@APIResponse(responseCode = "429", ref = ApiResponses.TOO_MANY_REQUESTS)
public class CountyPlanResource {

    static final String PATH = "projects/county-plan";
    private static final String DETAIL = "CountyPlanProject";

    @Inject
    PlanService plan;

    @Inject
    RequestValidator requests;

    @GET
    @Operation(operationId = "listCountyPlanProjects", summary = "List the county plan's projects",
            description = "Newest first (dir=asc for oldest), filtered and paged in the database; a county caller sees "
                    + "its county's only. overdue=true: under contract with a milestone, the mid-term check or the "
                    + "acceptance past due.")
    @APIResponse(responseCode = "200", description = "A page of projects",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "CountyPlanPage")))
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    public PlanPage list(
            @Parameter(description = "Zero-based page number") @QueryParam("page") @DefaultValue("0") int page,
            @Parameter(description = "Page size, 1 to 200") @QueryParam("size") @DefaultValue("20") int size,
            @Parameter(description = "desc (default) or asc") @QueryParam("dir") @DefaultValue("desc") String dir,
            @Parameter(description = "Only this county's projects") @QueryParam("countyId") Long countyId,
            @Parameter(description = "Only this call's") @QueryParam("callId") Long callId,
            @Parameter(description = "Only calls of this year") @QueryParam("year") Integer year,
            @QueryParam("status") PlanStatus status,
            @Parameter(description = "Only overdue projects",
                    schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
            @QueryParam("overdue") String overdue,
            @Parameter(description = "Part of the title or of the applicant's name") @QueryParam("q") String text,
            @Parameter(description = "Established (立项) from this day on (yyyy-mm-dd)")
            @QueryParam("establishedFrom") String establishedFrom,
            @Parameter(description = "Established by this day, inclusive (yyyy-mm-dd)")
            @QueryParam("establishedTo") String establishedTo,
            @Parameter(description = "A tranche paid (拨付) from this day on (yyyy-mm-dd)") @QueryParam("paidFrom") String paidFrom,
            @Parameter(description = "A tranche paid by this day, inclusive (yyyy-mm-dd)") @QueryParam("paidTo") String paidTo) {
        PageRequest request = PageParameters.of(page, size, null, dir);
        LocalDate today = plan.today();
        PlanFilter filter = new PlanFilter(countyId, callId, year, status, FlagParameter.parse(overdue, false, "overdue"),
                text, DayParameter.parse(establishedFrom, "establishedFrom"),
                DayParameter.parse(establishedTo, "establishedTo"), DayParameter.parse(paidFrom, "paidFrom"),
                DayParameter.parse(paidTo, "paidTo"));
        return PageResponse.of(plan.list(filter, request), p -> PlanRow.of(p, today), PlanPage::new);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getCountyPlanProject", summary = "Read one project with its whole story")
    @APIResponse(responseCode = "200", description = "The project",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = DETAIL)))
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    public PlanResponse get(@PathParam("id") long id) {
        return PlanResponse.of(plan.detail(id));
    }

    @GET
    @Path("{id}/review")
    @Operation(operationId = "getCountyPlanReview", summary = "The project's expert review and result",
            description = "Scores, declines, the average and the place among the call's projects in the county.")
    @APIResponse(responseCode = "200", description = "The review",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Review")))
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    public ReviewResponse review(@PathParam("id") long id) {
        return ReviewResponse.of(plan.standing(id).orElseThrow(() -> new NotFoundException("Review", id)));
    }

    @GET
    @Path("calls/{callId}/budget")
    @Operation(operationId = "getCountyPlanBudget", summary = "A county call's budget, committed grants and headroom")
    @APIResponse(responseCode = "200", description = "The budget",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "CountyPlanBudget")))
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    public PlanBudgetResponse budget(@PathParam("callId") long callId) {
        return PlanBudgetResponse.of(plan.budget(callId));
    }

    @GET
    @Path("calls/{callId}/ranking")
    @Operation(operationId = "getCountyPlanRanking", summary = "The ranking of a call's reviewed projects",
            description = "By the review's average, highest first, equal averages sharing a place; a city caller "
                    + "names the county (countyId, 422 without).")
    @APIResponse(responseCode = "200", description = "The ranking",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "CountyPlanRanking")))
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    public PlanRankingResponse ranking(@PathParam("callId") long callId, @QueryParam("countyId") Long countyId) {
        return new PlanRankingResponse(plan.ranking(callId, countyId).stream().map(PlanRankingResponse.Row::of)
                .toList());
    }

    @RolesAllowed({Roles.PROJECT_CLERK, Roles.API_WRITE})
    @POST
    @Operation(operationId = "createCountyPlanProject", summary = "Enter an application to the county plan (草稿)",
            description = "A call of a county-level programme, not closed; self-raised plus requested equal to the "
                    + "total, requested at most the call's cap (422 otherwise).")
    @APIResponse(responseCode = "201", description = "Entered; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = DETAIL)))
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    public Response create(PlanRequest request, @Context UriInfo uriInfo) {
        requests.valid(request);
        PlanProject created = plan.create(request.toDraft());
        URI location = uriInfo.getAbsolutePathBuilder().path(String.valueOf(created.getId())).build();
        return Response.created(location).entity(PlanResponse.of(plan.detail(created.getId()))).build();
    }

    @RolesAllowed({Roles.PROJECT_CLERK, Roles.API_WRITE})
    @PUT
    @Path("{id}")
    @Operation(operationId = "updateCountyPlanProject", summary = "Change an application while it is a draft",
            description = "Send the version you read; a stale one is refused with 409 and nothing changes.")
    @APIResponse(responseCode = "200", description = "Updated",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = DETAIL)))
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    public PlanResponse update(@PathParam("id") long id, PlanRequest request) {
        requests.valid(request);
        if (request.version == null) {
            throw new RuleViolationException("field.required", "version");
        }
        plan.revise(id, request.version, request.toDraft());
        return PlanResponse.of(plan.detail(id));
    }

    @RolesAllowed({Roles.PROJECT_CLERK, Roles.API_WRITE})
    @POST
    @Path("{id}/submit")
    @Operation(operationId = "submitCountyPlanProject", summary = "Submit the application (申报)",
            description = "While the call is open.")
    @APIResponse(responseCode = "200", description = "Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = DETAIL)))
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    public PlanResponse submit(@PathParam("id") long id, PlanActionRequest r) {
        requests.valid(r);
        plan.submit(id, r.version);
        return PlanResponse.of(plan.detail(id));
    }

    @RolesAllowed({Roles.PROJECT_CLERK, Roles.API_WRITE})
    @POST
    @Path("{id}/reviewers")
    @Operation(operationId = "assignCountyPlanReviewers", summary = "Assign expert reviewers (评审)",
            description = "reviewerIds: users with the role REVIEWER of the county or the city; the review is opened on the county plan's criteria on the first call.")
    @APIResponse(responseCode = "200", description = "Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = DETAIL)))
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    public PlanResponse reviewers(@PathParam("id") long id, PlanActionRequest r) {
        requests.valid(r);
        plan.assignReviewers(id, r.version, r.reviewerIds);
        return PlanResponse.of(plan.detail(id));
    }

    @RolesAllowed({Roles.LEADER, Roles.API_WRITE})
    @POST
    @Path("{id}/decision")
    @Operation(operationId = "decideCountyPlanProject", summary = "The leader's decision: 拟立项 with a grant or 不予立项 with the reason",
            description = "fund=true with grant (at most requested, the call's cap and the budget's headroom: 422 rule.project.plan.budgetExceeded names the headroom and the shortfall; decisions racing for the last of the budget succeed exactly as far as it goes) starts the public notice; fund=false needs reason. Refused with 422 (rule.project.plan.ownPreparation) to whoever prepared or submitted the application, the attempt audited.")
    @APIResponse(responseCode = "200", description = "Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = DETAIL)))
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    public PlanResponse decision(@PathParam("id") long id, PlanActionRequest r) {
        requests.valid(r);
        decide(id, r);
        return PlanResponse.of(plan.detail(id));
    }

    @RolesAllowed({Roles.PROJECT_CLERK, Roles.API_WRITE})
    @POST
    @Path("{id}/objections")
    @Operation(operationId = "recordCountyPlanObjection", summary = "Record an objection received during the public notice",
            description = "on (within the notice), objector, content.")
    @APIResponse(responseCode = "200", description = "Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = DETAIL)))
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    public PlanResponse objections(@PathParam("id") long id, PlanActionRequest r) {
        requests.valid(r);
        plan.object(id, r.version, r.on, r.objector, r.content);
        return PlanResponse.of(plan.detail(id));
    }

    @RolesAllowed({Roles.PROJECT_CLERK, Roles.API_WRITE})
    @POST
    @Path("{id}/establishment")
    @Operation(operationId = "establishCountyPlanProject", summary = "立项 once the public notice has ended",
            description = "422 while the notice runs or an objection is pending.")
    @APIResponse(responseCode = "200", description = "Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = DETAIL)))
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    public PlanResponse establishment(@PathParam("id") long id, PlanActionRequest r) {
        requests.valid(r);
        plan.establish(id, r.version);
        return PlanResponse.of(plan.detail(id));
    }

    @RolesAllowed({Roles.PROJECT_CLERK, Roles.API_WRITE})
    @POST
    @Path("{id}/contract")
    @Operation(operationId = "contractCountyPlanProject", summary = "Record the contract with its milestones",
            description = "on, midTermDue, acceptanceDue, milestones (description, dueOn after the signing, not after the acceptance).")
    @APIResponse(responseCode = "200", description = "Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = DETAIL)))
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    public PlanResponse contract(@PathParam("id") long id, PlanActionRequest r) {
        requests.valid(r);
        plan.contract(id, r.version, r.on, r.midTermDue, r.acceptanceDue, r.planned());
        return PlanResponse.of(plan.detail(id));
    }

    @RolesAllowed({Roles.PROJECT_CLERK, Roles.API_WRITE})
    @POST
    @Path("{id}/tranches")
    @Operation(operationId = "payCountyPlanTranche", summary = "Record a tranche paid (拨付)",
            description = "on and amount; never more in total than the grant (422, rule.project.tranche.aboveGrant, naming what is left).")
    @APIResponse(responseCode = "200", description = "Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = DETAIL)))
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    public PlanResponse tranches(@PathParam("id") long id, PlanActionRequest r) {
        requests.valid(r);
        plan.pay(id, r.version, r.on, r.amount, r.note);
        return PlanResponse.of(plan.detail(id));
    }

    @RolesAllowed({Roles.PROJECT_CLERK, Roles.API_WRITE})
    @POST
    @Path("{id}/mid-term")
    @Operation(operationId = "checkCountyPlanMidTerm", summary = "Record the mid-term check (中期检查)",
            description = "on and a note.")
    @APIResponse(responseCode = "200", description = "Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = DETAIL)))
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    public PlanResponse midTerm(@PathParam("id") long id, PlanActionRequest r) {
        requests.valid(r);
        plan.midTerm(id, r.version, r.on, r.note);
        return PlanResponse.of(plan.detail(id));
    }

    @RolesAllowed({Roles.PROJECT_CLERK, Roles.API_WRITE})
    @POST
    @Path("{id}/acceptance")
    @Operation(operationId = "acceptCountyPlanProject", summary = "Record the acceptance by experts (验收)",
            description = "on, experts (names), result PASSED, FAILED or DEFERRED (with acceptanceDue, once).")
    @APIResponse(responseCode = "200", description = "Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = DETAIL)))
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    public PlanResponse acceptance(@PathParam("id") long id, PlanActionRequest r) {
        requests.valid(r);
        plan.accept(id, r.version, r.on, r.result, r.experts, r.note, r.acceptanceDue);
        return PlanResponse.of(plan.detail(id));
    }

    @RolesAllowed({Roles.PROJECT_CLERK, Roles.API_WRITE})
    @POST
    @Path("{id}/closure")
    @Operation(operationId = "closeCountyPlanProject", summary = "结题 after a passed acceptance",
            description = "on and a note.")
    @APIResponse(responseCode = "200", description = "Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = DETAIL)))
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    public PlanResponse closure(@PathParam("id") long id, PlanActionRequest r) {
        requests.valid(r);
        plan.close(id, r.version, r.on, r.note);
        return PlanResponse.of(plan.detail(id));
    }

    @RolesAllowed({Roles.LEADER, Roles.API_WRITE})
    @POST
    @Path("{id}/objections/{index}/settlement")
    @Operation(operationId = "settleCountyPlanObjection", summary = "Settle an objection (the leader)",
            description = "upheld=true withdraws the decision to fund (撤销) and gives the grant back to the call's budget; answer required.")
    @APIResponse(responseCode = "200", description = "Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = DETAIL)))
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    public PlanResponse settle(@PathParam("id") long id, @PathParam("index") int index, PlanActionRequest r) {
        requests.valid(r);
        plan.settleObjection(id, r.version, index, Boolean.TRUE.equals(r.upheld), r.answer);
        return PlanResponse.of(plan.detail(id));
    }

    @RolesAllowed({Roles.PROJECT_CLERK, Roles.API_WRITE})
    @POST
    @Path("{id}/milestones/{index}/done")
    @Operation(operationId = "completeCountyPlanMilestone", summary = "Record a milestone reached",
            description = "on, not in the future.")
    @APIResponse(responseCode = "200", description = "Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = DETAIL)))
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    public PlanResponse milestoneDone(@PathParam("id") long id, @PathParam("index") int index, PlanActionRequest r) {
        requests.valid(r);
        plan.milestoneDone(id, r.version, index, r.on);
        return PlanResponse.of(plan.detail(id));
    }

    @GET
    @Path("{id}/documents")
    @Operation(operationId = "listCountyPlanDocuments", summary = "The application's documents",
            description = "Also for an expert assigned to the project's review.")
    @APIResponse(responseCode = "200", description = "The documents, without their bytes",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ProjectDocumentList")))
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @RolesAllowed({Roles.SYSTEM_ADMIN, Roles.LEADER, Roles.COMMISSIONER_CLERK, Roles.INCUBATOR_CLERK,
            Roles.FINANCING_CLERK, Roles.PREPAREDNESS_CLERK, Roles.PROJECT_CLERK, Roles.VIEWER, Roles.API_READ,
            Roles.REVIEWER})
    public ProjectDocumentResponse.Documents documents(@PathParam("id") long id) {
        return ProjectDocumentResponse.list(plan.documents(id), PATH, id);
    }

    @RolesAllowed({Roles.PROJECT_CLERK, Roles.API_WRITE})
    @POST
    @Path("{id}/documents")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(operationId = "attachCountyPlanDocument", summary = "Attach a document (申报材料)",
            description = "multipart/form-data with the part file: PDF, JPEG or PNG (decided by the first bytes), "
                    + "at most " + ProjectDocument.MAX_MEGABYTES + " MB, at most " + ProjectDocument.MAX_PER_APPLICATION
                    + " per application; only while the application is a draft (422, "
                    + "rule.project.plan.documentsLocked, once submitted).")
    @APIResponse(responseCode = "201", description = "Attached; Location names the download",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ProjectDocument")))
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    public Response attach(@PathParam("id") long id,
                           @Parameter(description = "The file") @FormParam("file") EntityPart file,
                           @Context UriInfo uriInfo) {
        ProjectDocument attached = plan.attach(id, UploadedParts.fileName(file), ProjectDocumentResponse.read(file));
        return ProjectDocumentResponse.created(attached, PATH, id, uriInfo);
    }

    @GET
    @Path("{id}/documents/{documentId}")
    @Produces(MediaType.WILDCARD)
    @Operation(operationId = "downloadCountyPlanDocument", summary = "Download a document",
            description = "The bytes as uploaded, with their detected Content-Type and the name in "
                    + "Content-Disposition; also for an expert assigned to the project's review.")
    @APIResponse(responseCode = "200", description = "The document",
            content = {
                @Content(mediaType = "image/jpeg"),
                @Content(mediaType = "image/png"),
                @Content(mediaType = "application/pdf")})
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @RolesAllowed({Roles.SYSTEM_ADMIN, Roles.LEADER, Roles.COMMISSIONER_CLERK, Roles.INCUBATOR_CLERK,
            Roles.FINANCING_CLERK, Roles.PREPAREDNESS_CLERK, Roles.PROJECT_CLERK, Roles.VIEWER, Roles.API_READ,
            Roles.REVIEWER})
    public Response download(@PathParam("id") long id, @PathParam("documentId") long documentId) {
        return ProjectDocumentResponse.download(plan.download(id, documentId));
    }

    @RolesAllowed({Roles.PROJECT_CLERK, Roles.API_WRITE})
    @DELETE
    @Path("{id}/documents/{documentId}")
    @Operation(operationId = "removeCountyPlanDocument", summary = "Remove a document",
            description = "Only while the application is a draft (422, rule.project.plan.documentsLocked).")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    public Response removeDocument(@PathParam("id") long id, @PathParam("documentId") long documentId) {
        plan.removeDocument(id, documentId);
        return Response.noContent().build();
    }

    private void decide(long id, PlanActionRequest r) {
        if (r.fund == null) {
            throw new RuleViolationException("field.required", "fund");
        }
        if (r.fund) {
            plan.approve(id, r.version, r.grant, r.note);
        } else {
            plan.reject(id, r.version, r.reason);
        }
    }
}
