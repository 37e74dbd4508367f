package cn.kejiju.workbench.financing.api;

import cn.kejiju.workbench.financing.ClassificationBands;
import cn.kejiju.workbench.financing.Loan;
import cn.kejiju.workbench.financing.LoanFilter;
import cn.kejiju.workbench.financing.LoanService;
import cn.kejiju.workbench.financing.LoanStanding;
import cn.kejiju.workbench.financing.LoanStatus;
import cn.kejiju.workbench.financing.MoneyKeys;
import cn.kejiju.workbench.financing.RecoveryService;
import cn.kejiju.workbench.platform.ApiResponses;
import cn.kejiju.workbench.platform.DayParameter;
import cn.kejiju.workbench.platform.PageParameters;
import cn.kejiju.workbench.platform.PageResponse;
import cn.kejiju.workbench.platform.RequestValidator;
import cn.kejiju.workbench.security.Roles;
import cn.kejiju.workbench.shared.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.time.LocalDate;

/**
 * Loans under the guarantees in force, with their instalment tables; repayments; the guarantor's compensation
 * (代偿), recoveries (追偿) and the write-off of the rest (maker-checker). The POSTs that move money accept an
 * {@code Idempotency-Key}: a retry with the same key and body answers the first result (header
 * {@code Idempotent-Replayed: true}) and moves nothing; the same key with another body is refused (422).
 */
@ApplicationScoped
@RolesAllowed({Roles.SYSTEM_ADMIN, Roles.LEADER, Roles.COMMISSIONER_CLERK, Roles.INCUBATOR_CLERK,
        Roles.FINANCING_CLERK, Roles.PREPAREDNESS_CLERK, Roles.PROJECT_CLERK, Roles.VIEWER, Roles.API_READ})
