package cn.kejiju.workbench.todo;

import cn.kejiju.workbench.Fixtures;
import cn.kejiju.workbench.Stubs;
import cn.kejiju.workbench.jurisdiction.Jurisdiction;
import cn.kejiju.workbench.jurisdiction.JurisdictionRepository;
import cn.kejiju.workbench.platform.Persistence;
import cn.kejiju.workbench.security.Caller;
import cn.kejiju.workbench.security.Roles;
import cn.kejiju.workbench.security.WorkbenchPrincipal;
import cn.kejiju.workbench.shared.ConflictException;
import cn.kejiju.workbench.shared.Page;
import cn.kejiju.workbench.shared.PageRequest;
import cn.kejiju.workbench.shared.RuleViolationException;
import jakarta.ejb.SessionContext;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Never two open items about the same thing; a feed's items become what it reports; each reader sees their own. */
class TodoServiceTest {

    private final Fixtures f = new Fixtures();
    private final Items items = new Items();
    private final List<Object> asked = new ArrayList<>();

    /** The to-do table in memory. */
    private final class Items implements TodoRepository {
        final List<TodoItem> all = new ArrayList<>();

        @Override
        public Optional<TodoItem> findOpen(String kind, String recordType, String recordId) {
            return all.stream().filter(TodoItem::isOpen)
                    .filter(i -> i.subject().equals(TodoDraft.subject(kind, recordType, recordId))).findFirst();
        }

        @Override
        public List<TodoItem> openAbout(String recordType, String recordId) {
            return all.stream().filter(TodoItem::isOpen)
                    .filter(i -> i.getRecordType().equals(recordType) && i.getRecordId().equals(recordId)).toList();
        }

        @Override
        public List<TodoItem> openWithKindPrefix(String kindPrefix) {
            return all.stream().filter(TodoItem::isOpen).filter(i -> i.getKind().startsWith(kindPrefix)).toList();
        }

        @Override
        public Page<TodoItem> open(TodoAudience audience, PageRequest request) {
            asked.add(audience.roles() == null ? "every role" : Set.copyOf(audience.roles()));
            asked.add(audience.countyScope() == null ? "every county" : audience.countyScope());
            asked.add(audience.user() == null ? "every addressee" : audience.user());
            return new Page<>(List.of(), 0, request.page(), request.size());
        }

        @Override
        public long countOpen(TodoAudience audience) {
            return 0;
        }

        @Override
        public TodoItem add(TodoItem item) {
            all.add(item);
            return item;
        }
    }

