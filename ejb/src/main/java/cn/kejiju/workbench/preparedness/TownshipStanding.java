package cn.kejiju.workbench.preparedness;

import cn.kejiju.workbench.preparedness.TownshipAssessmentRepository.TownshipRef;

import java.math.BigDecimal;
import java.util.List;

/**
 * A township's assessment of a year as the pages and the API show it: the year's criteria set, the facts the
 * pre-filled criteria read, the assessment (null before the first score) and the township's rank in its county
 * (null when not complete, or when read alone).
 */
public record TownshipStanding(TownshipRef township, int year, AssessmentScheme scheme, TownshipFacts facts,
                               TownshipAssessment assessment, Integer rank) {

    /** The total scored so far (null before the first score). */
    public BigDecimal total() {
        return assessment == null ? null : assessment.getTotal();
    }

    /** The grade, once every criterion is scored. */
    public TownshipGrade grade() {
        return assessment == null ? null : assessment.getGrade();
    }

    public AssessmentStatus status() {
        return assessment == null ? null : assessment.getStatus();
    }

    /** Every criterion with its pre-filled score, the score given, evidence and reason. */
    public List<Line> lines() {
        return scheme.getCriteria().stream().map(c -> {
            CriterionScore s = assessment == null ? null : assessment.score(c.getCode()).orElse(null);
            return new Line(c, c.suggested(facts), s);
        }).toList();
    }

    /** One criterion of the township's year: what the facts earn now ({@code suggested}) and what was scored. */
    public record Line(AssessmentCriterion criterion, BigDecimal suggested, CriterionScore score) {
    }
}
