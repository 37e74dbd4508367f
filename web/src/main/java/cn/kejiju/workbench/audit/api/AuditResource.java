package cn.kejiju.workbench.audit.api;

import cn.kejiju.workbench.platform.ApiResponses;
import cn.kejiju.workbench.audit.AuditAction;
import cn.kejiju.workbench.audit.AuditQuery;
import cn.kejiju.workbench.audit.AuditService;
import cn.kejiju.workbench.audit.ChainVerification;
import cn.kejiju.workbench.platform.PageResponse;
import cn.kejiju.workbench.security.Roles;
import cn.kejiju.workbench.shared.PageRequest;
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
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;

/** The audit trail for auditors: search it, verify its chain. Read only; there is nothing to write. */
@ApplicationScoped
@RolesAllowed(Roles.AUDITOR)
@Path("audit-entries")
@Tag(name = "Audit trail", description = "The tamper-evident audit trail (审计日志), for auditors")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
@APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
@APIResponse(responseCode = "401", ref = ApiResponses.UNAUTHORIZED)
@APIResponse(responseCode = "429", ref = ApiResponses.TOO_MANY_REQUESTS)
public class AuditResource {

    @Inject
    AuditService audit;

    @GET
    @Operation(operationId = "listAuditEntries", summary = "Search the audit trail",
            description = "Newest first, filtered and paged in the database. from and to are a day (yyyy-mm-dd; "
                    + "to includes that whole day) or a local time (yyyy-mm-ddThh:mm[:ss]; to excludes it).")
    @APIResponse(responseCode = "200", description = "A page of entries with the total the filter matches",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "AuditEntryPage")))
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    public AuditEntryPage list(
            @Parameter(description = "Zero-based page number") @QueryParam("page") @DefaultValue("0") int page,
            @Parameter(description = "Page size, 1 to 200") @QueryParam("size") @DefaultValue("20") int size,
            @Parameter(description = "User or token name, exactly") @QueryParam("actor") String actor,
            @Parameter(description = "From this day or time on") @QueryParam("from") String from,
            @Parameter(description = "Up to this day (inclusive) or time (exclusive)") @QueryParam("to") String to,
            @QueryParam("action") AuditAction action,
            @Parameter(description = "Record type, e.g. Enterprise") @QueryParam("recordType") String recordType,
            @Parameter(description = "Record id; with recordType, the history of one record") @QueryParam("recordId") String recordId) {
        AuditQuery query = new AuditQuery(actor, time(from, "from", false), time(to, "to", true), action,
                recordType, recordId);
        return PageResponse.of(audit.search(query, PageRequest.of(page, size)), AuditEntryResponse::of, AuditEntryPage::new);
    }

    @GET
    @Path("verification")
    @Operation(operationId = "verifyAuditChain", summary = "Verify the audit chain",
            description = "Recomputes every entry's hash and follows the links from the first entry (or from "
                    + "fromSeq, taking that entry's link on trust) to the chain head; reports the first altered or "
                    + "missing entry.")
    @APIResponse(responseCode = "200", description = "The outcome; valid is false when the chain is broken",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ChainVerification")))
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    public ChainVerificationResponse verification(
            @Parameter(description = "Start at this sequence number instead of the first") @QueryParam("fromSeq") Long fromSeq) {
        ChainVerification result = fromSeq == null ? audit.verify() : audit.verify(fromSeq);
        return ChainVerificationResponse.of(result);
    }

    /**
     * A day or a local time of a query parameter; a day as the end of a range means the end of that
     * day.
     */
    static LocalDateTime time(String text, String field, boolean end) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        try {
            if (value.length() == 10) {
                LocalDate day = LocalDate.parse(value);
                return end ? day.plusDays(1).atStartOfDay() : day.atStartOfDay();
            }
            return LocalDateTime.parse(value);
        } catch (DateTimeParseException e) {
            throw new RuleViolationException("audit.timeFormat", field);
        }
    }
}
