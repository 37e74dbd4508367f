package cn.kejiju.workbench.todo;

import cn.kejiju.workbench.BureauClock;
import cn.kejiju.workbench.AsSystemAdmin;
import cn.kejiju.workbench.Deployments;
import cn.kejiju.workbench.TestData;
import cn.kejiju.workbench.security.Roles;
import cn.kejiju.workbench.shared.PageRequest;
import cn.kejiju.workbench.shared.RuleViolationException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Raising, resolving and reconciling to-do items inside the server, and what the system administrator sees. */
@ExtendWith(ArquillianExtension.class)
class TodoServiceIT {

    private static final String RECORD_TYPE = "TodoTestRecord";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withEjbClasses(
                Deployments.earWith(TodoServiceIT.class, TestData.class, AsSystemAdmin.class, TestTodos.class),
                TestFeed.class);
    }

    @Inject
    TodoService todo;

    @Inject
    TodoRepository repository;

    @Inject
    TodoRefresh refresh;

    @Inject
    TestFeed feed;

    @Inject
    TestTodos testTodos;

    @Inject
    AsSystemAdmin asAdmin;

    private final List<String> records = new ArrayList<>();

    @AfterEach
    void resolveWhatTheTestRaised() {
        feed.report(List.of());
        refresh.refreshNow();
        records.forEach(id -> todo.resolveAll(RECORD_TYPE, id));
    }

    private String record() {
        String id = TestData.uniqueName("r");
        records.add(id);
        return id;
    }

    private static TodoDraft.Builder draft(String kind, String recordId) {
        return TodoDraft.of(kind, RECORD_TYPE, recordId)
                .countyId(TestData.COUNTY_LINJIANG)
                .role(Roles.LEADER)
                .message("todo.test.awaiting", "张三", "2026-06-28")
                .link("/todo.xhtml?id=" + recordId)
                .dueOn(LocalDate.of(2026, 7, 1));
    }

    @Test
    void raisingTwiceUpdatesTheOpenItemInsteadOfAddingOne() {
        String id = record();
        TodoItem first = todo.raise(draft("test.event.awaiting", id).build());

        TodoItem second = todo.raise(draft("test.event.awaiting", id).message("todo.test.awaiting", "李四", "2026-06-29")
                .dueOn(LocalDate.of(2026, 8, 1)).build());

        assertEquals(first.getId(), second.getId());
        TodoItem stored = repository.findOpen("test.event.awaiting", RECORD_TYPE, id).orElseThrow();
        assertEquals(first.getId(), stored.getId());
        assertEquals(List.of("李四", "2026-06-29"), stored.arguments());
        assertEquals(LocalDate.of(2026, 8, 1), stored.getDueOn());
        assertEquals(1, repository.openAbout(RECORD_TYPE, id).size());
    }

    @Test
    void anotherKindAboutTheSameRecordIsAnItemOfItsOwn() {
        String id = record();
        todo.raise(draft("test.event.awaiting", id).build());
        todo.raise(draft("test.event.unconfirmed", id).build());

        assertEquals(2, repository.openAbout(RECORD_TYPE, id).size());
    }

    @Test
    void resolvingClosesTheItemAndANewRaiseStartsAFreshOne() {
        String id = record();
        TodoItem raised = todo.raise(draft("test.event.awaiting", id).build());

        assertTrue(todo.resolve("test.event.awaiting", RECORD_TYPE, id));

        assertTrue(repository.findOpen("test.event.awaiting", RECORD_TYPE, id).isEmpty());
        assertFalse(todo.resolve("test.event.awaiting", RECORD_TYPE, id), "nothing open any more");
        TodoItem again = todo.raise(draft("test.event.awaiting", id).build());
        assertNotEquals(raised.getId(), again.getId());
    }

    @Test
    void resolveAllClosesEveryKindAboutOneRecordOnly() {
        String id = record();
        String other = record();
        todo.raise(draft("test.event.awaiting", id).build());
        todo.raise(draft("test.event.unconfirmed", id).build());
        todo.raise(draft("test.event.awaiting", other).build());

        assertEquals(2, todo.resolveAll(RECORD_TYPE, id));

        assertEquals(List.of(), repository.openAbout(RECORD_TYPE, id));
        assertEquals(1, repository.openAbout(RECORD_TYPE, other).size());
    }

    @Test
    void theDatabaseRefusesASecondOpenItemAboutTheSameThing() {
        String id = record();
        TodoDraft draft = draft("test.event.awaiting", id).build();
        todo.raise(draft);

        assertThrows(EJBException.class, () -> testTodos.persistDirectly(draft));
        assertEquals(1, repository.openAbout(RECORD_TYPE, id).size());
    }

    @Test
    void aTownshipIsNoCountyOfAnItem() {
        String id = record();
        RuleViolationException refused = assertThrows(RuleViolationException.class,
                () -> todo.raise(draft("test.event.awaiting", id).countyId(TestData.TOWNSHIP_CHENGGUAN).build()));
        assertEquals("todo.countyLevel", refused.messageKey());
        assertTrue(repository.openAbout(RECORD_TYPE, id).isEmpty());
    }

    @Test
    void reconcilingAFeedRaisesTheNewUpdatesTheReportedAndResolvesTheVanished() {
        String a = record();
        String b = record();
        String c = record();
        feed.report(List.of(draft(TestFeed.PREFIX + "ending", a).build(), draft(TestFeed.PREFIX + "ending", b).build()));
        assertEquals(new TodoReconciliation(TestFeed.PREFIX, 2, 0, 0), ofTestFeed(refresh.refreshNow()));
        assertEquals(BureauClock.today(), feed.askedFor(), "asked for today, bureau time");
        TodoItem itemB = repository.findOpen(TestFeed.PREFIX + "ending", RECORD_TYPE, b).orElseThrow();

        feed.report(List.of(
                draft(TestFeed.PREFIX + "ending", b).dueOn(LocalDate.of(2026, 9, 30)).build(),
                draft(TestFeed.PREFIX + "ending", c).build()));
        assertEquals(new TodoReconciliation(TestFeed.PREFIX, 1, 1, 1), ofTestFeed(refresh.refreshNow()));

        assertTrue(repository.findOpen(TestFeed.PREFIX + "ending", RECORD_TYPE, a).isEmpty(), "a vanished: resolved");
        TodoItem updatedB = repository.findOpen(TestFeed.PREFIX + "ending", RECORD_TYPE, b).orElseThrow();
        assertEquals(itemB.getId(), updatedB.getId(), "b kept its item");
        assertEquals(LocalDate.of(2026, 9, 30), updatedB.getDueOn());
        assertTrue(repository.findOpen(TestFeed.PREFIX + "ending", RECORD_TYPE, c).isPresent(), "c is new");

        assertEquals(new TodoReconciliation(TestFeed.PREFIX, 0, 0, 0), ofTestFeed(refresh.refreshNow()),
                "the same report again changes nothing");
    }

    @Test
    void reconciliationLeavesItemsOutsideTheFeedsPrefixAlone() {
        String id = record();
        todo.raise(draft("test.event.awaiting", id).build());
        feed.report(List.of());

        refresh.refreshNow();

        assertTrue(repository.findOpen("test.event.awaiting", RECORD_TYPE, id).isPresent());
    }

    @Test
    void aFeedReportingOutsideItsPrefixChangesNothing() {
        String id = record();
        feed.report(List.of(draft(TestFeed.PREFIX + "ending", id).build()));
        refresh.refreshNow();

        feed.report(List.of(draft("test.other.ending", id).build()));
        List<TodoReconciliation> done = refresh.refreshNow();

        assertTrue(done.stream().noneMatch(result -> result.kindPrefix().equals(TestFeed.PREFIX)), "the feed failed");
        assertTrue(repository.findOpen(TestFeed.PREFIX + "ending", RECORD_TYPE, id).isPresent(), "not resolved");
        assertTrue(repository.findOpen("test.other.ending", RECORD_TYPE, id).isEmpty(), "not raised");
    }

    @Test
    void theSystemAdministratorSeesOnlyItemsForTheRoleInEveryCounty() throws Exception {
        String id = record();
        TodoItem forAdmin = todo.raise(draft("test.event.forAdmin", id).role(Roles.SYSTEM_ADMIN).countyId(3L).build());
        TodoItem cityWide = todo.raise(draft("test.event.forAdminCity", id).role(Roles.SYSTEM_ADMIN).countyId(null).build());
        TodoItem forLeader = todo.raise(draft("test.event.forLeader", id).role(Roles.LEADER).build());

        Set<Long> seen = asAdmin.call(() -> todo.mine(PageRequest.of(0, PageRequest.MAX_SIZE))).items().stream()
                .map(TodoItem::getId).collect(Collectors.toSet());
        long count = asAdmin.call(() -> todo.countMine());

        assertTrue(seen.contains(forAdmin.getId()), "a county's item for the role");
        assertTrue(seen.contains(cityWide.getId()), "a city-level item for the role");
        assertFalse(seen.contains(forLeader.getId()), "another role's item");
        assertTrue(count >= 2 && count >= seen.size());
    }

    @Test
    void theListComesDueFirstSoonestFirst() throws Exception {
        String id = record();
        TodoItem undated = todo.raise(draft("test.event.order1", id).role(Roles.SYSTEM_ADMIN).dueOn(null).build());
        TodoItem later = todo.raise(draft("test.event.order2", id).role(Roles.SYSTEM_ADMIN).dueOn(LocalDate.of(2026, 3, 2)).build());
        TodoItem sooner = todo.raise(draft("test.event.order3", id).role(Roles.SYSTEM_ADMIN).dueOn(LocalDate.of(2026, 3, 1)).build());

        List<Long> order = asAdmin.call(() -> todo.mine(PageRequest.of(0, PageRequest.MAX_SIZE))).items().stream()
                .map(TodoItem::getId).filter(Set.of(undated.getId(), later.getId(), sooner.getId())::contains).toList();

        assertEquals(List.of(sooner.getId(), later.getId(), undated.getId()), order);
    }

    @Test
    void nobodyWithoutARoleReadsAToDoList() {
        assertThrows(EJBAccessException.class, () -> todo.mine(PageRequest.of(0, 10)));
        assertThrows(EJBAccessException.class, () -> todo.countMine());
    }

    private static TodoReconciliation ofTestFeed(List<TodoReconciliation> done) {
        return done.stream().filter(result -> result.kindPrefix().equals(TestFeed.PREFIX)).findFirst().orElseThrow();
    }
}
