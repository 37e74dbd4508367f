package cn.kejiju.workbench.audit.pages;

import cn.kejiju.workbench.audit.AuditAction;
import cn.kejiju.workbench.audit.AuditEntry;
import cn.kejiju.workbench.audit.AuditEvent;
import cn.kejiju.workbench.audit.AuditQuery;
import cn.kejiju.workbench.audit.AuditService;
import cn.kejiju.workbench.audit.AuditTrail;
import cn.kejiju.workbench.audit.ChainVerification;
import cn.kejiju.workbench.platform.PageMessages;
import cn.kejiju.workbench.platform.PagedRows;
import cn.kejiju.workbench.shared.RuleViolationException;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.component.export.ExcelOptions;

import java.io.Serializable;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * The audit log ({@code audit/list.xhtml}): the auditor searches by user, days, action and record,
 * newest first, paged in the database; exports what the search finds to Excel; and verifies the hash
 * chain. The criteria can also come from the address ({@code ?actor=…&action=…&recordType=…&recordId=…}).
 * Whoever is not an auditor sees a notice instead, and the attempt is recorded as denied access.
 */
@Named
@ViewScoped
public class AuditListPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Client id of the table, reset to its first page when the criteria change. */
    static final String TABLE = "listForm:entries";
    /** The name under which faces-config.xml registers the audit bundle. */
    static final String BUNDLE = "auditMsg";
    static final String VIEW = "/audit/list.xhtml";
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Inject
    AuditService auditService;

    @Inject
    AuditTrail auditTrail;

    @Inject
    PageMessages messages;

    @Inject
    Clock clock;

    private String actor;
    private LocalDate from;
    private LocalDate to;
    private AuditAction action;
    private String recordType;
    private String recordId;

    /** The criteria the table shows: those of the last valid search. */
    private Criteria applied = Criteria.NONE;
    private boolean permitted;
    private long entryCount;
    private Verification verification;

    private final PagedRows<Row> rows = PagedRows.opening(Row::getSeq, () -> {
        AuditQuery query = applied.toQuery();
        Labels labels = new Labels(FacesContext.getCurrentInstance());
        return request -> auditService.search(query, request).map(entry -> new Row(entry, labels));
    }, () -> auditService.count(applied.toQuery())).unsorted();

    /** Asks the auditor's service for the chain head: whoever may not read the trail is turned away here. */
    @PostConstruct
    void checkAccess() {
        try {
            entryCount = auditService.head().getSeq();
            permitted = true;
        } catch (EJBAccessException e) {
            permitted = false;
            auditTrail.recordIndependently(AuditEvent.of(AuditAction.ACCESS_DENIED)
                    .record("AuditEntry", null).detail(VIEW).build());
        }
    }

    /** Takes the criteria of the address, when they make a valid search. */
    public void applyAddress() {
        Criteria criteria = criteria();
        if (criteria.isValid()) {
            applied = criteria;
        }
    }

    /** Applies the criteria of the filter bar, starting again from the first page. */
    public void search() {
        Criteria criteria = criteria();
        try {
            criteria.toQuery();
        } catch (RuleViolationException e) {
            messages.show(e, "filters:" + e.field());
            return;
        }
        applied = criteria;
        PagedRows.firstPage(TABLE);
    }

    /** Clears every criterion. */
    public void reset() {
        actor = null;
        from = null;
        to = null;
        action = null;
        recordType = null;
        recordId = null;
        applied = Criteria.NONE;
        PagedRows.firstPage(TABLE);
    }

    /** Checks the whole chain and keeps the outcome for the page to show. */
    public void verify() {
        verification = new Verification(auditService.verify(), MOMENT.format(LocalDateTime.now(clock)));
    }

    private Criteria criteria() {
        return new Criteria(actor, from, to, action, recordType, recordId);
    }

    public boolean isPermitted() {
        return permitted;
    }

    /** How many entries the trail holds (the head's sequence number when the page was opened). */
    public long getEntryCount() {
        return entryCount;
    }

    public Verification getVerification() {
        return verification;
    }

    public PagedRows<Row> getRows() {
        return rows;
    }

    /** Every cell of the export as text: sequence numbers and division codes are not amounts. */
    public ExcelOptions getExportOptions() {
        ExcelOptions options = new ExcelOptions();
        options.setStronglyTypedCells(false);
        return options;
    }

    public AuditAction[] getActions() {
        return AuditAction.values();
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public AuditAction getAction() {
        return action;
    }

    public void setAction(AuditAction action) {
        this.action = action;
    }

    public String getRecordType() {
        return recordType;
    }

    public void setRecordType(String recordType) {
        this.recordType = recordType;
    }

    public String getRecordId() {
        return recordId;
    }

    public void setRecordId(String recordId) {
        this.recordId = recordId;
    }

    /** Search criteria as entered: whole days, the last one included. */
    private record Criteria(String actor, LocalDate from, LocalDate to, AuditAction action, String recordType,
                            String recordId) implements Serializable {

        static final Criteria NONE = new Criteria(null, null, null, null, null, null);

        AuditQuery toQuery() {
            return new AuditQuery(actor, from == null ? null : from.atStartOfDay(),
                    to == null ? null : to.plusDays(1).atStartOfDay(), action, recordType, recordId);
        }

        boolean isValid() {
            return from == null || to == null || !to.isBefore(from);
        }
    }

    /** The outcome of a verification, as the page shows it (Faces 4 reads properties, not record components). */
    public static final class Verification implements Serializable {

        private static final long serialVersionUID = 1L;

        private final boolean valid;
        private final long entriesChecked;
        private final Long firstBrokenSeq;
        private final ChainVerification.Problem problem;
        private final long lastSeq;
        private final String lastHash;
        private final String checkedAt;

        Verification(ChainVerification result, String checkedAt) {
            this.valid = result.valid();
            this.entriesChecked = result.entriesChecked();
            this.firstBrokenSeq = result.firstBrokenSeq();
            this.problem = result.problem();
            this.lastSeq = result.lastSeq();
            this.lastHash = result.lastHash();
            this.checkedAt = checkedAt;
        }

        public boolean isValid() {
            return valid;
        }

        public long getEntriesChecked() {
            return entriesChecked;
        }

        public Long getFirstBrokenSeq() {
            return firstBrokenSeq;
        }

        public ChainVerification.Problem getProblem() {
            return problem;
        }

        public long getLastSeq() {
            return lastSeq;
        }

        /** Worth noting down: the next verification can show that the chain still extends it. */
        public String getLastHash() {
            return lastHash;
        }

        public String getCheckedAt() {
            return checkedAt;
        }
    }

    /** Names of record types and fields in the page's language; the stored name where the bundle has none. */
    static final class Labels {

        private final ResourceBundle bundle;

        Labels(FacesContext context) {
            this.bundle = context.getApplication().getResourceBundle(context, BUNDLE);
        }

        String recordType(String type) {
            return type == null ? null : optional("audit.recordType." + type, type);
        }

        String field(String type, String field) {
            return optional("audit.field." + type + "." + field, field);
        }

        String text(String key, Object... arguments) {
            return MessageFormat.format(bundle.getString(key), arguments);
        }

        private String optional(String key, String fallback) {
            return bundle.containsKey(key) ? bundle.getString(key) : fallback;
        }
    }

    /**
     * One changed field as shown: its label and the values before and after (personal ones masked),
     * {@code null} where the field had no value.
     */
    public static final class Change implements Serializable {

        private static final long serialVersionUID = 1L;

        private final String label;
        private final String before;
        private final String after;

        Change(String label, String before, String after) {
            this.label = label;
            this.before = before;
            this.after = after;
        }

        public String getLabel() {
            return label;
        }

        public String getBefore() {
            return before;
        }

        public String getAfter() {
            return after;
        }
    }

    /** One line of the log. */
    public static final class Row implements Serializable {

        private static final long serialVersionUID = 1L;

        private final long seq;
        private final String occurredAt;
        private final String actor;
        private final String jurisdictionCode;
        private final AuditAction action;
        private final String recordType;
        private final String recordId;
        private final List<Change> changes;
        private final String changesText;
        private final String detail;

        Row(AuditEntry entry, Labels labels) {
            this.seq = entry.getSeq();
            this.occurredAt = MOMENT.format(entry.getOccurredAt());
            this.actor = entry.getActor();
            this.jurisdictionCode = entry.getJurisdictionCode();
            this.action = entry.getAction();
            this.recordType = labels.recordType(entry.getRecordType());
            this.recordId = entry.getRecordId();
            this.changes = entry.getChanges().stream()
                    .map(change -> new Change(labels.field(entry.getRecordType(), change.field()),
                            change.before(), change.after()))
                    .toList();
            String empty = labels.text("audit.change.empty");
            this.changesText = changes.stream()
                    .map(change -> labels.text("audit.change.text", change.getLabel(),
                            change.getBefore() == null ? empty : change.getBefore(),
                            change.getAfter() == null ? empty : change.getAfter()))
                    .collect(Collectors.joining(labels.text("audit.change.separator")));
            this.detail = entry.getDetail();
        }

        public long getSeq() {
            return seq;
        }

        /** Bureau time, to the second. */
        public String getOccurredAt() {
            return occurredAt;
        }

        public String getActor() {
            return actor;
        }

        public String getJurisdictionCode() {
            return jurisdictionCode;
        }

        public AuditAction getAction() {
            return action;
        }

        /** How the action's tag looks: refusals stand out, deletions draw attention. */
        public String getSeverity() {
            return switch (action) {
                case LOGIN_FAILURE, LOCKOUT, ACCESS_DENIED, TOKEN_REJECTED -> "danger";
                case DELETE, TOKEN_REVOKED -> "warning";
                default -> "info";
            };
        }

        /** The record type's name in the page's language. */
        public String getRecordType() {
            return recordType;
        }

        public String getRecordId() {
            return recordId;
        }

        public List<Change> getChanges() {
            return changes;
        }

        /** The changes in one line, for the export: "名称: 旧 → 新；…". */
        public String getChangesText() {
            return changesText;
        }

        public String getDetail() {
            return detail;
        }
    }
}
