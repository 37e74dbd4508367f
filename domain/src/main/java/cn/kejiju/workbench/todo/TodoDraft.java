package cn.kejiju.workbench.todo;

import cn.kejiju.workbench.jurisdiction.Jurisdiction;
import cn.kejiju.workbench.security.Role;
import cn.kejiju.workbench.shared.RuleViolationException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a module reports as needing attention: the item to raise, or to keep up to date while it is
 * open. Built with {@link #of(String, String, Object)} and the fluent methods; checked in the
 * constructor, so a draft that exists is valid.
 *
 * @param kind       what sort of item, {@code context.name} (e.g. {@code commissioner.logAwaitingApproval})
 * @param recordType the record it is about (e.g. {@code ServiceLog})
 * @param recordId   that record's id
 * @param countyId   the county it belongs to, or null for a city-level item
 * @param role       the {@link Role} whose holders see it (one of {@link #ROLES})
 * @param messageKey the key of the text in the web bundle {@code todo} (or {@code messages})
 * @param arguments  the text's {0}, {1}, … arguments; one made by {@link #text(String)} is itself a text of the
 *                   web's bundles, shown in the reader's language
 * @param link       the page that opens the record, below the application ({@code /commissioner/log.xhtml?id=5}), or null
 * @param dueOn      when it must be done, or null
 * @param addressee  the user name of the one user of that role who sees it (a reviewer's own assignment), or
 *                   null: every holder of the role in the county sees it
 */
public record TodoDraft(String kind, String recordType, String recordId, Long countyId, String role,
                        String messageKey, List<String> arguments, String link, LocalDate dueOn, String addressee) {

    public static final int KIND_MAX = 60;
    public static final int RECORD_TYPE_MAX = 60;
    public static final int RECORD_ID_MAX = 64;
    public static final int MESSAGE_KEY_MAX = 100;
    public static final int LINK_MAX = 300;
    public static final int ADDRESSEE_MAX = 50;
    /** The arguments as stored (a JSON array) may be this long. */
    public static final int ARGUMENTS_MAX = 2000;

    /**
     * The roles an item may be addressed to: those who read business records, and the expert reviewers (their
     * own assignments, each addressed to its reviewer). The auditor, the security administrator and integrators
     * have no to-do list.
     */
    public static final Set<Role> ROLES = EnumSet.of(Role.SYSTEM_ADMIN, Role.LEADER, Role.COMMISSIONER_CLERK,
            Role.INCUBATOR_CLERK, Role.FINANCING_CLERK, Role.PREPAREDNESS_CLERK, Role.PROJECT_CLERK, Role.VIEWER,
            Role.REVIEWER);

    /** {@code context.name}: letters and digits in dot-separated parts, starting with a letter. */
    private static final Pattern CODE = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*(\\.[A-Za-z0-9_-]+)+");
    private static final Pattern RECORD_TYPE = Pattern.compile("[A-Za-z][A-Za-z0-9_.]*");
    /** A path below the application: one leading slash, no scheme, no host, no white space or backslash. */
    private static final Pattern LINK = Pattern.compile("/(?![/\\\\])[^\\s\\\\]*");

    public TodoDraft {
        kind = checked(kind, "kind", KIND_MAX, CODE);
        recordType = checked(recordType, "recordType", RECORD_TYPE_MAX, RECORD_TYPE);
        recordId = checked(recordId, "recordId", RECORD_ID_MAX, null);
        role = checkedRole(role);
        messageKey = checked(messageKey, "messageKey", MESSAGE_KEY_MAX, CODE);
        arguments = arguments == null ? List.of() : List.copyOf(arguments);
        if (TodoArguments.encode(arguments).length() > ARGUMENTS_MAX) {
            throw new RuleViolationException("field.tooLong", "arguments", ARGUMENTS_MAX);
        }
        if (link != null && (link.length() > LINK_MAX || !LINK.matcher(link).matches())) {
            throw new RuleViolationException("todo.link", "link", link);
        }
        addressee = addressee == null || addressee.isBlank() ? null : checked(addressee, "addressee", ADDRESSEE_MAX, null);
    }

    /** What an argument that names a text of the web's bundles starts with (see {@link #text(String)}). */
    public static final String TEXT_ARGUMENT = "text:";

    /**
     * An argument shown as the text {@code key} of the web's bundles in the reader's language (a figure's label,
     * say), rather than as written.
     */
    public static String text(String key) {
        return TEXT_ARGUMENT + key;
    }

    /** A draft about one record; {@code recordId} is a number or text, stored as text. */
    public static Builder of(String kind, String recordType, Object recordId) {
        return new Builder(kind, recordType, recordId == null ? null : String.valueOf(recordId));
    }

    /** The kind, record type and id joined: the subject at most one open item may have. */
    public String subject() {
        return subject(kind, recordType, recordId);
    }

    /** Kind, record type and id joined (the database's key of open items). */
    public static String subject(String kind, String recordType, String recordId) {
        return kind + "|" + recordType + "|" + recordId;
    }

    private static String checked(String value, String field, int max, Pattern pattern) {
        if (value == null || value.isBlank()) {
            throw new RuleViolationException("field.required", field);
        }
        String trimmed = value.strip();
        if (trimmed.length() > max) {
            throw new RuleViolationException("field.tooLong", field, max);
        }
        if (pattern != null && !pattern.matcher(trimmed).matches()) {
            throw new RuleViolationException("todo.format", field, trimmed);
        }
        return trimmed;
    }

    private static String checkedRole(String role) {
        if (role == null || role.isBlank()) {
            throw new RuleViolationException("field.required", "role");
        }
        boolean known = ROLES.stream().anyMatch(candidate -> candidate.name().equals(role));
        if (!known) {
            throw new RuleViolationException("todo.role", "role", role);
        }
        return role;
    }

    /** Builds a draft step by step; {@link #build()} checks it. */
    public static final class Builder {

        private final String kind;
        private final String recordType;
        private final String recordId;
        private Long countyId;
        private String role;
        private String messageKey;
        private final List<String> arguments = new ArrayList<>();
        private String link;
        private LocalDate dueOn;
        private String addressee;

        private Builder(String kind, String recordType, String recordId) {
            this.kind = kind;
            this.recordType = recordType;
            this.recordId = recordId;
        }

        /** The county of a division (itself for a county, none for the city: a city-level item). */
        public Builder county(Jurisdiction where) {
            Jurisdiction county = where == null ? null : where.county();
            this.countyId = county == null ? null : county.getId();
            return this;
        }

        /** The id of a county, or null for a city-level item. The service checks it is a county. */
        public Builder countyId(Long id) {
            this.countyId = id;
            return this;
        }

        /** The role that sees the item: a {@code Roles} constant. */
        public Builder role(String roleName) {
            this.role = roleName;
            return this;
        }

        public Builder role(Role value) {
            return role(Objects.requireNonNull(value, "role").name());
        }

        /** The message key and its arguments, shown as text (dates as yyyy-mm-dd, numbers as they are). */
        public Builder message(String key, Object... args) {
            this.messageKey = key;
            this.arguments.clear();
            for (Object argument : args) {
                this.arguments.add(argument == null ? "" : String.valueOf(argument));
            }
            return this;
        }

        public Builder link(String path) {
            this.link = path;
            return this;
        }

        public Builder dueOn(LocalDate day) {
            this.dueOn = day;
            return this;
        }

        /**
         * Addresses the item to one user (by user name) of its role, in its county: no one else sees it. Without
         * it every holder of the role in the county does.
         */
        public Builder addressee(String username) {
            this.addressee = username;
            return this;
        }

        public TodoDraft build() {
            return new TodoDraft(kind, recordType, recordId, countyId, role, messageKey, arguments, link, dueOn,
                    addressee);
        }
    }
}
