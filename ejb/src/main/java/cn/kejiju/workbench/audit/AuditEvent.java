package cn.kejiju.workbench.audit;

import cn.kejiju.workbench.jurisdiction.Jurisdiction;

import java.util.List;
import java.util.Objects;

/**
 * What happened, as a service tells the audit trail: the action, the record it concerns (type and
 * id), the division the record belongs to, the changed fields and a short detail (a reason, a
 * path). The actor is normally left out: the trail takes the logged-in caller. An event names the
 * actor only when the caller is not who acted, e.g. a failed login names the user name tried.
 *
 * <pre>{@code
 * auditTrail.recordIndependently(AuditEvent.of(AuditAction.LOGIN_FAILURE)
 *         .actor(userName).record("User", userId).detail("bad password").build());
 * auditTrail.record(AuditEvent.updated("User", user.getId(), before, UserDraft.of(user))
 *         .jurisdiction(user.getJurisdiction()).build());
 * }</pre>
 */
public record AuditEvent(
        AuditAction action,
        String actor,
        String recordType,
        String recordId,
        String jurisdictionCode,
        List<FieldChange> changes,
        String detail) {

    /** The actor of what the application does by itself (timers, start-up). */
    public static final String SYSTEM = "system";
    /** The actor when nobody is logged in. */
    public static final String ANONYMOUS = "anonymous";

    public AuditEvent {
        Objects.requireNonNull(action, "action");
        changes = changes == null ? List.of() : List.copyOf(changes);
    }

    public static Builder of(AuditAction action) {
        return new Builder(action);
    }

    /** A record was created: every field with a value, as after. */
    public static <R extends Record> Builder created(String recordType, Object recordId, R state) {
        return of(AuditAction.CREATE).record(recordType, recordId).changes(RecordDiffer.diff(null, state));
    }

    /** A record was changed: the fields that differ between the two states. */
    public static <R extends Record> Builder updated(String recordType, Object recordId, R before, R after) {
        return of(AuditAction.UPDATE).record(recordType, recordId).changes(RecordDiffer.diff(before, after));
    }

    /** A record was deleted: every field it had, as before. */
    public static <R extends Record> Builder deleted(String recordType, Object recordId, R state) {
        return of(AuditAction.DELETE).record(recordType, recordId).changes(RecordDiffer.diff(state, null));
    }

    /** Builds an event; everything but the action is optional. */
    public static final class Builder {

        private final AuditAction action;
        private String actor;
        private String recordType;
        private String recordId;
        private String jurisdictionCode;
        private List<FieldChange> changes = List.of();
        private String detail;

        private Builder(AuditAction action) {
            this.action = Objects.requireNonNull(action, "action");
        }

        /** Who acted, when it is not the logged-in caller (e.g. the user name of a failed login). */
        public Builder actor(String name) {
            this.actor = name;
            return this;
        }

        /** The application itself acted (a timer, start-up): the actor is {@value AuditEvent#SYSTEM}. */
        public Builder bySystem() {
            return actor(SYSTEM);
        }

        public Builder record(String type, Object id) {
            this.recordType = type;
            this.recordId = id == null ? null : String.valueOf(id);
            return this;
        }

        /** The 12-digit code of the division the record belongs to. */
        public Builder jurisdiction(String code) {
            this.jurisdictionCode = code;
            return this;
        }

        /** The division the record belongs to; none for {@code null}. */
        public Builder jurisdiction(Jurisdiction jurisdiction) {
            return jurisdiction(jurisdiction == null ? null : jurisdiction.getCode());
        }

        public Builder changes(List<FieldChange> fieldChanges) {
            this.changes = fieldChanges;
            return this;
        }

        /** A short text, e.g. the reason of a refusal or the path that was denied; at most 500 characters. */
        public Builder detail(String text) {
            this.detail = text;
            return this;
        }

        public AuditEvent build() {
            return new AuditEvent(action, actor, recordType, recordId, jurisdictionCode, changes, detail);
        }
    }
}
