package cn.kejiju.workbench.todo;

import cn.kejiju.workbench.jurisdiction.Jurisdiction;
import cn.kejiju.workbench.security.Role;
import cn.kejiju.workbench.security.Roles;
import cn.kejiju.workbench.shared.RuleViolationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TodoItemTest {

    private static final Clock RAISED = Clock.fixed(Instant.parse("2026-06-30T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private static final Clock LATER = Clock.fixed(Instant.parse("2026-07-02T01:30:00Z"), ZoneId.of("Asia/Shanghai"));

    private static TodoDraft.Builder draft() {
        return TodoDraft.of("commissioner.logAwaitingApproval", "ServiceLog", 5L)
                .countyId(2L)
                .role(Roles.LEADER)
                .message("todo.commissioner.logAwaitingApproval", "张三", LocalDate.of(2026, 6, 28))
                .link("/commissioner/log.xhtml?id=5")
                .dueOn(LocalDate.of(2026, 7, 1));
    }

    @Test
    void aRaisedItemIsOpenAndCarriesTheDraft() {
        TodoItem item = new TodoItem(draft().build(), RAISED);

        assertTrue(item.isOpen());
        assertEquals("commissioner.logAwaitingApproval", item.getKind());
        assertEquals("ServiceLog", item.getRecordType());
        assertEquals("5", item.getRecordId());
        assertEquals(2L, item.getCountyId());
        assertEquals("LEADER", item.getRole());
        assertEquals(List.of("张三", "2026-06-28"), item.arguments());
        assertEquals("/commissioner/log.xhtml?id=5", item.getLink());
        assertEquals(LocalDateTime.of(2026, 6, 30, 10, 0), item.getRaisedAt(), "bureau time");
        assertNull(item.getResolvedAt());
        assertNull(item.getAddressee(), "the role's holders in the county");
    }

    @Test
    void anItemMayBeAddressedToOneUserOfItsRole() {
        TodoDraft draft = draft().role(Role.REVIEWER).addressee(" reviewer.zhang ").build();
        TodoItem item = new TodoItem(draft, RAISED);
        assertEquals("reviewer.zhang", item.getAddressee());
        assertEquals("REVIEWER", item.getRole());
        assertNull(draft().addressee("  ").build().addressee(), "blank is no one in particular");
        assertEquals("field.tooLong", assertThrows(RuleViolationException.class,
                () -> draft().addressee("x".repeat(TodoDraft.ADDRESSEE_MAX + 1)).build()).messageKey());
    }

    @Test
    void anotherAddresseeIsAnUpdate() {
        TodoItem item = new TodoItem(draft().addressee("reviewer.zhang").build(), RAISED);
        assertFalse(item.update(draft().addressee("reviewer.zhang").build()));
        assertTrue(item.update(draft().addressee("reviewer.li").build()));
        assertEquals("reviewer.li", item.getAddressee());
    }

    @Test
    void resolvingClosesOnceAndForAll() {
        TodoItem item = new TodoItem(draft().build(), RAISED);

        item.resolve(LATER);
        assertFalse(item.isOpen());
        assertEquals(LocalDateTime.of(2026, 7, 2, 9, 30), item.getResolvedAt());

        item.resolve(RAISED);
        assertEquals(LocalDateTime.of(2026, 7, 2, 9, 30), item.getResolvedAt(), "a second resolve changes nothing");
        RuleViolationException refused = assertThrows(RuleViolationException.class, () -> item.update(draft().build()));
        assertEquals("todo.resolved", refused.messageKey());
    }

    @Test
    void anUpdateTakesNewArgumentsAndDueDateButKeepsWhenItWasRaised() {
        TodoItem item = new TodoItem(draft().build(), RAISED);

        boolean changed = item.update(draft().message("todo.commissioner.logAwaitingApproval", "李四", "2026-06-29")
                .dueOn(LocalDate.of(2026, 7, 10)).build());

        assertTrue(changed);
        assertEquals(List.of("李四", "2026-06-29"), item.arguments());
        assertEquals(LocalDate.of(2026, 7, 10), item.getDueOn());
        assertEquals(LocalDateTime.of(2026, 6, 30, 10, 0), item.getRaisedAt());
        assertFalse(item.update(draft().message("todo.commissioner.logAwaitingApproval", "李四", "2026-06-29")
                .dueOn(LocalDate.of(2026, 7, 10)).build()), "the same report again changes nothing");
    }

    @Test
    void anUpdateAboutAnotherRecordIsRefused() {
        TodoItem item = new TodoItem(draft().build(), RAISED);

        assertThrows(IllegalArgumentException.class,
                () -> item.update(TodoDraft.of("commissioner.logAwaitingApproval", "ServiceLog", 6L).role(Roles.LEADER)
                        .message("todo.x.y").build()));
        assertThrows(IllegalArgumentException.class,
                () -> item.update(TodoDraft.of("commissioner.agreementUnconfirmed", "ServiceLog", 5L).role(Roles.LEADER)
                        .message("todo.x.y").build()));
    }

    @Test
    void overdueOnlyAfterTheDueDateAndOnlyWhileOpen() {
        TodoItem item = new TodoItem(draft().dueOn(LocalDate.of(2026, 7, 1)).build(), RAISED);

        assertFalse(item.isOverdueOn(LocalDate.of(2026, 7, 1)), "due today is not overdue");
        assertTrue(item.isOverdueOn(LocalDate.of(2026, 7, 2)));
        assertFalse(new TodoItem(draft().dueOn(null).build(), RAISED).isOverdueOn(LocalDate.of(2030, 1, 1)));
        item.resolve(LATER);
        assertFalse(item.isOverdueOn(LocalDate.of(2026, 7, 2)));
    }

    @Test
    void argumentsSurviveQuotesBracesAndCommas() {
        List<String> tricky = List.of("a,b", "\"quoted\"", "{0}", "", "换行\n后");
        TodoItem item = new TodoItem(draft().message("todo.x.y", tricky.toArray()).build(), RAISED);

        assertEquals(tricky, item.arguments());
    }

    @Test
    void aNullArgumentIsShownEmpty() {
        assertEquals(List.of("", "x"), draft().message("todo.x.y", null, "x").build().arguments());
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://evil.example/x", "//evil.example/x", "javascript:alert(1)", "relative/page.xhtml",
            "/with space.xhtml", "/\\evil"})
    void aLinkMustBeAPathOfTheApplication(String link) {
        RuleViolationException refused = assertThrows(RuleViolationException.class, () -> draft().link(link).build());
        assertEquals("link", refused.field());
    }

    @Test
    void noLinkIsAllowed() {
        assertNull(draft().link(null).build().link());
    }

    @ParameterizedTest
    @ValueSource(strings = {"AUDITOR", "SECURITY_ADMIN", "INTEGRATOR", "API_READ", "leader", "NOBODY"})
    void onlyBusinessRolesHaveAToDoList(String role) {
        RuleViolationException refused = assertThrows(RuleViolationException.class, () -> draft().role(role).build());
        assertEquals("todo.role", refused.messageKey());
    }

    @Test
    void everyBusinessReaderRoleIsAccepted() {
        for (Role role : TodoDraft.ROLES) {
            assertEquals(role.name(), draft().role(role).build().role());
        }
    }

    @Test
    void kindAndMessageKeyNameAContext() {
        assertEquals("todo.format", assertThrows(RuleViolationException.class,
                () -> TodoDraft.of("noContext", "ServiceLog", 1).role(Roles.LEADER).message("a.b").build()).messageKey());
        assertEquals("messageKey", assertThrows(RuleViolationException.class,
                () -> TodoDraft.of("a.b", "ServiceLog", 1).role(Roles.LEADER).message("bad key").build()).field());
        assertEquals("recordId", assertThrows(RuleViolationException.class,
                () -> TodoDraft.of("a.b", "ServiceLog", null).role(Roles.LEADER).message("a.b").build()).field());
        assertEquals("kind", assertThrows(RuleViolationException.class,
                () -> TodoDraft.of("a." + "b".repeat(TodoDraft.KIND_MAX), "T", 1).role(Roles.LEADER).message("a.b").build()).field());
    }

    @Test
    void argumentsAreLimitedAsStored() {
        String long1 = "长".repeat(TodoDraft.ARGUMENTS_MAX);
        RuleViolationException refused = assertThrows(RuleViolationException.class,
                () -> draft().message("todo.x.y", long1).build());
        assertEquals("arguments", refused.field());
    }

    @Test
    void theCountyOfADivisionIsTaken() {
        Jurisdiction city = Jurisdiction.city("359900000000", "江州市");
        assertNull(draft().county(city).build().countyId(), "the city: a city-level item");
        assertNull(draft().county(null).build().countyId());
    }
}
