package cn.kejiju.workbench.project;

import cn.kejiju.workbench.shared.RuleViolationException;
import cn.kejiju.workbench.Fixtures;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static cn.kejiju.workbench.Fixtures.CLOCK;
import static cn.kejiju.workbench.Fixtures.TODAY;
import static cn.kejiju.workbench.Fixtures.withId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlanProjectTest {

    private static final BigDecimal NONE = BigDecimal.ZERO;
    private final Fixtures f = new Fixtures();
    private final ProgrammeKind kind = new ProgrammeKind("SUPPORT", "科技支撑", 5);
    private final Programme county = withId(new Programme("临江县科技计划", ProgrammeLevel.COUNTY, kind, "临江县科技局",
            CLOCK));
    private final Programme national = withId(new Programme("国家创新基金", ProgrammeLevel.NATIONAL, kind, "科学技术部",
            CLOCK));
    private final ProgrammeCall call = call(county, "1000000", "300000");

    private static ProgrammeCall call(Programme programme, String budget, String cap) {
        return withId(new ProgrammeCall(programme, new CallTerms(2026, "2026 年度县级科技计划", LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 7, 31), budget == null ? null : new BigDecimal(budget), new BigDecimal(cap), null),
                CLOCK));
    }

    private static ProjectBudget budget(String total, String own, String asked) {
        return new ProjectBudget(new BigDecimal(total), new BigDecimal(own), new BigDecimal(asked));
    }

    private static Clock at(LocalDate day) {
        return Clock.fixed(day.atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant(), ZoneId.of("Asia/Shanghai"));
    }

    private PlanProject draft() {
        return withId(new PlanProject(call, f.company, "智慧农业物联网示范", "现代农业", budget("500000", "300000", "200000"),
                "proj.clerk", CLOCK));
    }

    private PlanProject reviewed() {
        PlanProject p = draft();
        p.submit("proj.clerk", CLOCK);
        p.reviewOpened(7L, "proj.clerk", CLOCK);
        p.reviewed(CLOCK);
        return p;
    }

    private PlanProject inNotice(String grant) {
        PlanProject p = reviewed();
        p.approve(new BigDecimal(grant), NONE, 5, WorkingDays.weekendsOnly(), null, "leader", CLOCK);
        return p;
    }

    private PlanProject established() {
        PlanProject p = inNotice("150000");
        p.establish("proj.clerk", at(LocalDate.of(2026, 7, 7)));
        return p;
    }

    private PlanProject contracted() {
        PlanProject p = established();
        p.contract(LocalDate.of(2026, 7, 8), LocalDate.of(2026, 12, 31), LocalDate.of(2027, 6, 30),
                List.of(new PlanMilestone("样机完成", LocalDate.of(2026, 10, 31)),
                        new PlanMilestone("示范基地建成", LocalDate.of(2027, 3, 31))), "proj.clerk",
                at(LocalDate.of(2026, 7, 8)));
        return p;
    }

    @Test
    void onlyACallOfTheCountysOwnPlanTakesApplications() {
        RuleViolationException e = assertThrows(RuleViolationException.class, () -> new PlanProject(
                call(national, "1000000", "300000"), f.company, "x", "y", budget("1000", "0", "1000"), "c", CLOCK));
        assertEquals("project.plan.notCountyCall", e.messageKey());
    }

    @Test
    void documentsAreAttachedWhileADraftAndLockedOnceSubmitted() {
        PlanProject p = draft();
        byte[] pdf = "%PDF-1.7 申报书".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        ProjectDocument document = ProjectDocument.of(p, 0, "../申报书.pdf", pdf, "proj.clerk", CLOCK);
        assertEquals("申报书.pdf", document.getFileName());
        assertEquals("application/pdf", document.getContentType());
        RuleViolationException tooMany = assertThrows(RuleViolationException.class, () -> ProjectDocument.of(p,
                ProjectDocument.MAX_PER_APPLICATION, "x.pdf", pdf, "proj.clerk", CLOCK));
        assertEquals("project.document.tooMany", tooMany.messageKey());
        p.submit("proj.clerk", CLOCK);
        RuleViolationException locked = assertThrows(RuleViolationException.class, () -> ProjectDocument.of(p, 1,
                "补充.pdf", pdf, "proj.clerk", CLOCK));
        assertEquals("project.plan.documentsLocked", locked.messageKey());
        assertEquals("file", locked.field());
        assertThrows(RuleViolationException.class, p::requireFilesChangeable, "nor removed");
    }

    @Test
    void theRequestIsAtMostTheCap() {
        RuleViolationException e = assertThrows(RuleViolationException.class, () -> new PlanProject(call,
                f.company, "x", "y", budget("400000", "99999.99", "300000.01"), "c", CLOCK));
        assertEquals("project.budget.aboveCap", e.messageKey());
    }

    @Test
    void thePathGoesThroughReviewToTheDecision() {
        PlanProject p = draft();
        assertEquals(PlanStatus.DRAFT, p.getStatus());
        assertThrows(RuleViolationException.class, () -> p.reviewOpened(1L, "c", CLOCK));
        p.submit("proj.clerk", CLOCK);
        assertEquals(TODAY, p.submittedOn().orElseThrow());
        assertThrows(RuleViolationException.class, () -> p.approve(new BigDecimal("1"), NONE, 5,
                WorkingDays.weekendsOnly(), null, "leader", CLOCK));
        p.reviewOpened(7L, "proj.clerk", CLOCK);
        assertEquals(PlanStatus.UNDER_REVIEW, p.getStatus());
        p.reviewOpened(7L, "proj.clerk", CLOCK);
        p.reviewed(CLOCK);
        assertEquals(PlanStatus.REVIEWED, p.getStatus());
    }

    @Test
    void whoPreparedOrSubmittedCannotDecide() {
        PlanProject p = reviewed();
        RuleViolationException e = assertThrows(RuleViolationException.class, () -> p.approve(new BigDecimal("1000"),
                NONE, 5, WorkingDays.weekendsOnly(), null, "proj.clerk", CLOCK));
        assertEquals("project.plan.ownPreparation", e.messageKey());
        assertThrows(RuleViolationException.class, () -> p.reject("不符合", "proj.clerk", CLOCK));
        assertEquals(PlanStatus.REVIEWED, p.getStatus());
    }

    @Test
    void theGrantIsAtMostRequestedAndTheCap() {
        PlanProject p = reviewed();
        assertEquals("project.grant.aboveRequested", assertThrows(RuleViolationException.class,
                () -> p.approve(new BigDecimal("200000.01"), NONE, 5, WorkingDays.weekendsOnly(), null, "leader",
                        CLOCK)).messageKey());
        assertThrows(RuleViolationException.class, () -> p.approve(BigDecimal.ZERO, NONE, 5,
                WorkingDays.weekendsOnly(), null, "leader", CLOCK));
    }

    @Test
    void theBudgetIsNeverOverCommitted() {
        PlanProject p = reviewed();
        RuleViolationException e = assertThrows(RuleViolationException.class, () -> p.approve(
                new BigDecimal("150000"), new BigDecimal("900000"), 5, WorkingDays.weekendsOnly(), null, "leader",
                CLOCK));
        assertEquals("project.plan.budgetExceeded", e.messageKey());
        // budget, committed, headroom, shortfall
        assertEquals(List.of("1,000,000.00", "900,000.00", "100,000.00", "50,000.00"),
                List.of(e.arguments()).stream().map(String::valueOf).toList());
        p.approve(new BigDecimal("100000"), new BigDecimal("900000"), 5, WorkingDays.weekendsOnly(), null, "leader",
                CLOCK);
        assertEquals(new BigDecimal("100000.00"), p.grant().orElseThrow());
    }

    @Test
    void headroomArithmetic() {
        assertEquals(new BigDecimal("0.01"), PlanBudget.headroom(new BigDecimal("100.00"), new BigDecimal("99.99")));
        assertEquals(0, PlanBudget.headroom(new BigDecimal("100.00"), new BigDecimal("120.00")).signum());
        assertEquals(new BigDecimal("100.00"), PlanBudget.headroom(new BigDecimal("100.00"), null));
    }

    @Test
    void aCallWithoutBudgetFundsNothing() {
        ProgrammeCall open = call(county, null, "300000");
        PlanProject p = withId(new PlanProject(open, f.company, "x", "y", budget("1000", "0", "1000"), "c", CLOCK));
        p.submit("c", CLOCK);
        p.reviewOpened(1L, "c", CLOCK);
        p.reviewed(CLOCK);
        assertEquals("project.plan.noBudget", assertThrows(RuleViolationException.class, () -> p.approve(
                new BigDecimal("1000"), NONE, 5, WorkingDays.weekendsOnly(), null, "leader", CLOCK)).messageKey());
    }

    @Test
    void theNoticeRunsFiveWorkingDaysAndHoldsTheGrant() {
        PlanProject p = inNotice("150000");
        assertEquals(PlanStatus.IN_NOTICE, p.getStatus());
        assertTrue(p.getStatus().holdsGrant());
        assertEquals(LocalDate.of(2026, 7, 6), p.noticeEnds().orElseThrow());
        RuleViolationException early = assertThrows(RuleViolationException.class,
                () -> p.establish("c", at(LocalDate.of(2026, 7, 6))));
        assertEquals("project.plan.noticeRunning", early.messageKey());
        p.establish("c", at(LocalDate.of(2026, 7, 7)));
        assertEquals(PlanStatus.ESTABLISHED, p.getStatus());
    }

    @Test
    void aRejectionNeedsItsReason() {
        PlanProject p = reviewed();
        assertThrows(RuleViolationException.class, () -> p.reject(" ", "leader", CLOCK));
        p.reject("与本年度指南方向不符", "leader", CLOCK);
        assertEquals(PlanStatus.REJECTED, p.getStatus());
        assertFalse(p.getStatus().holdsGrant());
    }

    @Test
    void anUpheldObjectionWithdrawsTheGrant() {
        PlanProject p = inNotice("150000");
        p.object(TODAY, "匿名", "申报单位资质存疑", "proj.clerk", CLOCK);
        assertThrows(RuleViolationException.class, () -> p.establish("c", at(LocalDate.of(2026, 7, 7))));
        p.settleObjection(0, true, "经核实属实", "leader", CLOCK);
        assertEquals(PlanStatus.WITHDRAWN, p.getStatus());
        assertFalse(p.getStatus().holdsGrant());
        assertEquals(PlanObjection.Outcome.UPHELD, p.getObjections().get(0).getOutcome());
    }

    @Test
    void aDismissedObjectionLetsTheNoticeRunOn() {
        PlanProject p = inNotice("150000");
        p.object(TODAY, "某企业", "评分不公", "proj.clerk", CLOCK);
        assertThrows(RuleViolationException.class, () -> p.settleObjection(0, false, "", "leader", CLOCK));
        p.settleObjection(0, false, "评审程序合规", "leader", CLOCK);
        assertThrows(RuleViolationException.class, () -> p.settleObjection(0, true, "again", "leader", CLOCK));
        assertEquals(PlanStatus.IN_NOTICE, p.getStatus());
        assertEquals("project.plan.objectionOutsideNotice", assertThrows(RuleViolationException.class,
                () -> p.object(LocalDate.of(2026, 7, 7), "x", "y", "c", at(LocalDate.of(2026, 7, 7)))).messageKey());
    }

    @Test
    void trancheNeverAddUpToMoreThanTheGrant() {
        PlanProject p = established();
        Clock later = at(LocalDate.of(2026, 7, 20));
        p.pay(LocalDate.of(2026, 7, 10), new BigDecimal("100000"), "首拨", "c", later);
        RuleViolationException e = assertThrows(RuleViolationException.class,
                () -> p.pay(LocalDate.of(2026, 7, 11), new BigDecimal("50000.01"), null, "c", later));
        assertEquals("project.tranche.aboveGrant", e.messageKey());
        p.pay(LocalDate.of(2026, 7, 11), new BigDecimal("50000"), null, "c", later);
        assertEquals(new BigDecimal("150000.00"), p.getPaid());
        assertEquals(2, p.getTranches().size());
    }

    @Test
    void theContractNeedsMilestonesWithinItsTerm() {
        PlanProject p = established();
        Clock day = at(LocalDate.of(2026, 7, 8));
        assertEquals("project.plan.milestonesMissing", assertThrows(RuleViolationException.class, () -> p.contract(
                LocalDate.of(2026, 7, 8), LocalDate.of(2026, 12, 31), LocalDate.of(2027, 6, 30), List.of(), "c",
                day)).messageKey());
        assertEquals("project.plan.milestoneDue", assertThrows(RuleViolationException.class, () -> p.contract(
                LocalDate.of(2026, 7, 8), LocalDate.of(2026, 12, 31), LocalDate.of(2027, 6, 30),
                List.of(new PlanMilestone("晚", LocalDate.of(2027, 7, 1))), "c", day)).messageKey());
    }

    @Test
    void aMissedMilestoneFlagsTheProjectOverdue() {
        PlanProject p = contracted();
        assertEquals(LocalDate.of(2026, 10, 31), p.nextDue().orElseThrow());
        assertFalse(p.overdueOn(LocalDate.of(2026, 10, 31)));
        assertTrue(p.overdueOn(LocalDate.of(2026, 11, 1)));
        p.milestoneDone(0, LocalDate.of(2026, 10, 30), "c", at(LocalDate.of(2026, 11, 1)));
        assertEquals(LocalDate.of(2026, 12, 31), p.nextDue().orElseThrow());
        assertFalse(p.overdueOn(LocalDate.of(2026, 11, 1)));
        p.midTermChecked(LocalDate.of(2026, 12, 20), "进度正常", "c", at(LocalDate.of(2026, 12, 20)));
        assertEquals(LocalDate.of(2027, 3, 31), p.nextDue().orElseThrow());
    }

    @Test
    void theAcceptanceIsByExpertsAndMayBeDeferredOnce() {
        PlanProject p = contracted();
        Clock day = at(LocalDate.of(2027, 6, 30));
        assertThrows(RuleViolationException.class, () -> p.accept(LocalDate.of(2027, 6, 30), AcceptanceResult.PASSED,
                " ", null, null, "c", day));
        p.accept(LocalDate.of(2027, 6, 30), AcceptanceResult.DEFERRED, "张教授、李研究员", null,
                LocalDate.of(2027, 9, 30), "c", day);
        assertEquals(LocalDate.of(2027, 9, 30), p.acceptanceDue().orElseThrow());
        assertThrows(RuleViolationException.class, () -> p.accept(LocalDate.of(2027, 6, 30),
                AcceptanceResult.DEFERRED, "张教授", null, LocalDate.of(2027, 12, 30), "c", day));
        p.accept(LocalDate.of(2027, 6, 30), AcceptanceResult.PASSED, "张教授、李研究员、王高工", "通过", null, "c", day);
        p.close(LocalDate.of(2027, 6, 30), null, "c", day);
        assertEquals(PlanStatus.CLOSED, p.getStatus());
        assertFalse(p.overdueOn(LocalDate.of(2030, 1, 1)));
    }

    @Test
    void stepsOutOfOrderAreRefused() {
        PlanProject p = established();
        assertThrows(RuleViolationException.class, () -> p.midTermChecked(TODAY, null, "c", CLOCK));
        assertThrows(RuleViolationException.class, () -> p.close(TODAY, null, "c", CLOCK));
    }
}
