package cn.kejiju.workbench.review;

import cn.kejiju.workbench.Fixtures;
import cn.kejiju.workbench.shared.ConflictException;
import cn.kejiju.workbench.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static cn.kejiju.workbench.Fixtures.CLOCK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReviewTest {

    private final Fixtures f = new Fixtures();
    static final CriteriaSet SET = new CriteriaSet("incubator-entry", "入孵评审标准", List.of(
            new Criterion(1, "技术", new BigDecimal("30")), new Criterion(2, "团队", new BigDecimal("25")),
            new Criterion(3, "市场", new BigDecimal("25")), new Criterion(4, "契合度", new BigDecimal("20"))));

    private final Review review = new Review(new ReviewSubject("INCUBATOR_ENTRY", 5, "batch-1", "蓝光电子", "摘要"),
            f.county, SET, CLOCK);
    private final ReviewAssignment zhang = review.assign(new Reviewer(50, "reviewer1", "张专家"));
    private final ReviewAssignment li = review.assign(new Reviewer(51, "reviewer2", "李专家"));

    private static List<BigDecimal> scores(String... values) {
        return java.util.Arrays.stream(values).map(BigDecimal::new).toList();
    }

    @Test
    void theTotalIsTheSumOfTheCriteriaScores() {
        zhang.score(scores("28", "20.5", "22", "18"), CLOCK);
        assertEquals(AssignmentStatus.SCORED, zhang.getStatus());
        assertEquals(new BigDecimal("88.5"), zhang.getTotal());
        assertEquals(scores("28.0", "20.5", "22.0", "18.0"), zhang.getScores());
        assertEquals(new BigDecimal("100.0"), SET.maxTotal());
    }

    @Test
    void aScoreAboveItsCriterionsMaximumOrBelowZeroIsRefused() {
        RuleViolationException above = assertThrows(RuleViolationException.class,
                () -> zhang.score(scores("30.1", "20", "20", "20"), CLOCK));
        assertEquals("review.score.range", above.messageKey());
        assertEquals("scores[1]", above.field());
        assertEquals("scores[4]", assertThrows(RuleViolationException.class,
                () -> zhang.score(scores("30", "25", "25", "-1"), CLOCK)).field());
        assertEquals(AssignmentStatus.PENDING, zhang.getStatus());
        zhang.score(scores("30", "25", "25", "0"), CLOCK);
        assertEquals(new BigDecimal("80.0"), zhang.getTotal(), "the maximum and zero are allowed");
    }

    @Test
    void scoresHaveAtMostOneDecimalAndOnePerCriterion() {
        assertEquals("review.score.decimals", assertThrows(RuleViolationException.class,
                () -> zhang.score(scores("20.25", "20", "20", "20"), CLOCK)).messageKey());
        assertEquals("review.score.count", assertThrows(RuleViolationException.class,
                () -> zhang.score(scores("20", "20", "20"), CLOCK)).messageKey());
        assertEquals("field.required", assertThrows(RuleViolationException.class,
                () -> zhang.score(java.util.Arrays.asList(new BigDecimal("1"), null, new BigDecimal("1"),
                        new BigDecimal("1")), CLOCK)).messageKey());
    }

    @Test
    void aDeclineNeedsAReasonAndDoesNotCountInTheAverage() {
        assertEquals("review.decline.reason", assertThrows(RuleViolationException.class,
                () -> li.decline(" ", CLOCK)).messageKey());
        li.decline("曾任该企业顾问", CLOCK);
        assertEquals(AssignmentStatus.DECLINED, li.getStatus());
        assertFalse(review.isComplete(), "zhang has not scored");
        zhang.score(scores("25", "20", "20", "15"), CLOCK);
        assertTrue(review.isComplete());
        assertEquals(new BigDecimal("80.00"), review.average().orElseThrow());
    }

    @Test
    void aReviewWhereEveryoneDeclinedIsNotComplete() {
        zhang.decline("亲属关系", CLOCK);
        li.decline("同事关系", CLOCK);
        assertFalse(review.isComplete());
        assertTrue(review.average().isEmpty());
    }

    @Test
    void theAverageIsOfTheScoredTotalsRoundedHalfUp() {
        ReviewAssignment wang = review.assign(new Reviewer(52, "reviewer3", "王专家"));
        zhang.score(scores("30", "25", "25", "20"), CLOCK);
        li.score(scores("20", "20", "20", "20"), CLOCK);
        wang.score(scores("20", "20", "20.5", "20"), CLOCK);
        // (100 + 80 + 80.5) / 3 = 86.8333…
        assertEquals(new BigDecimal("86.83"), review.average().orElseThrow());
    }

    @Test
    void aSettledAssignmentCannotBeChangedNorAClosedReviewScored() {
        zhang.score(scores("30", "25", "25", "20"), CLOCK);
        assertEquals("review.settled", assertThrows(ConflictException.class,
                () -> zhang.decline("late", CLOCK)).messageKey());
        review.close();
        assertEquals("review.closed", assertThrows(ConflictException.class,
                () -> li.score(scores("1", "1", "1", "1"), CLOCK)).messageKey());
        assertThrows(ConflictException.class, () -> review.assign(new Reviewer(53, "reviewer4", "赵专家")));
    }

    @Test
    void aReviewerIsAssignedOnce() {
        assertEquals("review.reviewerTwice", assertThrows(RuleViolationException.class,
                () -> review.assign(new Reviewer(50, "reviewer1", "张专家"))).messageKey());
        assertTrue(zhang.isOf("reviewer1"));
        assertFalse(zhang.isOf("reviewer2"));
    }
}
