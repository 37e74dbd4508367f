package cn.kejiju.workbench.commissioner;

import cn.kejiju.workbench.shared.RuleViolationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static cn.kejiju.workbench.commissioner.Fixtures.CLOCK;
import static cn.kejiju.workbench.commissioner.Fixtures.TODAY;
import static cn.kejiju.workbench.commissioner.Fixtures.content;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ServiceLogTest {

    private static final LocalDate DAY = LocalDate.of(2026, 5, 20);

    private final Fixtures f = new Fixtures();
    private final Assignment assignment = f.assignment(f.commissioner("林志远"), f.village,
            LocalDate.of(2026, 3, 1), LocalDate.of(2027, 2, 28), List.of());

    private static void refused(String key, String field, Executable action) {
        RuleViolationException e = assertThrows(RuleViolationException.class, action);
        assertEquals(key, e.messageKey());
        assertEquals(field, e.field());
    }

    private ServiceLog log(LogContent content) {
        return new ServiceLog(assignment, content, "lj.clerk", CLOCK);
    }

    @Test
    void isSubmittedWithTheAssignmentsCommissionerCountyAndTarget() {
        ServiceLog log = log(content(DAY, ServiceKind.ON_SITE_GUIDANCE, "1", 0, List.of()));
        assertEquals(LogStatus.SUBMITTED, log.getStatus());
        assertEquals(assignment.getCommissioner(), log.getCommissioner());
        assertEquals(f.county, log.getCounty());
        assertEquals(assignment.getTarget().getKey(), log.getTargetKey());
        assertEquals(new BigDecimal("1.5000"), log.getIncome());
    }

    @Test
    void theDayLiesWithinTheAssignmentAndNotAhead() {
        refused("log.dateOutsideAssignment", "serviceDate",
                () -> log(content(LocalDate.of(2026, 2, 28), ServiceKind.ON_SITE_GUIDANCE, "1", 0, List.of())));
        refused("log.dateInFuture", "serviceDate",
                () -> log(content(TODAY.plusDays(1), ServiceKind.ON_SITE_GUIDANCE, "1", 0, List.of())));
    }

    @Test
    void daysArePositiveHalfDaysUpToAMonth() {
        log(content(DAY, ServiceKind.ON_SITE_GUIDANCE, "0.5", 0, List.of()));
        for (String days : List.of("0", "0.3", "31.5", "-1")) {
            RuleViolationException e = assertThrows(RuleViolationException.class,
                    () -> log(content(DAY, ServiceKind.ON_SITE_GUIDANCE, days, 0, List.of())), days);
            assertEquals("days", e.field(), days);
        }
    }

    @Test
    void incomeIsAnExactAmountOfAtMostFourDecimals() {
        LogContent precise = new LogContent(DAY, ServiceKind.COOPERATION_AGREEMENT, BigDecimal.ONE, 0, 0,
                new BigDecimal("12.3456"), "签订技术合作协议", List.of());
        assertEquals(new BigDecimal("12.3456"), log(precise).getIncome());
        refused("amount.scale", "income", () -> log(new LogContent(DAY, ServiceKind.COOPERATION_AGREEMENT,
                BigDecimal.ONE, 0, 0, new BigDecimal("0.00001"), "签订技术合作协议", List.of())));
        refused("amount.range", "income", () -> log(new LogContent(DAY, ServiceKind.COOPERATION_AGREEMENT,
                BigDecimal.ONE, 0, 0, new BigDecimal("-1"), "签订技术合作协议", List.of())));
    }

    @Test
    void aTrainingCountsItsPeople() {
        refused("log.trainingNeedsPeople", "peopleTrained", () -> log(content(DAY, ServiceKind.TRAINING, "1", 0, List.of())));
        assertEquals(45, log(content(DAY, ServiceKind.TRAINING, "1", 45, List.of())).getPeopleTrained());
    }

    @Test
    void introductionsNameTheirVarietiesAndTechnologiesOnceEach() {
        Innovation jinXuan = f.variety("金萱");
        Innovation greenControl = f.technology("茶园绿色防控");
        refused("log.varietyRequired", "introductions",
                () -> log(content(DAY, ServiceKind.VARIETY_INTRODUCTION, "1", 0, List.of(greenControl))));
        refused("log.technologyRequired", "introductions",
                () -> log(content(DAY, ServiceKind.TECHNOLOGY_PROMOTION, "1", 0, List.of(jinXuan))));
        refused("log.duplicateItem", "introductions",
                () -> log(content(DAY, ServiceKind.VARIETY_INTRODUCTION, "1", 0, List.of(jinXuan, jinXuan))));
        Innovation foreign = Fixtures.withId(new Innovation(f.otherCounty, InnovationKind.VARIETY, "福云6号"));
        refused("log.itemOutsideCounty", "introductions",
                () -> log(content(DAY, ServiceKind.VARIETY_INTRODUCTION, "1", 0, List.of(foreign))));

        ServiceLog log = log(content(DAY, ServiceKind.VARIETY_INTRODUCTION, "1", 0, List.of(jinXuan, greenControl)));
        assertEquals(List.of(jinXuan, greenControl),
                log.getIntroductions().stream().map(Introduction::getInnovation).toList());
    }

    @Test
    void revisingKeepsTheIntroductionsStillNamed() {
        Innovation jinXuan = f.variety("金萱");
        Innovation tieGuanYin = f.variety("铁观音");
        ServiceLog log = log(content(DAY, ServiceKind.VARIETY_INTRODUCTION, "1", 0, List.of(jinXuan, tieGuanYin)));
        Introduction kept = log.getIntroductions().get(0);
        log.revise(content(DAY, ServiceKind.VARIETY_INTRODUCTION, "1", 0, List.of(jinXuan)), 1, f.settings, "lj.clerk", CLOCK);
        assertEquals(List.of(kept), log.getIntroductions());
    }

    @Test
    void aLeaderApprovesOrRejectsWithAReasonAndAnApprovedLogIsFinal() {
        ServiceLog rejected = log(content(DAY, ServiceKind.ON_SITE_GUIDANCE, "1", 0, List.of()));
        refused("field.required", "reason", () -> rejected.reject("  ", "leader", CLOCK));
        rejected.reject("缺少盖章确认单", "leader", CLOCK);
        assertEquals(LogStatus.REJECTED, rejected.getStatus());
        assertEquals("缺少盖章确认单", rejected.rejectionReason().orElseThrow());
        refused("log.notAwaitingReview", "status", () -> rejected.approve("leader", CLOCK));

        rejected.revise(content(DAY, ServiceKind.ON_SITE_GUIDANCE, "1", 0, List.of()), 1, f.settings, "lj.clerk", CLOCK);
        assertEquals(LogStatus.SUBMITTED, rejected.getStatus());
        assertTrue(rejected.rejectionReason().isEmpty(), "a resubmitted log starts a new review");

        rejected.approve("leader", CLOCK);
        assertEquals(LogStatus.APPROVED, rejected.getStatus());
        assertEquals("leader", rejected.reviewedBy().orElseThrow());
        refused("log.approvedIsFinal", "status", () -> rejected.revise(
                content(DAY, ServiceKind.ON_SITE_GUIDANCE, "2", 0, List.of()), 1, f.settings, "lj.clerk", CLOCK));
        refused("log.approvedIsFinal", "status", rejected::requireEditable);
    }

    @Test
    void adoptionIsRecordedOnlyAfterApproval() {
        ServiceLog log = log(content(DAY, ServiceKind.VARIETY_INTRODUCTION, "1", 0, List.of(f.variety("金萱"))));
        Introduction introduction = log.getIntroductions().get(0);
        refused("introduction.notApproved", "introductionId",
                () -> introduction.recordAdoption(new BigDecimal("120"), 35, new BigDecimal("48.5"), TODAY));
        log.approve("leader", CLOCK);
        introduction.recordAdoption(new BigDecimal("120.5"), 35, new BigDecimal("48.5"), TODAY);
        assertEquals(new BigDecimal("120.50"), introduction.adoptedArea().orElseThrow());
        assertEquals(new BigDecimal("48.5000"), introduction.adoptionIncome().orElseThrow());
    }
}
