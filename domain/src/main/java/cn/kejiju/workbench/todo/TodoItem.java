package cn.kejiju.workbench.todo;

import cn.kejiju.workbench.shared.RuleViolationException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * One thing a role (or one user of it, the addressee) must attend to about one record. It is raised from a {@link TodoDraft}, may be
 * {@linkplain #update updated} while open (new message arguments, another due date, link, county or
 * role, addressee), and is {@linkplain #resolve resolved} once, after which it never changes again. What it is
 * about (kind, record type and id) never changes. While it is open its {@code openKey} is the
 * subject, so the database's unique key allows one open item per kind and record.
 */
@Entity
@Table(name = "todo_item")
@NamedQuery(name = "TodoItem.openBySubject",
        query = "select t from TodoItem t where t.openKey = :subject")
@NamedQuery(name = "TodoItem.openByRecord",
        query = "select t from TodoItem t where t.recordType = :recordType and t.recordId = :recordId"
                + " and t.resolvedAt is null")
@NamedQuery(name = "TodoItem.openByKindPrefix",
        query = "select t from TodoItem t where t.kind like :prefix escape '\\' and t.resolvedAt is null")
public class TodoItem {

    @Id
    @SequenceGenerator(name = "todo_item_seq", sequenceName = "todo_item_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "todo_item_seq")
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, length = TodoDraft.KIND_MAX)
    private String kind;

    @Column(name = "record_type", nullable = false, length = TodoDraft.RECORD_TYPE_MAX)
    private String recordType;

    @Column(name = "record_id", nullable = false, length = TodoDraft.RECORD_ID_MAX)
    private String recordId;

    /** The county, or null: a city-level item. A plain id, so that lists never load divisions. */
    @Column(name = "county_id")
    private Long countyId;

    @Column(nullable = false, length = 32)
    private String role;

    @Column(name = "message_key", nullable = false, length = TodoDraft.MESSAGE_KEY_MAX)
    private String messageKey;

    @Column(nullable = false, length = TodoDraft.ARGUMENTS_MAX)
    private String arguments;

    @Column(length = TodoDraft.LINK_MAX)
    private String link;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Column(name = "raised_at", nullable = false)
    private LocalDateTime raisedAt;

    @Column(name = "resolved_at")
    private LocalDateTime resolvedAt;

    /** The one user who sees it (a user name), or null: every holder of the role in the county. */
    @Column(length = TodoDraft.ADDRESSEE_MAX)
    private String addressee;

    @Column(name = "open_key", length = 190)
    private String openKey;

    protected TodoItem() {
        // for JPA
    }

    /** A new open item, raised now. */
    public TodoItem(TodoDraft draft, Clock clock) {
        Objects.requireNonNull(draft, "draft");
        this.kind = draft.kind();
        this.recordType = draft.recordType();
        this.recordId = draft.recordId();
        this.raisedAt = LocalDateTime.now(clock);
        this.openKey = draft.subject();
        apply(draft);
    }

    /**
     * Brings an open item up to date with what its module reports now. Returns whether anything
     * changed (an unchanged item is not written again).
     */
    public boolean update(TodoDraft draft) {
        Objects.requireNonNull(draft, "draft");
        if (!draft.subject().equals(subject())) {
            throw new IllegalArgumentException("draft " + draft.subject() + " is not about item " + subject());
        }
        if (!isOpen()) {
            throw new RuleViolationException("todo.resolved", null, kind, recordType, recordId);
        }
        boolean changed = !Objects.equals(countyId, draft.countyId()) || !role.equals(draft.role())
                || !messageKey.equals(draft.messageKey()) || !arguments().equals(draft.arguments())
                || !Objects.equals(link, draft.link()) || !Objects.equals(dueOn, draft.dueOn())
                || !Objects.equals(addressee, draft.addressee());
        if (changed) {
            apply(draft);
        }
        return changed;
    }

    private void apply(TodoDraft draft) {
        this.countyId = draft.countyId();
        this.role = draft.role();
        this.messageKey = draft.messageKey();
        this.arguments = TodoArguments.encode(draft.arguments());
        this.link = draft.link();
        this.dueOn = draft.dueOn();
        this.addressee = draft.addressee();
    }

    /** Closes the item; it leaves every list. Resolving a resolved item changes nothing. */
    public void resolve(Clock clock) {
        if (isOpen()) {
            this.resolvedAt = LocalDateTime.now(clock);
            this.openKey = null;
        }
    }

    public boolean isOpen() {
        return resolvedAt == null;
    }

    /** Open with a due date before the given day. */
    public boolean isOverdueOn(LocalDate today) {
        return isOpen() && dueOn != null && dueOn.isBefore(today);
    }

    /** Kind, record type and id: what at most one open item may be about. */
    public String subject() {
        return TodoDraft.subject(kind, recordType, recordId);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getKind() {
        return kind;
    }

    public String getRecordType() {
        return recordType;
    }

    public String getRecordId() {
        return recordId;
    }

    public Long getCountyId() {
        return countyId;
    }

    public String getRole() {
        return role;
    }

    public String getMessageKey() {
        return messageKey;
    }

    public List<String> arguments() {
        return TodoArguments.decode(arguments);
    }

    public String getLink() {
        return link;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public String getAddressee() {
        return addressee;
    }

    public LocalDateTime getRaisedAt() {
        return raisedAt;
    }

    public LocalDateTime getResolvedAt() {
        return resolvedAt;
    }

    @Override
    public String toString() {
        return subject() + (isOpen() ? " (open)" : " (resolved " + resolvedAt + ")");
    }
}
