package cn.kejiju.workbench.commissioner;

import cn.kejiju.workbench.shared.RuleViolationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.time.LocalDate;
import java.util.List;

import static cn.kejiju.workbench.commissioner.Fixtures.CLOCK;
import static cn.kejiju.workbench.commissioner.Fixtures.content;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Save as draft → attach evidence → submit, and the evidence rule of the settings. */
class ServiceLogDraftTest {

    private static final LocalDate DAY = LocalDate.of(2026, 5, 20);

    private final Fixtures f = new Fixtures();
    private final Assignment assignment = f.assignment(f.commissioner("林志远"), f.village,
            LocalDate.of(2026, 3, 1), LocalDate.of(2027, 2, 28), List.of());

    private static void refused(String key, String field, Executable action) {
        RuleViolationException e = assertThrows(RuleViolationException.class, action);
        assertEquals(key, e.messageKey());
        assertEquals(field, e.field());
    }

    private ServiceLog draft() {
        return ServiceLog.draft(assignment, content(DAY, ServiceKind.ON_SITE_GUIDANCE, "1", 0, List.of()), "lj.clerk", CLOCK);
    }

    private CommissionerSettings evidenceRule(boolean on) {
        CommissionerSettings settings = CommissionerSettings.defaults();
        CommissionerSettings.Values v = settings.values();
        settings.revise(new CommissionerSettings.Values(v.barPartyGovernmentStaff(), v.maxActiveAssignments(),
                v.quotaVisits(), v.quotaDays(), v.resultsTarget(), v.serviceWeight(), v.resultsWeight(),
                v.satisfactionWeight(), v.excellentFrom(), v.goodFrom(), v.passFrom(), v.evidenceMaxMegabytes(), on),
                "admin", CLOCK);
        return settings;
    }

    @Test
    void theEvidenceRuleIsOnByDefault() {
        assertTrue(CommissionerSettings.defaults().isEvidenceRequired());
        assertFalse(evidenceRule(false).isEvidenceRequired());
    }

    @Test
    void aDraftIsCheckedLikeALogButAwaitsNoReview() {
        ServiceLog draft = draft();
        assertEquals(LogStatus.DRAFT, draft.getStatus());
        assertTrue(draft.isDraft());
        refused("log.notAwaitingReview", "status", () -> draft.approve("leader", CLOCK));
        refused("log.notAwaitingReview", "status", () -> draft.reject("缺照片", "leader", CLOCK));
        refused("log.dateInFuture", "serviceDate", () -> ServiceLog.draft(assignment,
                content(Fixtures.TODAY.plusDays(1), ServiceKind.ON_SITE_GUIDANCE, "1", 0, List.of()), "lj.clerk", CLOCK));
    }

    @Test
    void aDraftKeepsItsStateWhileEditedAndTakesEvidence() {
        ServiceLog draft = draft();
        draft.saveDraft(content(DAY, ServiceKind.ON_SITE_GUIDANCE, "2", 0, List.of()), "lj.clerk", CLOCK);
        assertEquals(LogStatus.DRAFT, draft.getStatus());
        assertEquals(0, draft.getDays().compareTo(new java.math.BigDecimal("2")));
        draft.revise(content(DAY, ServiceKind.ON_SITE_GUIDANCE, "1.5", 0, List.of()), 0, f.settings, "lj.clerk", CLOCK);
        assertEquals(LogStatus.DRAFT, draft.getStatus(), "revising a draft asks no evidence and keeps it a draft");
        draft.requireEditable();
    }

    @Test
    void withTheRuleOnADraftIsSubmittedOnlyWithEvidence() {
        ServiceLog draft = draft();
        refused("log.evidenceRequired", "evidence", () -> draft.submit(0, f.settings, "lj.clerk", CLOCK));
        assertEquals(LogStatus.DRAFT, draft.getStatus(), "a refused submission leaves the draft as it was");
        draft.submit(1, f.settings, "lj.clerk", CLOCK);
        assertEquals(LogStatus.SUBMITTED, draft.getStatus());
        refused("log.notDraft", "status", () -> draft.submit(1, f.settings, "lj.clerk", CLOCK));
        refused("log.notDraft", "status", () -> draft.saveDraft(
                content(DAY, ServiceKind.ON_SITE_GUIDANCE, "1", 0, List.of()), "lj.clerk", CLOCK));
    }

    @Test
    void withTheRuleOffADraftOrANewLogIsSubmittedWithoutEvidence() {
        CommissionerSettings off = evidenceRule(false);
        ServiceLog draft = draft();
        draft.submit(0, off, "lj.clerk", CLOCK);
        assertEquals(LogStatus.SUBMITTED, draft.getStatus());
        ServiceLog direct = new ServiceLog(assignment, content(DAY, ServiceKind.ON_SITE_GUIDANCE, "1", 0, List.of()),
                off, "api", CLOCK);
        assertEquals(LogStatus.SUBMITTED, direct.getStatus());
    }

    @Test
    void withTheRuleOnANewLogCannotBeSubmittedAtOnceNorARejectedOneResubmittedWithoutEvidence() {
        refused("log.evidenceRequired", "evidence", () -> new ServiceLog(assignment,
                content(DAY, ServiceKind.ON_SITE_GUIDANCE, "1", 0, List.of()), f.settings, "api", CLOCK));
        ServiceLog rejected = draft();
        rejected.submit(1, f.settings, "lj.clerk", CLOCK);
        rejected.reject("照片不清楚", "leader", CLOCK);
        refused("log.evidenceRequired", "evidence", () -> rejected.revise(
                content(DAY, ServiceKind.ON_SITE_GUIDANCE, "1", 0, List.of()), 0, f.settings, "lj.clerk", CLOCK));
        rejected.revise(content(DAY, ServiceKind.ON_SITE_GUIDANCE, "1", 0, List.of()), 1, f.settings, "lj.clerk", CLOCK);
        assertEquals(LogStatus.SUBMITTED, rejected.getStatus());
    }

    @Test
    void aLogAwaitingReviewKeepsItsLastEvidenceWhileTheRuleIsOn() {
        ServiceLog draft = draft();
        draft.requireEvidenceRemovable(1, f.settings);
        draft.submit(1, f.settings, "lj.clerk", CLOCK);

        refused("log.lastEvidence", "evidence", () -> draft.requireEvidenceRemovable(1, f.settings));
        draft.requireEvidenceRemovable(2, f.settings);
        draft.requireEvidenceRemovable(1, evidenceRule(false));

        draft.approve("leader", CLOCK);
        refused("log.approvedIsFinal", "status", () -> draft.requireEvidenceRemovable(2, f.settings));
    }
}
