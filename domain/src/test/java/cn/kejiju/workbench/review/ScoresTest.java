package cn.kejiju.workbench.review;

import cn.kejiju.workbench.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScoresTest {

    @Test
    void equalAveragesShareAPlaceAndTheNextIsSkipped() {
        Map<String, BigDecimal> averages = new LinkedHashMap<>();
        averages.put("a", new BigDecimal("80.00"));
        averages.put("b", new BigDecimal("91.50"));
        averages.put("c", new BigDecimal("80.0"));
        averages.put("d", new BigDecimal("60.25"));
        Map<String, Integer> ranks = Scores.rank(averages);
        assertEquals(Map.of("b", 1, "a", 2, "c", 2, "d", 4), ranks);
        assertEquals(List.of("b", "a", "c", "d"), List.copyOf(ranks.keySet()), "best first");
    }

    @Test
    void subjectsWithoutAnAverageAreNotRanked() {
        Map<String, BigDecimal> averages = new LinkedHashMap<>();
        averages.put("a", null);
        averages.put("b", new BigDecimal("70"));
        assertEquals(Map.of("b", 1), Scores.rank(averages));
        assertTrue(Scores.rank(Map.of()).isEmpty());
    }

    @Test
    void theAverageOfASumIsRoundedHalfUpToTwoPlaces() {
        assertEquals(new BigDecimal("83.33"), Scores.average(new BigDecimal("250.0"), 3));
        assertEquals(new BigDecimal("83.75"), Scores.average(new BigDecimal("167.5"), 2));
        assertEquals(new BigDecimal("0.17"), Scores.average(new BigDecimal("0.5"), 3), "0.1666… rounds up");
        assertTrue(Scores.average(List.of()).isEmpty());
    }

    @Test
    void aCriteriaSetIsNumberedFromOneWithDistinctNamesAndPositiveMaxima() {
        assertEquals("review.criteriaSet.order", assertThrows(RuleViolationException.class,
                () -> new CriteriaSet("x", "X", List.of(new Criterion(2, "a", BigDecimal.TEN)))).messageKey());
        assertEquals("review.criteriaSet.nameTwice", assertThrows(RuleViolationException.class,
                () -> new CriteriaSet("x", "X", List.of(new Criterion(1, "a", BigDecimal.TEN),
                        new Criterion(2, "a", BigDecimal.ONE)))).messageKey());
        assertEquals("review.score.range", assertThrows(RuleViolationException.class,
                () -> new Criterion(1, "a", BigDecimal.ZERO)).messageKey());
        assertEquals("review.criteriaSet.code", assertThrows(RuleViolationException.class,
                () -> new CriteriaSet("Bad Code", "X", List.of(new Criterion(1, "a", BigDecimal.TEN)))).messageKey());
        assertEquals("review.criteriaSet.count", assertThrows(RuleViolationException.class,
                () -> new CriteriaSet("x", "X", List.of())).messageKey());
    }
}
