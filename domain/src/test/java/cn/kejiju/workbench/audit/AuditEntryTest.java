package cn.kejiju.workbench.audit;

import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AuditEntryTest {

    private static final LocalDateTime AT = LocalDateTime.of(2026, 5, 1, 8, 30);

    private static AuditEntry entry(String actor, List<FieldChange> changes, String detail) {
        return new AuditEntry(1, AuditChain.GENESIS_HASH, AT, actor, null, AuditAction.UPDATE, "Enterprise", "1",
                changes, detail);
    }

    @Test
    void changesAreStoredAsJsonAndReadBackWithTheirNulls() {
        List<FieldChange> changes = List.of(new FieldChange("name", "旧 \"名\"", "新名"), new FieldChange("industry", null, "电子"));
        AuditEntry entry = entry("lisi", changes, null);

        assertEquals("[{\"field\":\"name\",\"before\":\"旧 \\\"名\\\"\",\"after\":\"新名\"},"
                + "{\"field\":\"industry\",\"before\":null,\"after\":\"电子\"}]", entry.getChangesJson());
        assertEquals(changes, entry.getChanges());
    }

    @Test
    void noChangesAreStoredAsNothing() {
        AuditEntry entry = entry("lisi", List.of(), "  ");
        assertNull(entry.getChangesJson());
        assertEquals(List.of(), entry.getChanges());
        assertNull(entry.getDetail(), "blank text is no text");
    }

    @Test
    void aVeryLongValueIsCutToTheValueLimit() {
        FieldChange change = new FieldChange("address", "x".repeat(2000), null);
        assertEquals(FieldChange.VALUE_MAX + 1, change.before().length());
        assertTrue(change.before().endsWith("…"));
    }

    @Test
    void aChangeSetTooLongForTheColumnIsShortenedButKeepsItsFields() {
        List<FieldChange> changes = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            changes.add(new FieldChange("field" + i, "旧".repeat(400), "新".repeat(400)));
        }
        AuditEntry entry = entry("lisi", changes, null);

        assertTrue(entry.getChangesJson().length() <= AuditEntry.CHANGES_MAX);
        assertEquals(30, entry.getChanges().size(), "every field is still named");
        assertEquals("field29", entry.getChanges().get(29).field());
    }

    @Test
    void aChangeSetWithTooManyFieldsEndsWithAMarker() {
        List<FieldChange> changes = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            changes.add(new FieldChange("aRatherLongFieldName" + i, "a", "b"));
        }
        AuditEntry entry = entry("lisi", changes, null);

        assertTrue(entry.getChangesJson().length() <= AuditEntry.CHANGES_MAX);
        List<FieldChange> stored = entry.getChanges();
        assertEquals("…", stored.get(stored.size() - 1).field());
        assertEquals("aRatherLongFieldName0", stored.get(0).field());
    }

    @Test
    void textTooLongForItsColumnIsCutNotRefused() {
        AuditEntry entry = entry("u".repeat(300), null, "d".repeat(600));
        assertEquals(AuditEntry.ACTOR_MAX, entry.getActor().length());
        assertEquals(AuditEntry.DETAIL_MAX, entry.getDetail().length());
    }

    @Test
    void anEntryNamesItsActor() {
        assertThrows(IllegalArgumentException.class, () -> entry(" ", null, null));
    }

    @Test
    void malformedLinksAndCodesAreProgrammingErrors() {
        assertThrows(IllegalArgumentException.class, () -> new AuditEntry(1, "xyz", AT, "a", null,
                AuditAction.CREATE, null, null, null, null));
        assertThrows(IllegalArgumentException.class, () -> new AuditEntry(0, AuditChain.GENESIS_HASH, AT, "a", null,
                AuditAction.CREATE, null, null, null, null));
        assertThrows(IllegalArgumentException.class, () -> new AuditEntry(1, AuditChain.GENESIS_HASH, AT, "a", "3599",
                AuditAction.CREATE, null, null, null, null));
    }

    @Test
    void noPublicMethodChangesAnEntry() {
        for (Method method : AuditEntry.class.getMethods()) {
            if (method.getDeclaringClass() == AuditEntry.class) {
                assertTrue(method.getName().startsWith("get") && method.getParameterCount() == 0
                        || method.getName().equals("toString"), method.getName());
            }
        }
    }
}
