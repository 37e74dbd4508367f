package cn.kejiju.workbench.commissioner;

import cn.kejiju.workbench.shared.RuleViolationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static cn.kejiju.workbench.commissioner.Fixtures.CLOCK;
import static cn.kejiju.workbench.commissioner.Fixtures.TODAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AssignmentTest {

    private static final LocalDate START = LocalDate.of(2026, 3, 1);
    private static final LocalDate END = LocalDate.of(2027, 2, 28);

    private final Fixtures f = new Fixtures();
    private final Commissioner lin = f.commissioner("林志远");

    private static void refused(String key, String field, Executable action) {
        RuleViolationException e = assertThrows(RuleViolationException.class, action);
        assertEquals(key, e.messageKey());
        assertEquals(field, e.field());
    }

    @Test
    void opensActiveWithAnUnconfirmedAgreement() {
        Assignment a = f.assignment(lin, f.village, START, END, List.of());
        assertEquals(AssignmentStatus.ACTIVE, a.getStatus());
        assertEquals(TargetKind.VILLAGE, a.getTarget().getKind());
        assertEquals(f.county, a.getCounty());
        assertFalse(a.isAgreementConfirmed());
        assertTrue(a.isActiveOn(TODAY));
    }

    @Test
    void theEndComesAfterTheStart() {
        refused("assignment.endNotAfterStart", "endDate", () -> f.assignment(lin, f.village, START, START, List.of()));
        refused("assignment.endNotAfterStart", "endDate",
                () -> f.assignment(lin, f.village, START, START.minusDays(1), List.of()));
    }

    @Test
    void noTwoOverlappingActiveAssignmentsAtOneTarget() {
        Assignment first = f.assignment(lin, f.village, START, END, List.of());
        refused("assignment.overlap", "startDate",
                () -> f.assignment(lin, f.village, END, END.plusMonths(6), List.of(first)));
        // the day after the first ends is free; another target overlaps freely
        f.assignment(lin, f.village, END.plusDays(1), END.plusMonths(6), List.of(first));
        f.assignment(lin, f.otherVillage, START, END, List.of(first));
    }

    @Test
    void anEndedAssignmentNoLongerBlocksItsTarget() {
        Assignment first = f.assignment(lin, f.village, START, END, List.of());
        first.endEarly(TODAY, "村两委换届，服务内容调整", CLOCK);
        f.assignment(lin, f.village, TODAY.plusDays(1), END, List.of(first));
    }

    @Test
    void atMostTheConfiguredNumberActiveAtOnce() {
        List<Assignment> active = new ArrayList<>();
        active.add(f.assignment(lin, f.village, START, END, active));
        active.add(f.assignment(lin, f.otherVillage, START, END, active));
        active.add(f.assignment(lin, f.thirdVillage, START, END, active));
        RuleViolationException e = assertThrows(RuleViolationException.class, () -> Assignment.open(lin,
                ServiceTarget.organisation(f.cooperative), START, END, "合作社品牌建设", active, f.settings, CLOCK));
        assertEquals("assignment.tooMany", e.messageKey());
        assertEquals(3, e.arguments()[0]);
    }

    @Test
    void anAssignmentPastItsEndDateDoesNotCountTowardsTheCap() {
        List<Assignment> active = new ArrayList<>();
        active.add(f.assignment(lin, f.village, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), active));
        active.add(f.assignment(lin, f.otherVillage, START, END, active));
        active.add(f.assignment(lin, f.thirdVillage, START, END, active));
        Assignment fourth = Assignment.open(lin, ServiceTarget.organisation(f.cooperative), START, END, "合作社品牌建设",
                active, f.settings, CLOCK);
        assertEquals(TargetKind.COOPERATIVE, fourth.getTarget().getKind());
    }

    @Test
    void theTargetLiesInTheCommissionersCounty() {
        refused("assignment.targetOutsideCounty", "targetId",
                () -> f.assignment(lin, f.foreignVillage, START, END, List.of()));
    }

    @Test
    void anEndedPostingTakesNoAssignment() {
        Commissioner ended = f.commissioner("王建");
        ended.end(TODAY, 0, CLOCK);
        refused("assignment.commissionerEnded", "commissionerId",
                () -> f.assignment(ended, f.village, START, END, List.of()));
    }

    @Test
    void bothSidesConfirmTheAgreementAndAChangedPlanNeedsBothAgain() {
        Assignment a = f.assignment(lin, f.village, START, END, List.of());
        a.confirmByCommissioner(LocalDate.of(2026, 3, 2), CLOCK);
        assertFalse(a.isAgreementConfirmed());
        refused("assignment.confirmedInFuture", "confirmedOn", () -> a.confirmByTarget(TODAY.plusDays(1), CLOCK));
        a.confirmByTarget(LocalDate.of(2026, 3, 3), CLOCK);
        assertTrue(a.isAgreementConfirmed());

        a.replan(START, END, "推广茶叶绿色防控技术", List.of(a), CLOCK);
        assertTrue(a.isAgreementConfirmed(), "an unchanged plan keeps the agreement");
        a.replan(START, END.plusMonths(3), "推广茶叶绿色防控技术", List.of(a), CLOCK);
        assertFalse(a.isAgreementConfirmed());
        assertTrue(a.commissionerConfirmedOn().isEmpty());
    }

    @Test
    void endingEarlyNeedsAReasonAndADayWithinThePeriod() {
        Assignment a = f.assignment(lin, f.village, START, END, List.of());
        refused("field.required", "endReason", () -> a.endEarly(TODAY, " ", CLOCK));
        refused("assignment.earlyEndOutsidePeriod", "endedOn", () -> a.endEarly(END, "到期", CLOCK));
        refused("assignment.earlyEndOutsidePeriod", "endedOn", () -> a.endEarly(START.minusDays(1), "误建", CLOCK));
        a.endEarly(TODAY, "本人工作调动", CLOCK);
        assertEquals(AssignmentStatus.ENDED, a.getStatus());
        assertEquals("本人工作调动", a.endReason().orElseThrow());
        assertFalse(a.isActiveOn(TODAY));
        assertTrue(a.covers(TODAY));
        assertFalse(a.covers(TODAY.plusDays(1)), "no service after the early end");
        refused("assignment.ended", "status", () -> a.confirmByTarget(TODAY, CLOCK));
    }
}