@Path("financing/loans")
@Tag(name = "Financing loans", description = "Loans with their schedules, repayments, compensations, recoveries and write-offs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
@APIResponse(responseCode = "401", ref = ApiResponses.UNAUTHORIZED)
@APIResponse(responseCode = "429", ref = ApiResponses.TOO_MANY_REQUESTS)
public class FinancingLoanResource {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    static final String REPLAYED = "Idempotent-Replayed";
    private static final String DETAIL = "Loan";
    private static final String KEY_DESCRIPTION = "Any 1 to 100 visible ASCII characters, unique per request: a retry "
            + "with the same key and body answers the first result and moves no money again; the same key with another "
            + "body is refused with 422 (rule.financing.idempotency.mismatch), and while the first request with it runs, "
            + "409 (conflict.financing.idempotency.inFlight).";

    @Inject
    LoanService loans;

    @Inject
    RecoveryService recoveries;

    @Inject
    RequestValidator requests;

    @GET
    @Operation(operationId = "listLoans", summary = "List loans with how they stand today",
            description = "Newest disbursement first (dir=asc for oldest), filtered and paged in the database; a county "
                    + "caller sees its county's only. Each row has what is owed and overdue, the days past due and the "
                    + "five-category classification (NORMAL 正常, SPECIAL_MENTION 关注, SUBSTANDARD 次级, DOUBTFUL 可疑, "
                    + "LOSS 损失) by the configured day bands.")
    @APIResponse(responseCode = "200", description = "A page of loans",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "LoanPage")))
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    public LoanPage list(
            @Parameter(description = "Zero-based page number") @QueryParam("page") @DefaultValue("0") int page,
            @Parameter(description = "Page size, 1 to 200") @QueryParam("size") @DefaultValue("20") int size,
            @Parameter(description = "disbursedOn (the only sort)") @QueryParam("sort") String sort,
            @Parameter(description = "desc (default) or asc") @QueryParam("dir") @DefaultValue("desc") String dir,
            @Parameter(description = "The cursor `next` of the previous page") @QueryParam("after") String after,
            @Parameter(description = "Only this county's loans") @QueryParam("countyId") Long countyId,
            @QueryParam("status") LoanStatus status,
            @Parameter(description = "Only this guarantee company's") @QueryParam("guarantorId") Long guarantorId,
            @Parameter(description = "Only this application's") @QueryParam("applicationId") Long applicationId,
            @Parameter(description = "Part of the enterprise's name") @QueryParam("q") String text,
            @Parameter(description = "Compensated (代偿 paid) from this day on (yyyy-mm-dd)") @QueryParam("compensatedFrom") String compensatedFrom,
            @Parameter(description = "Compensated by this day, inclusive (yyyy-mm-dd)") @QueryParam("compensatedTo") String compensatedTo) {
        PageRequest request = PageParameters.of(page, size, sort, dir, after);
        ClassificationBands bands = loans.bands();
        LocalDate today = loans.today();
        LoanFilter filter = new LoanFilter(countyId, status, guarantorId, applicationId, text,
                DayParameter.parse(compensatedFrom, "compensatedFrom"), DayParameter.parse(compensatedTo, "compensatedTo"));
        return PageResponse.of(loans.list(filter, request),
                (Loan l) -> LoanRow.of(l, LoanStanding.of(l, today, bands)), LoanPage::new);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getLoan", summary = "Read a loan with its schedule, repayments and compensation")
    @APIResponse(responseCode = "200", description = "The loan",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = DETAIL)))
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    public LoanResponse get(@PathParam("id") long id) {
        return LoanResponse.of(loans.detail(id));
    }

    @RolesAllowed({Roles.FINANCING_CLERK, Roles.API_WRITE})
    @POST
    @Operation(operationId = "disburseLoan", summary = "Record a loan disbursed under an approved guarantee",
            description = "The instalment table is generated exactly with the settings' rounding mode, the last "
                    + "instalment taking the rounding so that the principals add up to the fen. One loan per guarantee "
                    + "(409 for a second).")
    @APIResponse(responseCode = "201", description = "Disbursed; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = DETAIL)))
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    public Response disburse(LoanRequest request, @Context UriInfo uriInfo) {
        requests.valid(request);
        Loan loan = loans.disburse(request.applicationId, request.toTerms());
        URI location = uriInfo.getAbsolutePathBuilder().path(String.valueOf(loan.getId())).build();
        return Response.created(location).entity(LoanResponse.of(loans.detail(loan.getId()))).build();
    }

    @GET
    @Path("{id}/repayments/{repaymentId}")
    @Operation(operationId = "getRepayment", summary = "Read a repayment of the loan")
    @APIResponse(responseCode = "200", description = "The repayment",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Repayment")))
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    public RepaymentResponse repayment(@PathParam("id") long id, @PathParam("repaymentId") long repaymentId) {
        return RepaymentResponse.of(loans.repayment(id, repaymentId), id);
    }

    @RolesAllowed({Roles.FINANCING_CLERK, Roles.API_WRITE})
    @POST
    @Path("{id}/repayments")
    @Operation(operationId = "repayLoan", summary = "Record a repayment (partial, late or early)",
            description = "Pays what is due by the day first, from the oldest instalment, each one's interest before "
                    + "its principal. The rest is an early repayment of principal, as POST prepayments: the "
                    + "instalments nothing was paid on are generated again for the principal left (no interest is "
                    + "paid ahead) and the repayment is marked early. More than what is due plus the principal left "
                    + "is refused with 422 naming that amount (rule.financing.repayment.exceeds).")
    @APIResponse(responseCode = "201", description = "Recorded (or, for a retry with the same key, the first one); "
            + "Location names it", headers = @Header(name = REPLAYED,
                    description = "true when this answer repeats the first result of the key",
                    schema = @Schema(type = SchemaType.BOOLEAN)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Repayment")))
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    public Response repay(@PathParam("id") long id, MoneyRequest request,
                          @Parameter(description = KEY_DESCRIPTION) @HeaderParam(IDEMPOTENCY_KEY) String key,
                          @Context UriInfo uriInfo) {
        requests.valid(request);
        MoneyKeys.Outcome outcome = loans.repay(id, request.amount, request.on, key);
        URI location = uriInfo.getAbsolutePathBuilder().path(String.valueOf(outcome.id())).build();
        return created(location, RepaymentResponse.of(loans.repayment(id, outcome.id()), id), outcome);
    }

    @RolesAllowed({Roles.FINANCING_CLERK, Roles.API_WRITE})
    @POST
    @Path("{id}/prepayments")
    @Operation(operationId = "prepayLoan", summary = "Record an early repayment of principal (提前还款)",
            description = "What has fallen due by the day must be paid first (422 rule.financing.prepayment.dueFirst, "
                    + "naming it). The amount, at most the principal of the instalments nothing has been paid on "
                    + "(422 rule.financing.prepayment.exceeds), reduces that principal and those instalments are "
                    + "generated again over the same due dates by the loan's method and rounding mode, the last "
                    + "taking the rounding; paid instalments stay. Answers the repayment (early: true); the loan's "
                    + "schedule shows the new instalments.")
    @APIResponse(responseCode = "201", description = "Recorded (or, for a retry with the same key, the first one); "
            + "Location names it as a repayment", headers = @Header(name = REPLAYED,
                    description = "true when this answer repeats the first result of the key",
                    schema = @Schema(type = SchemaType.BOOLEAN)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Repayment")))
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    public Response prepay(@PathParam("id") long id, MoneyRequest request,
                           @Parameter(description = KEY_DESCRIPTION) @HeaderParam(IDEMPOTENCY_KEY) String key,
                           @Context UriInfo uriInfo) {
        requests.valid(request);
        MoneyKeys.Outcome outcome = loans.prepay(id, request.amount, request.on, key);
        URI location = uriInfo.getBaseUriBuilder().path("financing/loans/{id}/repayments/{repaymentId}")
                .build(id, outcome.id());
        return created(location, RepaymentResponse.of(loans.repayment(id, outcome.id()), id), outcome);
    }

    @GET
    @Path("{id}/compensation")
    @Operation(operationId = "getCompensation", summary = "Read the loan's compensation with its recoveries")
    @APIResponse(responseCode = "200", description = "The compensation",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Compensation")))
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    public CompensationResponse compensation(@PathParam("id") long id) {
        return compensationOf(id);
    }

    @RolesAllowed({Roles.FINANCING_CLERK, Roles.API_WRITE})
    @POST
    @Path("{id}/compensation")
    @Operation(operationId = "compensateLoan", summary = "Record the guarantor's compensation of the bank (代偿)",
            description = "Only for a loan past due on the day of payment, at most what is owed (422); the loan is then "
                    + "COMPENSATED.")
    @APIResponse(responseCode = "201", description = "Recorded (or, for a retry with the same key, the first one)",
            headers = @Header(name = REPLAYED,
                    description = "true when this answer repeats the first result of the key",
                    schema = @Schema(type = SchemaType.BOOLEAN)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Compensation")))
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    public Response compensate(@PathParam("id") long id, MoneyRequest request,
                               @Parameter(description = KEY_DESCRIPTION) @HeaderParam(IDEMPOTENCY_KEY) String key,
                               @Context UriInfo uriInfo) {
        requests.valid(request);
        MoneyKeys.Outcome outcome = recoveries.compensate(id, request.amount, request.on, key);
        return created(uriInfo.getAbsolutePath(), compensationOf(id), outcome);
    }

    @GET
    @Path("{id}/recoveries/{recoveryId}")
    @Operation(operationId = "getRecovery", summary = "Read a recovery of the loan's compensation")
    @APIResponse(responseCode = "200", description = "The recovery",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Recovery")))
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    public RecoveryResponse recovery(@PathParam("id") long id, @PathParam("recoveryId") long recoveryId) {
        return RecoveryResponse.of(recoveries.recovery(id, recoveryId), id);
    }

    @RolesAllowed({Roles.FINANCING_CLERK, Roles.API_WRITE})
    @POST
    @Path("{id}/recoveries")
    @Operation(operationId = "recoverCompensation", summary = "Record an amount recovered (追偿)",
            description = "Refused with 422 (rule.financing.recovery.cap) naming the compensation still outstanding if "
                    + "it would exceed it; recoveries of one loan are served one after the other (row lock).")
    @APIResponse(responseCode = "201", description = "Recorded (or, for a retry with the same key, the first one)",
            headers = @Header(name = REPLAYED,
                    description = "true when this answer repeats the first result of the key",
                    schema = @Schema(type = SchemaType.BOOLEAN)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Recovery")))
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    public Response recover(@PathParam("id") long id, MoneyRequest request,
                            @Parameter(description = KEY_DESCRIPTION) @HeaderParam(IDEMPOTENCY_KEY) String key,
                            @Context UriInfo uriInfo) {
        requests.valid(request);
        MoneyKeys.Outcome outcome = recoveries.recover(id, request.amount, request.on, key);
        URI location = uriInfo.getAbsolutePathBuilder().path(String.valueOf(outcome.id())).build();
        return created(location, RecoveryResponse.of(recoveries.recovery(id, outcome.id()), id), outcome);
    }

    @RolesAllowed({Roles.FINANCING_CLERK, Roles.API_WRITE})
    @POST
    @Path("{id}/write-off")
    @Operation(operationId = "prepareWriteOff", summary = "Prepare the write-off of the compensation still outstanding",
            description = "With reasons, for a leader; recoveries wait until it is decided.")
    @APIResponse(responseCode = "200", description = "Awaiting a leader",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Compensation")))
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    public CompensationResponse prepareWriteOff(@PathParam("id") long id, WriteOffRequest request) {
        requests.valid(request);
        recoveries.prepareWriteOff(id, request.version, request.reasons);
        return compensationOf(id);
    }

    @RolesAllowed({Roles.LEADER, Roles.API_WRITE})
    @POST
    @Path("{id}/write-off/approval")
    @Operation(operationId = "approveWriteOff", summary = "Approve the prepared write-off",
            description = "Not by its preparer (422 rule.financing.writeOff.ownPreparation, audited).")
    @APIResponse(responseCode = "200", description = "Written off",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Compensation")))
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    public CompensationResponse approveWriteOff(@PathParam("id") long id, WriteOffRequest request) {
        requests.valid(request);
        recoveries.approveWriteOff(id, request.version);
        return compensationOf(id);
    }

    @RolesAllowed({Roles.LEADER, Roles.API_WRITE})
    @POST
    @Path("{id}/write-off/rejection")
    @Operation(operationId = "rejectWriteOff", summary = "Reject the prepared write-off: recovery goes on",
            description = "Not by its preparer (422).")
    @APIResponse(responseCode = "200", description = "Rejected",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Compensation")))
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    public CompensationResponse rejectWriteOff(@PathParam("id") long id, WriteOffRequest request) {
        requests.valid(request);
        recoveries.rejectWriteOff(id, request.version);
        return compensationOf(id);
    }

    private CompensationResponse compensationOf(long id) {
        RecoveryService.CompensationDetail detail = recoveries.compensationDetail(id);
        return CompensationResponse.of(detail.compensation(), id, detail.recoveries());
    }

    private static Response created(URI location, Object body, MoneyKeys.Outcome outcome) {
        Response.ResponseBuilder response = Response.created(location).entity(body);
        if (outcome.replayed()) {
            response.header(REPLAYED, "true");
        }
        return response.build();
    }
}
