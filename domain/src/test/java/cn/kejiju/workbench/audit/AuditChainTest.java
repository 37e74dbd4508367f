package cn.kejiju.workbench.audit;

import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AuditChainTest {

    private static final LocalDateTime NOON = LocalDateTime.of(2026, 3, 14, 12, 0, 5, 123_456_789);

    /** The fields of an entry, to vary one at a time. */
    private record Content(long seq, String previousHash, LocalDateTime at, String actor, String jurisdiction,
                           AuditAction action, String recordType, String recordId, List<FieldChange> changes,
                           String detail) {

        AuditEntry entry() {
            return new AuditEntry(seq, previousHash, at, actor, jurisdiction, action, recordType, recordId, changes, detail);
        }
    }

    private static Content base() {
        return new Content(7, "a".repeat(64), NOON, "zhangsan", "359921000000", AuditAction.UPDATE, "Enterprise",
                "1001", List.of(new FieldChange("name", "旧名", "新名")), "reason");
    }

    /** A chain of {@code n} entries from the genesis. */
    private static List<AuditEntry> chain(int n) {
        List<AuditEntry> entries = new ArrayList<>();
        String previous = AuditChain.GENESIS_HASH;
        for (int seq = 1; seq <= n; seq++) {
            AuditEntry entry = new AuditEntry(seq, previous, NOON.plusSeconds(seq), "user" + seq, null,
                    AuditAction.CREATE, "Enterprise", String.valueOf(1000 + seq),
                    List.of(new FieldChange("name", null, "企业" + seq)), null);
            entries.add(entry);
            previous = entry.getHash();
        }
        return entries;
    }

    /** Changes a stored field behind the entity's back, as an UPDATE in the database would. */
    private static void tamper(AuditEntry entry, String field, Object value) {
        try {
            Field declared = AuditEntry.class.getDeclaredField(field);
            declared.setAccessible(true);
            declared.set(entry, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static AuditChainHead headOf(List<AuditEntry> entries) {
        AuditEntry last = entries.get(entries.size() - 1);
        return new AuditChainHead(last.getSeq(), last.getHash());
    }

    @Test
    void theCanonicalFormIsLengthPrefixedInAFixedOrderAndTheHashIsItsSha256() {
        AuditEntry entry = base().entry();

        String expected = "18:workbench-audit-v1" + "1:7" + "23:2026-03-14T12:00:05.123" + "8:zhangsan"
                + "12:359921000000" + "6:UPDATE" + "10:Enterprise" + "4:1001"
                + "45:[{\"field\":\"name\",\"before\":\"旧名\",\"after\":\"新名\"}]" + "6:reason" + "64:" + "a".repeat(64);
        assertEquals(expected, AuditChain.canonical(entry));
        // sha256sum of the text above, computed outside Java: the format must never change silently,
        // or every stored entry would fail verification
        assertEquals("490e5bba55ce69313f9ae96de51e63ce5377edef4a3032bc88a9df4feb4c6e33", entry.getHash());
    }

    @Test
    void theHashIsStable() {
        assertEquals(base().entry().getHash(), base().entry().getHash());
        assertEquals(64, base().entry().getHash().length());
    }

    @Test
    void theHashChangesWithEveryField() {
        Content base = base();
        String original = base.entry().getHash();
        List<UnaryOperator<Content>> variations = List.of(
                c -> new Content(8, c.previousHash, c.at, c.actor, c.jurisdiction, c.action, c.recordType, c.recordId, c.changes, c.detail),
                c -> new Content(c.seq, "b".repeat(64), c.at, c.actor, c.jurisdiction, c.action, c.recordType, c.recordId, c.changes, c.detail),
                c -> new Content(c.seq, c.previousHash, c.at.plusNanos(1_000_000), c.actor, c.jurisdiction, c.action, c.recordType, c.recordId, c.changes, c.detail),
                c -> new Content(c.seq, c.previousHash, c.at, "lisi", c.jurisdiction, c.action, c.recordType, c.recordId, c.changes, c.detail),
                c -> new Content(c.seq, c.previousHash, c.at, c.actor, "359922000000", c.action, c.recordType, c.recordId, c.changes, c.detail),
                c -> new Content(c.seq, c.previousHash, c.at, c.actor, null, c.action, c.recordType, c.recordId, c.changes, c.detail),
                c -> new Content(c.seq, c.previousHash, c.at, c.actor, c.jurisdiction, AuditAction.DELETE, c.recordType, c.recordId, c.changes, c.detail),
                c -> new Content(c.seq, c.previousHash, c.at, c.actor, c.jurisdiction, c.action, "Jurisdiction", c.recordId, c.changes, c.detail),
                c -> new Content(c.seq, c.previousHash, c.at, c.actor, c.jurisdiction, c.action, c.recordType, "1002", c.changes, c.detail),
                c -> new Content(c.seq, c.previousHash, c.at, c.actor, c.jurisdiction, c.action, c.recordType, c.recordId,
                        List.of(new FieldChange("name", "旧名", "新名2")), c.detail),
                c -> new Content(c.seq, c.previousHash, c.at, c.actor, c.jurisdiction, c.action, c.recordType, c.recordId, List.of(), c.detail),
                c -> new Content(c.seq, c.previousHash, c.at, c.actor, c.jurisdiction, c.action, c.recordType, c.recordId, c.changes, "other"),
                c -> new Content(c.seq, c.previousHash, c.at, c.actor, c.jurisdiction, c.action, c.recordType, c.recordId, c.changes, null));
        for (UnaryOperator<Content> variation : variations) {
            Content varied = variation.apply(base);
            assertNotEquals(original, varied.entry().getHash(), varied.toString());
        }
    }

    @Test
    void movingTextFromOneFieldToTheNextChangesTheHash() {
        Content c = base();
        AuditEntry split1 = new Content(c.seq, c.previousHash, c.at, c.actor, c.jurisdiction, c.action, "ab", "c", null, null).entry();
        AuditEntry split2 = new Content(c.seq, c.previousHash, c.at, c.actor, c.jurisdiction, c.action, "a", "bc", null, null).entry();
        assertNotEquals(split1.getHash(), split2.getHash());
    }

    @Test
    void timeIsKeptToTheMillisecondSoThatTheDatabaseStoresWhatWasHashed() {
        assertEquals(NOON.withNano(123_000_000), base().entry().getOccurredAt());
    }

    @Test
    void anUntouchedChainIsValid() {
        List<AuditEntry> entries = chain(5);

        ChainVerification result = AuditChain.verify(entries.iterator(), 1, AuditChain.GENESIS_HASH, headOf(entries));

        assertTrue(result.valid());
        assertEquals(5, result.entriesChecked());
        assertNull(result.firstBrokenSeq());
        assertNull(result.problem());
        assertEquals(5, result.lastSeq());
        assertEquals(entries.get(4).getHash(), result.lastHash());
    }

    @Test
    void anEmptyTrailWithTheGenesisHeadIsValid() {
        ChainVerification result = AuditChain.verify(List.<AuditEntry>of().iterator(), 1, AuditChain.GENESIS_HASH,
                new AuditChainHead(0, AuditChain.GENESIS_HASH));
        assertTrue(result.valid());
        assertEquals(0, result.entriesChecked());
    }

    @Test
    void anAlteredEntryIsFoundWhereItIs() {
        List<AuditEntry> entries = chain(5);
        tamper(entries.get(2), "actor", "mallory");

        ChainVerification result = AuditChain.verify(entries);

        assertFalse(result.valid());
        assertEquals(3L, result.firstBrokenSeq());
        assertEquals(ChainVerification.Problem.ALTERED, result.problem());
        assertEquals(2, result.entriesChecked());
        assertEquals(2, result.lastSeq());
    }

    @Test
    void anAlteredChangeSetIsFound() {
        List<AuditEntry> entries = chain(3);
        tamper(entries.get(1), "changes", "[]");

        ChainVerification result = AuditChain.verify(entries);

        assertEquals(2L, result.firstBrokenSeq());
        assertEquals(ChainVerification.Problem.ALTERED, result.problem());
    }

    @Test
    void aRemovedEntryInTheMiddleIsMissing() {
        List<AuditEntry> entries = chain(5);
        entries.remove(2);

        ChainVerification result = AuditChain.verify(entries);

        assertFalse(result.valid());
        assertEquals(3L, result.firstBrokenSeq());
        assertEquals(ChainVerification.Problem.MISSING, result.problem());
    }

    @Test
    void aRemovedFirstEntryIsMissing() {
        List<AuditEntry> entries = chain(3);
        entries.remove(0);

        ChainVerification result = AuditChain.verify(entries);

        assertEquals(1L, result.firstBrokenSeq());
        assertEquals(ChainVerification.Problem.MISSING, result.problem());
    }

    @Test
    void aRemovedLastEntryIsInvisibleInTheEntriesAloneButTheHeadShowsIt() {
        List<AuditEntry> entries = chain(5);
        AuditChainHead head = headOf(entries);
        entries.remove(4);

        assertTrue(AuditChain.verify(entries).valid(), "nothing in entries 1-4 shows that a fifth existed");

        ChainVerification withHead = AuditChain.verify(entries.iterator(), 1, AuditChain.GENESIS_HASH, head);
        assertFalse(withHead.valid());
        assertEquals(5L, withHead.firstBrokenSeq());
        assertEquals(ChainVerification.Problem.MISSING, withHead.problem());
        assertEquals(4, withHead.entriesChecked());
    }

    @Test
    void aForgedLastEntryWithARecomputedHashDoesNotMatchTheHead() {
        List<AuditEntry> entries = chain(5);
        AuditChainHead head = headOf(entries);
        AuditEntry original = entries.remove(4);
        AuditEntry forged = new AuditEntry(5, original.getPreviousHash(), original.getOccurredAt(), "mallory", null,
                original.getAction(), original.getRecordType(), original.getRecordId(), original.getChanges(), null);
        entries.add(forged);

        assertTrue(AuditChain.verify(entries).valid(), "the forged entry is consistent in itself");
        ChainVerification withHead = AuditChain.verify(entries.iterator(), 1, AuditChain.GENESIS_HASH, head);
        assertEquals(5L, withHead.firstBrokenSeq());
        assertEquals(ChainVerification.Problem.ALTERED, withHead.problem());
    }

    @Test
    void anEntryLinkedToSomethingElseIsMissingItsPredecessor() {
        List<AuditEntry> entries = chain(4);
        AuditEntry third = entries.get(2);
        AuditEntry relinked = new AuditEntry(3, "c".repeat(64), third.getOccurredAt(), third.getActor(), null,
                third.getAction(), third.getRecordType(), third.getRecordId(), third.getChanges(), null);
        entries.set(2, relinked);

        ChainVerification result = AuditChain.verify(entries);

        assertEquals(3L, result.firstBrokenSeq());
        assertEquals(ChainVerification.Problem.MISSING, result.problem());
    }

    @Test
    void aRemovedEntryWithTheLaterOnesRenumberedIsMissing() {
        List<AuditEntry> entries = chain(5);
        entries.remove(2);
        for (int i = 2; i < entries.size(); i++) {
            tamper(entries.get(i), "seq", (long) i + 1);
        }

        ChainVerification result = AuditChain.verify(entries);

        assertEquals(3L, result.firstBrokenSeq());
        assertEquals(ChainVerification.Problem.MISSING, result.problem());
    }

    @Test
    void checkingFromTheMiddleTakesTheFirstLinkOnTrust() {
        List<AuditEntry> entries = chain(6);
        List<AuditEntry> tail = entries.subList(3, 6);

        ChainVerification result = AuditChain.verify(tail.iterator(), 4, null, headOf(entries));

        assertTrue(result.valid());
        assertEquals(3, result.entriesChecked());
    }

    @Test
    void checkingFromTheMiddleFindsTheFirstEntryMissing() {
        List<AuditEntry> entries = chain(6);
        List<AuditEntry> tail = entries.subList(4, 6);

        ChainVerification result = AuditChain.verify(tail.iterator(), 4, null, headOf(entries));

        assertEquals(4L, result.firstBrokenSeq());
        assertEquals(ChainVerification.Problem.MISSING, result.problem());
    }

    @Test
    void checkingFromBeyondTheHeadFindsNothingToCheck() {
        List<AuditEntry> entries = chain(2);
        ChainVerification result = AuditChain.verify(List.<AuditEntry>of().iterator(), 3, null, headOf(entries));
        assertTrue(result.valid());
        assertEquals(0, result.entriesChecked());
        assertEquals(2, result.lastSeq());
    }

    @Test
    void theHeadAdvancesOnlyToTheNextEntry() {
        List<AuditEntry> entries = chain(3);
        AuditChainHead head = new AuditChainHead(0, AuditChain.GENESIS_HASH);
        head.advance(entries.get(0));
        assertEquals(1, head.getSeq());
        assertEquals(entries.get(0).getHash(), head.getHash());
        assertThrowsIllegalState(() -> head.advance(entries.get(2)));
    }

    private static void assertThrowsIllegalState(Runnable action) {
        try {
            action.run();
        } catch (IllegalStateException expected) {
            return;
        }
        throw new AssertionError("IllegalStateException expected");
    }
}
