package cn.kejiju.workbench.todo;

import cn.kejiju.workbench.jurisdiction.JurisdictionLevel;
import cn.kejiju.workbench.jurisdiction.JurisdictionRepository;
import cn.kejiju.workbench.platform.Persistence;
import cn.kejiju.workbench.security.Caller;
import cn.kejiju.workbench.security.Role;
import cn.kejiju.workbench.security.Roles;
import cn.kejiju.workbench.security.WorkbenchPrincipal;
import cn.kejiju.workbench.shared.ConflictException;
import cn.kejiju.workbench.shared.Page;
import cn.kejiju.workbench.shared.PageRequest;
import cn.kejiju.workbench.shared.RuleViolationException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The to-do list. Modules raise and resolve items inside their own transactions, as part of the use
 * case that makes an item necessary or settles it ({@link #raise}, {@link #resolve}, {@link #resolveAll});
 * {@link TodoRefresh} reconciles the {@link TodoFeed}s. Users and integrators read their open items
 * ({@link #mine}, {@link #countMine}).
 * <p>
 * Who sees an item: a user sees the open items addressed to one of the user's roles, except those addressed
 * to another user of the role (a reviewer's own assignment: {@link TodoDraft#addressee()}); a county user
 * only those of that county, a city-level user those of every county and the city-level ones (items
 * without a county, which concern the city as a whole and so no county user). An integrator token has
 * no roles of its own: it reads every open item within its county scope, whatever the role, each with
 * the role it is addressed to, so that it can route them.
 * <p>
 * Raising and resolving are {@code @PermitAll}: they are bookkeeping inside another module's use case,
 * which has checked the caller's role already, and they run from timers without any caller. The bean
 * has no remote view, so only application code can call them.
 */
@Stateless
@DeclareRoles({Roles.SYSTEM_ADMIN, Roles.SECURITY_ADMIN, Roles.AUDITOR, Roles.LEADER, Roles.COMMISSIONER_CLERK,
        Roles.INCUBATOR_CLERK, Roles.FINANCING_CLERK, Roles.PREPAREDNESS_CLERK, Roles.PROJECT_CLERK, Roles.VIEWER,
        Roles.REVIEWER, Roles.INTEGRATOR,
        Roles.API_READ, Roles.API_WRITE})
@RolesAllowed({Roles.SYSTEM_ADMIN, Roles.LEADER, Roles.COMMISSIONER_CLERK, Roles.INCUBATOR_CLERK,
        Roles.FINANCING_CLERK, Roles.PREPAREDNESS_CLERK, Roles.PROJECT_CLERK, Roles.VIEWER, Roles.REVIEWER,
        Roles.API_READ})
public class TodoService {

    @Inject
    TodoRepository items;

    @Inject
    JurisdictionRepository jurisdictions;

    @Inject
    Persistence persistence;

    @Inject
    Clock clock;

    @Inject
    Caller caller;

    @Resource
    SessionContext context;

    /**
     * Raises an item, or brings the open item of the same kind and record up to date (message
     * arguments, due date, link, county, role): never a second open one. Flushes, so that a second
     * transaction raising the same item at the same moment fails here as a concurrent change.
     */
    @PermitAll
    public TodoItem raise(@NotNull TodoDraft draft) {
        checkCounty(draft.countyId());
        TodoItem open = items.findOpen(draft.kind(), draft.recordType(), draft.recordId()).orElse(null);
        if (open != null) {
            open.update(draft);
            return open;
        }
        TodoItem raised = items.add(new TodoItem(draft, clock));
        persistence.flush("TodoItem", draft.subject(), ConflictException::concurrentChange);
        return raised;
    }

    /**
     * Resolves the open item of a kind about a record; {@code recordId} as in
     * {@link TodoDraft#of(String, String, Object)}. Returns whether there was one.
     */
    @PermitAll
    public boolean resolve(@NotNull String kind, @NotNull String recordType, @NotNull Object recordId) {
        return items.findOpen(kind, recordType, String.valueOf(recordId))
                .map(item -> {
                    item.resolve(clock);
                    return true;
                })
                .orElse(false);
    }

    /** Resolves every open item about a record, whatever its kind (the record was deleted, closed, …). */
    @PermitAll
    public int resolveAll(@NotNull String recordType, @NotNull Object recordId) {
        List<TodoItem> open = items.openAbout(recordType, String.valueOf(recordId));
        open.forEach(item -> item.resolve(clock));
        return open.size();
    }

    /**
     * {@link #reconcile} in a transaction of its own, for an observer of a committed change
     * ({@code TransactionPhase.AFTER_SUCCESS}): there the committed transaction may still be the thread's, and a
     * server that joins it (WildFly) refuses to.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public TodoReconciliation reconcileAfterCommit(@NotNull TodoFeed feed, @NotNull LocalDate today) {
        return reconcile(feed, today);
    }

    /**
     * Makes the open items of a feed what it reports today: raises the new, updates the reported, and
     * resolves those of its kind prefix it no longer reports. One query for the open items, whatever
     * their number. A draft outside the feed's prefix is a defect of the feed and fails the whole run.
     */
    @PermitAll
    public TodoReconciliation reconcile(@NotNull TodoFeed feed, @NotNull LocalDate today) {
        String prefix = feed.kindPrefix();
        if (prefix == null || prefix.length() < 2 || !prefix.endsWith(".")) {
            throw new IllegalStateException(feed.getClass().getName() + ": kind prefix must end with '.': " + prefix);
        }
        Map<String, TodoDraft> reported = new LinkedHashMap<>();
        for (TodoDraft draft : feed.due(today)) {
            if (!draft.kind().startsWith(prefix)) {
                throw new IllegalStateException(feed.getClass().getName() + " reported " + draft.kind()
                        + " outside its prefix " + prefix);
            }
            reported.put(draft.subject(), draft);
        }
        Map<String, TodoItem> open = items.openWithKindPrefix(prefix).stream()
                .collect(Collectors.toMap(TodoItem::subject, Function.identity(), (first, second) -> first, HashMap::new));
        int raised = 0;
        int updated = 0;
        int resolved = 0;
        for (TodoDraft draft : reported.values()) {
            TodoItem item = open.remove(draft.subject());
            if (item == null) {
                checkCounty(draft.countyId());
                items.add(new TodoItem(draft, clock));
                raised++;
            } else {
                checkCounty(draft.countyId());
                if (item.update(draft)) {
                    updated++;
                }
            }
        }
        for (TodoItem vanished : open.values()) {
            vanished.resolve(clock);
            resolved++;
        }
        persistence.flush("TodoItem", prefix, ConflictException::concurrentChange);
        return new TodoReconciliation(prefix, raised, updated, resolved);
    }

    /** The caller's open items, a page at a time: due first (soonest first), then the newest. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Page<TodoItem> mine(@NotNull PageRequest page) {
        return items.open(audience(), page);
    }

    /** How many open items the caller has (the menu's badge). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long countMine() {
        return items.countOpen(audience());
    }

    /** Today in the bureau's time zone (what is overdue). */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * Whose items the caller reads: a user's roles that have a to-do list in the user's county, with the items
     * addressed to the user; an integrator token every role's and addressee's in its county scope.
     */
    private TodoAudience audience() {
        boolean token = caller.principal().map(WorkbenchPrincipal::kind)
                .filter(kind -> kind == WorkbenchPrincipal.Kind.TOKEN).isPresent();
        if (token) {
            return TodoAudience.everyRole(caller.countyScope());
        }
        Set<String> roles = TodoDraft.ROLES.stream().map(Role::name).filter(context::isCallerInRole)
                .collect(Collectors.toSet());
        return TodoAudience.user(roles, caller.countyScope(), caller.name());
    }

    private void checkCounty(Long countyId) {
        if (countyId == null) {
            return;
        }
        boolean county = jurisdictions.find(countyId)
                .filter(where -> where.getLevel() == JurisdictionLevel.COUNTY).isPresent();
        if (!county) {
            throw new RuleViolationException("todo.countyLevel", "countyId", countyId);
        }
    }
}
