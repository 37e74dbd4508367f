package cn.kejiju.workbench.project;

import cn.kejiju.workbench.Fixtures;
import cn.kejiju.workbench.shared.RuleViolationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import static cn.kejiju.workbench.Fixtures.CLOCK;
import static cn.kejiju.workbench.Fixtures.TODAY;
import static cn.kejiju.workbench.Fixtures.withId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProjectApplicationTest {

    private final Fixtures f = new Fixtures();
    private final ProgrammeKind kind = new ProgrammeKind("INNOVATION_FUND", "科技型中小企业创新基金", 1);
    private final Programme programme = withId(new Programme("科技型中小企业技术创新基金", ProgrammeLevel.NATIONAL, kind,
            "科学技术部", CLOCK));

    private ProgrammeCall call(LocalDate closesOn) {
        return withId(new ProgrammeCall(programme, new CallTerms(2026, "2026 年度创新基金申报指南", LocalDate.of(2026, 3, 1),
                closesOn, new BigDecimal("50000000"), new BigDecimal("1000000"), "注册满一年的科技型中小企业"), CLOCK));
    }

    private static ProjectBudget budget(String total, String own, String asked) {
        return new ProjectBudget(new BigDecimal(total), new BigDecimal(own), new BigDecimal(asked));
    }

    private ProjectApplication application() {
        return withId(new ProjectApplication(new ProjectContent(call(LocalDate.of(2026, 7, 31)), f.company,
                List.of(f.cooperative), "智能传感器研发", "电子信息", budget("3000000", "2200000", "800000")),
                "proj.clerk", CLOCK));
    }

    private static StepDetails on() {
        return StepDetails.on(TODAY);
    }

    private ProjectApplication won(String grant) {
        ProjectApplication a = application();
        a.take(ProjectStep.RECOMMEND, on(), 1, "leader", CLOCK);
        a.take(ProjectStep.LODGE, on(), 1, "proj.clerk", CLOCK);
        a.take(ProjectStep.REVIEW, on(), 1, "proj.clerk", CLOCK);
        a.take(ProjectStep.WIN, new StepDetails(TODAY, null, new BigDecimal(grant), null, null, null), 1, "proj.clerk",
                CLOCK);
        return a;
    }

    @Test
    void theBudgetAddsUpExactly() {
        ProjectBudget b = budget("3000000.10", "2200000.05", "800000.05");
        assertEquals(new BigDecimal("3000000.10"), b.getTotal());
        RuleViolationException off = assertThrows(RuleViolationException.class,
                () -> budget("3000000", "2200000", "800000.01"));
        assertEquals("project.budget.sum", off.messageKey());
        assertThrows(RuleViolationException.class, () -> budget("1000", "0", "0"));
        assertThrows(RuleViolationException.class, () -> budget("1000", "-1", "1001"));
        assertThrows(RuleViolationException.class, () -> budget("1000.001", "0.001", "1000"));
        assertEquals(BigDecimal.ZERO.setScale(2), budget("1000", "0", "1000").getSelfRaised());
    }

    @Test
    void theRequestedAmountIsWithinTheCallsCap() {
        RuleViolationException above = assertThrows(RuleViolationException.class, () -> new ProjectApplication(
                new ProjectContent(call(LocalDate.of(2026, 7, 31)), f.company, List.of(), "课题", "生物医药",
                        budget("3000000", "1999999.99", "1000000.01")), "proj.clerk", CLOCK));
        assertEquals("project.budget.aboveCap", above.messageKey());
        assertEquals("requested", above.field());
    }

    @Test
    void aCallCapsNoMoreThanItsBudgetAndClosesAfterItOpens() {
        assertThrows(RuleViolationException.class, () -> new ProgrammeCall(programme, new CallTerms(2026, "指南",
                LocalDate.of(2026, 3, 1), LocalDate.of(2026, 2, 1), null, new BigDecimal("1"), null), CLOCK));
        RuleViolationException cap = assertThrows(RuleViolationException.class, () -> new ProgrammeCall(programme,
                new CallTerms(2026, "指南", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 1), new BigDecimal("100"),
                        new BigDecimal("101"), null), CLOCK));
        assertEquals("project.call.capAboveBudget", cap.messageKey());
    }

    @Test
    void belongsToTheCountyOfItsLeadAndKeepsPartnersOnce() {
        ProjectApplication a = application();
        assertEquals(f.county, a.getCounty());
        assertEquals(ProjectStatus.PREPARING, a.getStatus());
        assertEquals(2026, a.getYear());
        assertThrows(RuleViolationException.class, () -> new ProjectApplication(new ProjectContent(
                call(LocalDate.of(2026, 7, 31)), f.company, List.of(f.company), "课题", "电子信息",
                budget("10", "0", "10")), "proj.clerk", CLOCK));
    }

    @Test
    void aClosedCallTakesNoApplication() {
        RuleViolationException closed = assertThrows(RuleViolationException.class, () -> new ProjectApplication(
                new ProjectContent(call(TODAY.minusDays(1)), f.company, List.of(), "课题", "电子信息",
                        budget("10", "0", "10")), "proj.clerk", CLOCK));
        assertEquals("project.call.closed", closed.messageKey());
    }

    @Test
    void whoeverPreparedItCannotRecommendIt() {
        ProjectApplication a = application();
        RuleViolationException own = assertThrows(RuleViolationException.class,
                () -> a.take(ProjectStep.RECOMMEND, on(), 1, "proj.clerk", CLOCK));
        assertEquals("project.application.ownPreparation", own.messageKey());
        a.revise(new ProjectContent(a.getCall(), f.company, List.of(), "智能传感器研发", "电子信息",
                budget("3000000", "2200000", "800000")), "lj.clerk", CLOCK);
        assertThrows(RuleViolationException.class, () -> a.take(ProjectStep.RECOMMEND, on(), 1, "lj.clerk", CLOCK));
        a.take(ProjectStep.RECOMMEND, on(), 1, "leader", CLOCK);
        assertEquals(ProjectStatus.RECOMMENDED, a.getStatus());
        assertEquals("leader", a.recommendedBy().orElseThrow());
    }

    @Test
    void theRecommendationNeedsADocument() {
        RuleViolationException none = assertThrows(RuleViolationException.class,
                () -> application().take(ProjectStep.RECOMMEND, on(), 0, "leader", CLOCK));
        assertEquals("project.application.documentsMissing", none.messageKey());
    }

    @Test
    void documentsAreAttachedOnlyWhilePrepared() {
        ProjectApplication a = application();
        a.requireFilesChangeable();
        a.take(ProjectStep.RECOMMEND, on(), 1, "leader", CLOCK);
        assertThrows(RuleViolationException.class, a::requireFilesChangeable);
    }

    @Test
    void thePathAllowsOnlyItsSteps() {
        assertEquals(EnumSet.of(ProjectStatus.RECOMMENDED), ProjectStatus.PREPARING.next());
        assertEquals(EnumSet.of(ProjectStatus.WON, ProjectStatus.NOT_WON), ProjectStatus.UNDER_REVIEW.next());
        assertTrue(ProjectStatus.CONTRACTED.canMoveTo(ProjectStatus.ACCEPTANCE_DEFERRED));
        assertTrue(ProjectStatus.MID_TERM_CHECKED.canMoveTo(ProjectStatus.ACCEPTANCE_PASSED));
        assertFalse(ProjectStatus.ACCEPTANCE_DEFERRED.canMoveTo(ProjectStatus.ACCEPTANCE_DEFERRED));
        assertFalse(ProjectStatus.PREPARING.canMoveTo(ProjectStatus.WON));
        assertFalse(ProjectStatus.WON.canMoveTo(ProjectStatus.ACCEPTANCE_PASSED));
        assertEquals(EnumSet.of(ProjectStatus.CLOSED), ProjectStatus.ACCEPTANCE_PASSED.next());
        ProjectApplication a = application();
        RuleViolationException skipped = assertThrows(RuleViolationException.class,
                () -> a.take(ProjectStep.LODGE, on(), 1, "proj.clerk", CLOCK));
        assertEquals("project.application.stepNotAllowed", skipped.messageKey());
        assertEquals(ProjectStatus.PREPARING, a.getStatus());
    }

    @ParameterizedTest
    @EnumSource(value = ProjectStatus.class, names = {"NOT_WON", "ACCEPTANCE_FAILED", "CLOSED"})
    void finalStatusesLeadNowhere(ProjectStatus status) {
        assertTrue(status.next().isEmpty());
    }

    @Test
    void theWholePathToClosure() {
        ProjectApplication a = won("800000");
        a.take(ProjectStep.CONTRACT, new StepDetails(TODAY, null, null, TODAY.plusMonths(6), TODAY.plusMonths(12),
                null), 1, "proj.clerk", CLOCK);
        a.take(ProjectStep.MID_TERM, on(), 1, "proj.clerk", CLOCK);
        RuleViolationException noDue = assertThrows(RuleViolationException.class, () -> a.take(ProjectStep.ACCEPTANCE,
                new StepDetails(TODAY, null, null, null, null, AcceptanceResult.DEFERRED), 1, "proj.clerk", CLOCK));
        assertEquals("acceptanceDue", noDue.field());
        a.take(ProjectStep.ACCEPTANCE, new StepDetails(TODAY, "设备未到货", null, null, TODAY.plusMonths(3),
                AcceptanceResult.DEFERRED), 1, "proj.clerk", CLOCK);
        assertEquals(TODAY.plusMonths(3), a.acceptanceDue().orElseThrow());
        assertTrue(a.acceptedOn().isEmpty(), "a deferral concludes nothing");
        a.take(ProjectStep.ACCEPTANCE, new StepDetails(TODAY, null, null, null, null, AcceptanceResult.PASSED), 1,
                "proj.clerk", CLOCK);
        assertEquals(TODAY, a.acceptedOn().orElseThrow(), "the day the acceptance passed");
        a.take(ProjectStep.CLOSE, on(), 1, "proj.clerk", CLOCK);
        assertEquals(ProjectStatus.CLOSED, a.getStatus());
        assertEquals(10, a.getPath().size());
    }

    @Test
    void notWonNeedsTheReason() {
        ProjectApplication a = application();
        a.take(ProjectStep.RECOMMEND, on(), 1, "leader", CLOCK);
        a.take(ProjectStep.LODGE, on(), 1, "proj.clerk", CLOCK);
        a.take(ProjectStep.REVIEW, on(), 1, "proj.clerk", CLOCK);
        assertThrows(RuleViolationException.class, () -> a.take(ProjectStep.NOT_WIN, on(), 1, "proj.clerk", CLOCK));
        a.take(ProjectStep.NOT_WIN, new StepDetails(TODAY, "评审得分未进入资助范围", null, null, null, null), 1,
                "proj.clerk", CLOCK);
        assertEquals(ProjectStatus.NOT_WON, a.getStatus());
        assertEquals("评审得分未进入资助范围", a.getPath().get(a.getPath().size() - 1).getNote());
    }

    @Test
    void theGrantIsNoMoreThanRequestedAndStepsAreNotInTheFuture() {
        assertThrows(RuleViolationException.class, () -> won("800000.01"));
        ProjectApplication a = application();
        RuleViolationException future = assertThrows(RuleViolationException.class,
                () -> a.take(ProjectStep.RECOMMEND, StepDetails.on(TODAY.plusDays(1)), 1, "leader", CLOCK));
        assertEquals("project.date.future", future.messageKey());
    }

    @Test
    void tranchesNeverExceedTheGrant() {
        ProjectApplication a = won("600000");
        a.receive(TODAY, new BigDecimal("400000"), "首笔", "proj.clerk", CLOCK);
        RuleViolationException over = assertThrows(RuleViolationException.class,
                () -> a.receive(TODAY, new BigDecimal("200000.01"), null, "proj.clerk", CLOCK));
        assertEquals("project.tranche.aboveGrant", over.messageKey());
        a.receive(TODAY, new BigDecimal("200000"), null, "proj.clerk", CLOCK);
        assertEquals(new BigDecimal("600000.00"), a.getReceived());
        assertEquals(2, a.getTranches().size());
        assertEquals(EventKind.TRANCHE, a.getEvents().get(a.getEvents().size() - 1).getKind());
        assertThrows(RuleViolationException.class, () -> a.receive(TODAY, new BigDecimal("0.01"), null, "proj.clerk", CLOCK));
    }

    @Test
    void noTrancheBeforeTheGrant() {
        ProjectApplication a = application();
        assertThrows(RuleViolationException.class, () -> a.receive(TODAY, new BigDecimal("1"), null, "proj.clerk", CLOCK));
        ProjectApplication w = won("100");
        assertThrows(RuleViolationException.class, () -> w.receive(TODAY.minusDays(1), new BigDecimal("1"), null, "proj.clerk", CLOCK));
    }

    @Test
    void helpIsRecordedUntilTheResult() {
        ProjectApplication a = application();
        a.recordHelp(new BureauHelp(HelpKind.RECOMMENDATION_LETTER, TODAY, "出具县局推荐函"), "proj.clerk", CLOCK);
        assertEquals(1, a.getHelp().size());
        ProjectApplication w = won("100");
        assertThrows(RuleViolationException.class, () -> w.recordHelp(new BureauHelp(HelpKind.MATERIALS, TODAY, null),
                "proj.clerk", CLOCK));
    }
}
