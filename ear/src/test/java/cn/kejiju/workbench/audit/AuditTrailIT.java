package cn.kejiju.workbench.audit;

import cn.kejiju.workbench.Api;
import cn.kejiju.workbench.AsSystemAdmin;
import cn.kejiju.workbench.Deployments;
import cn.kejiju.workbench.PageClient;
import cn.kejiju.workbench.security.TestAccounts;
import cn.kejiju.workbench.TestData;
import cn.kejiju.workbench.Unchecked;
import cn.kejiju.workbench.enterprise.Enterprise;
import cn.kejiju.workbench.enterprise.EnterpriseDraft;
import cn.kejiju.workbench.enterprise.EnterpriseKind;
import cn.kejiju.workbench.enterprise.EnterpriseService;
import cn.kejiju.workbench.jurisdiction.Jurisdiction;
import cn.kejiju.workbench.jurisdiction.JurisdictionService;
import cn.kejiju.workbench.shared.ConflictException;
import cn.kejiju.workbench.shared.PageRequest;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The audit trail inside the server: what the services record, transactions, search, and the chain
 * verification against rows changed and removed behind the application's back (plain JDBC).
 *
 * <p>Tests that tamper break the chain for good in this database, so every test verifies only from
 * its own first entry on ({@link AuditTrail#verify(long)}); tampering with earlier entries does not
 * concern it. The trail is read through the repository, because nobody is an auditor here.
 */
@ExtendWith(ArquillianExtension.class)
class AuditTrailIT {

    /** 临江县, the county of the demo township 城关镇. */
    private static final String LINJIANG_CODE = "359921000000";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWith(AuditTrailIT.class, TestData.class, AsSystemAdmin.class, TestAccounts.class,
                PageClient.class, Api.class, Api.Reply.class, Unchecked.class);
    }

    @Inject
    AuditTrail trail;

    @Inject
    AuditRepository entries;

    @Inject
    AuditService auditService;

    @Inject
    EnterpriseService enterpriseService;

    @Inject
    JurisdictionService jurisdictionService;

    @Inject
    AsSystemAdmin asAdmin;

    @Inject
    TestAccounts accounts;

    @Inject
    UserTransaction transaction;

    @Inject
    HttpServletRequest request;

    @Resource(name = "jdbc/workbench")
    DataSource dataSource;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    private static EnterpriseDraft draft(String code, String name, String phone) {
        return new EnterpriseDraft(code, name, EnterpriseKind.ENTERPRISE, "新材料", TestData.TOWNSHIP_CHENGGUAN,
                "城关镇科技路1号", "李主任", phone, null, null, 2023);
    }

    /** The entries about one record, oldest first. */
    private List<AuditEntry> history(String recordType, Object id) {
        List<AuditEntry> oldestFirst = new ArrayList<>(entries.page(AuditQuery.ofRecord(recordType, String.valueOf(id)),
                PageRequest.of(0, 50)).items());
        Collections.reverse(oldestFirst);
        return oldestFirst;
    }

    private List<AuditEntry> byActor(String actor) {
        return entries.page(new AuditQuery(actor, null, null, null, null, null), PageRequest.of(0, 50)).items();
    }

    private static FieldChange change(AuditEntry entry, String field) {
        return entry.getChanges().stream().filter(c -> c.field().equals(field)).findFirst()
                .orElseThrow(() -> new AssertionError("no change of " + field + " in " + entry.getChangesJson()));
    }

    private AuditEntry independent(String actor, AuditAction action) {
        return trail.recordIndependently(AuditEvent.of(action).actor(actor).record("Test", action.name()).build());
    }

    private void sql(String statement, long seq) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement(statement)) {
            update.setLong(1, seq);
            assertEquals(1, update.executeUpdate(), statement);
        }
    }

    @Test
    void anEnterprisesRegistrationRevisionAndDeletionAreRecordedWithTheirFieldsAndAMaskedPhone() {
        String code = TestData.creditCode();
        String name = TestData.uniqueName("审计企业");
        Enterprise saved = admin(() -> enterpriseService.register(draft(code, name, "13812345678")));
        Enterprise revised = admin(() -> enterpriseService.revise(saved.getId(), saved.getVersion(), draft(code, name + "改", "13900001234")));
        adminRun(() -> enterpriseService.delete(saved.getId(), revised.getVersion()));

        List<AuditEntry> history = history("Enterprise", saved.getId());
        assertEquals(List.of(AuditAction.CREATE, AuditAction.UPDATE, AuditAction.DELETE),
                history.stream().map(AuditEntry::getAction).toList());
        AuditEntry created = history.get(0);
        AuditEntry updated = history.get(1);
        AuditEntry deleted = history.get(2);
        for (AuditEntry entry : history) {
            assertEquals(LINJIANG_CODE, entry.getJurisdictionCode(), "the county of the enterprise");
            assertEquals(AuditEvent.ANONYMOUS, entry.getActor(), "nobody is logged in");
            assertFalse(entry.getChangesJson().contains("13812345678") || entry.getChangesJson().contains("13900001234"),
                    "no whole phone number in the trail: " + entry.getChangesJson());
        }
        assertEquals(List.of(created.getSeq() + 1, created.getSeq() + 2), List.of(updated.getSeq(), deleted.getSeq()),
                "nothing else writes meanwhile");
        assertEquals(created.getHash(), updated.getPreviousHash());
        assertEquals(updated.getHash(), deleted.getPreviousHash());

        assertEquals(new FieldChange("creditCode", null, code), change(created, "creditCode"));
        assertEquals(new FieldChange("name", null, name), change(created, "name"));
        assertEquals(new FieldChange("contactPhone", null, "138****5678"), change(created, "contactPhone"));
        assertEquals(new FieldChange("townshipId", null, String.valueOf(TestData.TOWNSHIP_CHENGGUAN)),
                change(created, "townshipId"));
        assertTrue(created.getChanges().stream().noneMatch(c -> c.field().equals("highTechCertificateNo")),
                "fields without a value are left out of a creation");

        assertEquals(List.of(
                        new FieldChange("name", name, name + "改"),
                        new FieldChange("contactPhone", "138****5678", "139****1234")),
                updated.getChanges(), "exactly the changed fields");

        assertEquals(new FieldChange("name", name + "改", null), change(deleted, "name"));
        assertEquals(new FieldChange("contactPhone", "139****1234", null), change(deleted, "contactPhone"));
        assertTrue(deleted.getChanges().stream().allMatch(c -> c.after() == null));

        assertTrue(trail.verify(created.getSeq()).valid());
    }

    @Test
    void aDivisionsHistoryIsRecordedUnderItsOwnCode() {
        Jurisdiction township = null;
        for (int attempt = 0; township == null && attempt < 20; attempt++) {
            String code = "359921" + (300 + ThreadLocalRandom.current().nextInt(699)) + "000";
            try {
                township = admin(() -> jurisdictionService.create(TestData.COUNTY_LINJIANG, code, TestData.uniqueName("审计镇")));
            } catch (ConflictException taken) {
                township = null;
            }
        }
        assertNotNull(township, "no free township code");
        Jurisdiction created = township;
        String oldName = created.getName();
        Jurisdiction renamed = admin(() -> jurisdictionService.rename(created.getId(), created.getVersion(), oldName + "街道"));
        adminRun(() -> jurisdictionService.delete(created.getId(), renamed.getVersion()));

        List<AuditEntry> history = history("Jurisdiction", township.getId());
        assertEquals(List.of(AuditAction.CREATE, AuditAction.UPDATE, AuditAction.DELETE),
                history.stream().map(AuditEntry::getAction).toList());
        history.forEach(entry -> assertEquals(renamed.getCode(), entry.getJurisdictionCode()));
        assertEquals(List.of(
                new FieldChange("code", null, renamed.getCode()),
                new FieldChange("name", null, oldName),
                new FieldChange("level", null, "TOWNSHIP"),
                new FieldChange("parentCode", null, LINJIANG_CODE)), history.get(0).getChanges());
        assertEquals(List.of(new FieldChange("name", oldName, oldName + "街道")), history.get(1).getChanges());
        assertEquals(4, history.get(2).getChanges().size());
    }

    @Test
    void aRolledBackChangeLeavesNoEntryButAnIndependentEntryStays() throws Exception {
        String actor = TestData.uniqueName("mallory-");
        long id;
        transaction.begin();
        try {
            AuditEntry failure = independent(actor, AuditAction.LOGIN_FAILURE);
            assertTrue(failure.getSeq() > 0);
            id = admin(() -> enterpriseService.register(draft(TestData.creditCode(), TestData.uniqueName("回滚"), null))).getId();
            trail.record(AuditEvent.of(AuditAction.LOGIN_SUCCESS).actor(actor).build());
        } finally {
            transaction.rollback();
        }

        assertEquals(List.of(AuditAction.LOGIN_FAILURE), byActor(actor).stream().map(AuditEntry::getAction).toList(),
                "the independent entry was committed at once, the joined one rolled back");
        assertTrue(history("Enterprise", id).isEmpty(), "an entry exists only if the change committed");
        assertTrue(trail.verify(byActor(actor).get(0).getSeq()).valid(), "the rollback left no gap in the chain");
    }

    @Test
    void recordingIndependentlyAfterRecordingInTheSameTransactionIsRefusedInsteadOfWaitingForever() throws Exception {
        transaction.begin();
        try {
            trail.record(AuditEvent.of(AuditAction.SETTINGS_CHANGED).bySystem().build());
            Exception refused = assertThrows(Exception.class,
                    () -> trail.recordIndependently(AuditEvent.of(AuditAction.ACCESS_DENIED).build()));
            boolean illegalState = false;
            for (Throwable cause = refused; cause != null; cause = cause.getCause()) {
                illegalState |= cause instanceof IllegalStateException;
            }
            assertTrue(illegalState, refused.toString());
        } finally {
            transaction.rollback();
        }
    }

    @Test
    void twoEntriesInOneTransactionFollowEachOther() throws Exception {
        String actor = TestData.uniqueName("twice-");
        transaction.begin();
        AuditEntry first;
        AuditEntry second;
        try {
            first = trail.record(AuditEvent.of(AuditAction.PASSWORD_CHANGED).actor(actor).build());
            second = trail.record(AuditEvent.of(AuditAction.SETTINGS_CHANGED).actor(actor).build());
            transaction.commit();
        } catch (Exception | AssertionError e) {
            transaction.rollback();
            throw e;
        }
        assertEquals(first.getSeq() + 1, second.getSeq());
        assertEquals(first.getHash(), second.getPreviousHash());
        assertEquals(2, byActor(actor).size());
        assertTrue(trail.verify(first.getSeq()).valid());
    }

    @Test
    void concurrentWritersTakeTurnsAndNeverForkTheChain() throws Exception {
        String actor = TestData.uniqueName("concurrent-");
        int writers = 6;
        int each = 5;
        List<Future<List<Long>>> results = new ArrayList<>();
        CountDownLatch start = new CountDownLatch(1);
        for (int w = 0; w < writers; w++) {
            results.add(executor.submit(() -> {
                start.await();
                List<Long> seqs = new ArrayList<>();
                for (int i = 0; i < each; i++) {
                    seqs.add(independent(actor, AuditAction.LOGIN_SUCCESS).getSeq());
                }
                return seqs;
            }));
        }
        start.countDown();
        List<Long> seqs = new ArrayList<>();
        for (Future<List<Long>> result : results) {
            seqs.addAll(result.get(60, TimeUnit.SECONDS));
        }

        Collections.sort(seqs);
        assertEquals(writers * each, seqs.stream().distinct().count(), "every entry has a number of its own");
        assertEquals(seqs.get(0) + writers * each - 1, seqs.get(seqs.size() - 1), "and the numbers have no gap");
        ChainVerification result = trail.verify(seqs.get(0));
        assertTrue(result.valid(), result.toString());
        assertTrue(result.entriesChecked() >= writers * each);
    }

    @Test
    void everyKindOfEventIsRecorded() {
        String actor = TestData.uniqueName("events-");
        for (AuditAction action : AuditAction.values()) {
            independent(actor, action);
        }
        AuditEntry unnamed = trail.recordIndependently(AuditEvent.of(AuditAction.LOGOUT).build());
        AuditEntry bySystem = trail.recordIndependently(AuditEvent.of(AuditAction.SETTINGS_CHANGED).bySystem().build());

        Set<AuditAction> recorded = byActor(actor).stream().map(AuditEntry::getAction).collect(Collectors.toSet());
        assertEquals(EnumSet.allOf(AuditAction.class), recorded);
        assertEquals(AuditEvent.ANONYMOUS, unnamed.getActor());
        assertEquals(AuditEvent.SYSTEM, bySystem.getActor());
    }

    @Test
    void searchFiltersByActorTimeActionAndRecordNewestFirst() {
        String actor = TestData.uniqueName("search-");
        AuditEntry first = independent(actor, AuditAction.LOGIN_FAILURE);
        AuditEntry second = independent(actor, AuditAction.LOGIN_FAILURE);
        AuditEntry third = independent(actor, AuditAction.LOCKOUT);

        assertEquals(List.of(third.getSeq(), second.getSeq(), first.getSeq()),
                byActor(actor).stream().map(AuditEntry::getSeq).toList());
        var failures = entries.page(new AuditQuery(actor, null, null, AuditAction.LOGIN_FAILURE, null, null),
                PageRequest.of(0, 1));
        assertEquals(2, failures.total());
        assertEquals(second.getSeq(), failures.items().get(0).getSeq());
        var lockout = entries.page(new AuditQuery(actor, null, null, null, "Test", "LOCKOUT"), PageRequest.of(0, 10));
        assertEquals(List.of(third.getSeq()), lockout.items().stream().map(AuditEntry::getSeq).toList());
        var fromThird = entries.page(new AuditQuery(actor, third.getOccurredAt(), third.getOccurredAt().plusSeconds(1),
                null, null, null), PageRequest.of(0, 10));
        assertTrue(fromThird.items().stream().allMatch(e -> !e.getOccurredAt().isBefore(third.getOccurredAt())));
        assertTrue(fromThird.items().stream().anyMatch(e -> e.getSeq() == third.getSeq()));
        var beforeFirst = entries.page(new AuditQuery(actor, first.getOccurredAt().minusDays(1), first.getOccurredAt(),
                null, null, null), PageRequest.of(0, 10));
        assertEquals(0, beforeFirst.total(), "to is exclusive");
        assertEquals(3, entries.count(new AuditQuery(actor, null, null, null, null, null)));
    }

    @Test
    void onlyTheAuditorMaySearchOrVerify() {
        assertThrows(EJBAccessException.class, () -> auditService.search(AuditQuery.none(), PageRequest.of(0, 1)));
        assertThrows(EJBAccessException.class, () -> auditService.verify());
        assertThrows(EJBAccessException.class, () -> auditService.head());
    }

    @Test
    void theApiAndThePageTurnAwayNonAuditorsAndTheTrailRecordsIt() throws Exception {
        long before = entries.head().getSeq();
        Api.Reply api = Api.send(Api.request("/api/v1/audit-entries/verification", Api.CITY_RO)
                .header("Accept-Language", "en").GET().build());
        assertEquals(403, api.status(), api.body());
        assertTrue(api.header("Content-Type").startsWith("application/problem+json"));
        assertTrue(api.body().contains("urn:workbench:problem:forbidden"), api.body());
        assertTrue(api.body().contains("recorded in the audit trail"), api.body());
        AuditEntry apiDenial = latest(AuditAction.ACCESS_DENIED);
        assertTrue(apiDenial.getSeq() > before);
        assertEquals("GET /audit-entries/verification", apiDenial.getDetail());

        String viewer = accounts.create("notaudit", java.util.Set.of(cn.kejiju.workbench.security.Role.VIEWER), 1,
                "Viewer#Pass2026", false);
        PageClient page = new PageClient().login(viewer, "Viewer#Pass2026").open("/audit/list.xhtml");
        assertEquals(403, page.status());
        assertFalse(page.body().contains("listForm:entries"), "no table for a non-auditor");
        AuditEntry pageDenial = latest(AuditAction.ACCESS_DENIED);
        assertTrue(pageDenial.getSeq() > apiDenial.getSeq());
        assertEquals(viewer, pageDenial.getActor());
        assertEquals("page /audit/list.xhtml", pageDenial.getDetail());
    }

    private <T> T admin(java.util.concurrent.Callable<T> work) {
        return Unchecked.call(() -> asAdmin.call(work));
    }

    private void adminRun(Runnable work) {
        asAdmin.run(work);
    }

    private AuditEntry latest(AuditAction action) {
        return entries.page(new AuditQuery(null, null, null, action, null, null), PageRequest.of(0, 1)).items().get(0);
    }

    @Test
    void verificationFindsAnEntryAlteredInTheDatabase() throws SQLException {
        String actor = TestData.uniqueName("altered-");
        AuditEntry first = independent(actor, AuditAction.LOGIN_SUCCESS);
        AuditEntry second = independent(actor, AuditAction.TOKEN_CREATED);
        independent(actor, AuditAction.LOGOUT);
        ChainVerification intact = trail.verify(first.getSeq());
        assertTrue(intact.valid(), intact.toString());
        assertTrue(intact.entriesChecked() >= 3);

        sql("update audit_entry set actor = 'mallory' where seq = ?", second.getSeq());

        ChainVerification result = trail.verify(first.getSeq());
        assertFalse(result.valid());
        assertEquals(second.getSeq(), result.firstBrokenSeq());
        assertEquals(ChainVerification.Problem.ALTERED, result.problem());
        assertEquals(first.getSeq(), result.lastSeq(), "the entries before it are intact");
    }

    @Test
    void verificationFindsAnEntryDeletedFromTheMiddle() throws SQLException {
        String actor = TestData.uniqueName("deleted-");
        AuditEntry first = independent(actor, AuditAction.TOKEN_CREATED);
        AuditEntry second = independent(actor, AuditAction.TOKEN_REJECTED);
        independent(actor, AuditAction.TOKEN_REVOKED);
        assertTrue(trail.verify(first.getSeq()).valid());

        sql("delete from audit_entry where seq = ?", second.getSeq());

        ChainVerification result = trail.verify(first.getSeq());
        assertFalse(result.valid());
        assertEquals(second.getSeq(), result.firstBrokenSeq());
        assertEquals(ChainVerification.Problem.MISSING, result.problem());
    }

    @Test
    void verificationFindsTheLastEntryDeletedThroughTheChainHead() throws SQLException {
        String actor = TestData.uniqueName("last-");
        AuditEntry first = independent(actor, AuditAction.PASSWORD_CHANGED);
        AuditEntry last = independent(actor, AuditAction.LOGOUT);
        assertEquals(last.getSeq(), entries.head().getSeq(), "nothing else writes meanwhile");

        sql("delete from audit_entry where seq = ?", last.getSeq());

        ChainVerification result = trail.verify(first.getSeq());
        assertFalse(result.valid());
        assertEquals(last.getSeq(), result.firstBrokenSeq());
        assertEquals(ChainVerification.Problem.MISSING, result.problem());
        assertEquals(1, result.entriesChecked());

        AuditEntry next = independent(actor, AuditAction.LOGIN_SUCCESS);
        assertEquals(last.getSeq() + 1, next.getSeq(), "the chain goes on from the head, not from the table");
        assertTrue(trail.verify(next.getSeq()).valid(), "later entries verify on their own");
    }
}