    private TodoService service(WorkbenchPrincipal principal, Set<String> roles) {
        TodoService service = new TodoService();
        service.items = items;
        List<Jurisdiction> places = List.of(f.city, f.county, f.otherCounty, f.township);
        service.jurisdictions = Stubs.of(JurisdictionRepository.class, new ArrayList<>(), Map.of("find",
                args -> places.stream().filter(j -> j.getId().equals(args[0])).findFirst()));
        service.persistence = new Persistence() {
            @Override
            public void flush(String recordType, Object id, Supplier<ConflictException> onConstraintViolation) {
            }
        };
        service.clock = Fixtures.CLOCK;
        service.caller = new Caller() {
            @Override
            public Optional<WorkbenchPrincipal> principal() {
                return Optional.ofNullable(principal);
            }

            @Override
            public Long countyScope() {
                return principal == null ? null : principal.countyId();
            }

            @Override
            public String name() {
                return principal == null ? "system" : principal.getName();
            }
        };
        service.context = (SessionContext) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {SessionContext.class}, (self, method, args) -> {
                    if (method.getName().equals("isCallerInRole")) {
                        return roles.contains((String) args[0]);
                    }
                    throw new AssertionError("a call the test does not expect: " + method.getName());
                });
        return service;
    }

    private TodoService service() {
        return service(null, Set.of());
    }

    private TodoDraft draft(String kind, long recordId, LocalDate due) {
        return TodoDraft.of(kind, "Assignment", recordId).county(f.county).role(Roles.COMMISSIONER_CLERK)
                .message("todo." + kind).dueOn(due).build();
    }

    private static TodoFeed feed(String prefix, List<TodoDraft> due) {
        return new TodoFeed() {
            @Override
            public String kindPrefix() {
                return prefix;
            }

            @Override
            public List<TodoDraft> due(LocalDate today) {
                return due;
            }
        };
    }

    @Test
    void raisingTheSameItemAgainBringsTheOpenOneUpToDateInsteadOfASecond() {
        TodoService service = service();

        TodoItem first = service.raise(draft("test.x", 7, LocalDate.of(2026, 7, 1)));
        TodoItem again = service.raise(draft("test.x", 7, LocalDate.of(2026, 8, 1)));

        assertEquals(1, items.all.size());
        assertSame(first, again);
        assertEquals(LocalDate.of(2026, 8, 1), again.getDueOn());
    }

    @Test
    void anItemAddressedToADivisionThatIsNotACountyIsRefused() {
        TodoDraft township = TodoDraft.of("test.x", "Assignment", 7).countyId(f.township.getId())
                .role(Roles.COMMISSIONER_CLERK).message("todo.x").build();

        RuleViolationException refused = assertThrows(RuleViolationException.class, () -> service().raise(township));

        assertEquals("todo.countyLevel", refused.messageKey());
        assertTrue(items.all.isEmpty());
    }

    @Test
    void resolvingSaysWhetherThereWasAnOpenItemAndResolvingAllClosesEveryKind() {
        TodoService service = service();
        service.raise(draft("test.x", 7, null));
        service.raise(draft("test.y", 7, null));
        service.raise(draft("test.x", 8, null));

        assertTrue(service.resolve("test.x", "Assignment", 7L));
        assertFalse(service.resolve("test.x", "Assignment", 7L));
        assertEquals(1, service.resolveAll("Assignment", 7L));
        assertEquals(1, items.all.stream().filter(TodoItem::isOpen).count());
    }

    @Test
    void aReconciliationRaisesTheNewUpdatesTheChangedAndResolvesWhatIsNoLongerReported() {
        TodoService service = service();
        service.raise(draft("test.kept", 1, LocalDate.of(2026, 7, 1)));
        service.raise(draft("test.moved", 2, LocalDate.of(2026, 7, 1)));
        TodoItem gone = service.raise(draft("test.gone", 3, LocalDate.of(2026, 7, 1)));
        TodoItem otherFeeds = service.raise(draft("other.x", 4, LocalDate.of(2026, 7, 1)));

        TodoReconciliation outcome = service.reconcile(feed("test.", List.of(
                draft("test.kept", 1, LocalDate.of(2026, 7, 1)),
                draft("test.moved", 2, LocalDate.of(2026, 9, 1)),
                draft("test.new", 5, LocalDate.of(2026, 7, 1)))), Fixtures.TODAY);

        assertEquals(new TodoReconciliation("test.", 1, 1, 1), outcome);
        assertFalse(gone.isOpen());
        assertTrue(otherFeeds.isOpen());
        assertEquals(4, items.all.stream().filter(TodoItem::isOpen).count());
    }

    @Test
    void aFeedReportingOutsideItsPrefixFailsTheWholeRun() {
        TodoService service = service();

        assertThrows(IllegalStateException.class, () -> service.reconcile(feed("test.", List.of(
                draft("test.a", 1, null), draft("other.b", 2, null))), Fixtures.TODAY));
        assertThrows(IllegalStateException.class, () -> service.reconcile(feed("test", List.of()), Fixtures.TODAY));
        assertTrue(items.all.isEmpty());
    }

    @Test
    void aUserReadsTheItemsOfTheRolesSheHoldsWithinHerCounty() {
        WorkbenchPrincipal clerk = new WorkbenchPrincipal("li", WorkbenchPrincipal.Kind.USER, f.county.getId(),
                f.county.getCode(), f.county.getId());

        service(clerk, Set.of(Roles.COMMISSIONER_CLERK, Roles.AUDITOR)).mine(PageRequest.of(0, 20));

        assertEquals(List.of(Set.of(Roles.COMMISSIONER_CLERK), f.county.getId(), "li"), asked);
    }

    @Test
    void aReviewerReadsTheItemsAddressedToHerAsAUserOfTheRoleReviewer() {
        WorkbenchPrincipal reviewer = new WorkbenchPrincipal("reviewer.zhang", WorkbenchPrincipal.Kind.USER,
                f.city.getId(), f.city.getCode(), null);

        service(reviewer, Set.of(Roles.REVIEWER)).mine(PageRequest.of(0, 20));

        assertEquals(List.of(Set.of(Roles.REVIEWER), "every county", "reviewer.zhang"), asked);
    }

    @Test
    void anIntegratorTokenReadsEveryRolesItemsWithinItsScope() {
        WorkbenchPrincipal token = new WorkbenchPrincipal("token:erp", WorkbenchPrincipal.Kind.TOKEN, f.city.getId(),
                f.city.getCode(), null);

        service(token, Set.of(Roles.API_READ)).mine(PageRequest.of(0, 20));

        assertEquals(List.of("every role", "every county", "every addressee"), asked);
        assertNull(service(token, Set.of()).caller.countyScope());
    }
}
