package cn.kejiju.workbench.commissioner;

import java.util.Optional;

/**
 * One commissioner's year in the assessment: the figures and score as computed now from approved
 * logs and ratings, or as confirmed by a leader (then frozen), and whether the quota is at risk.
 */
public record AssessmentRow(Commissioner commissioner, int year, ServiceFigures figures, AssessmentScore score,
                            Assessment confirmed) {

    public boolean isConfirmed() {
        return confirmed != null;
    }

    public Optional<Assessment> confirmation() {
        return Optional.ofNullable(confirmed);
    }

    /**
     * Not confirmed yet, assessed (not 未满考核期) and short of the (pro-rated) quota: the clerk should act
     * before the year ends.
     */
    public boolean isAtRisk() {
        return confirmed == null && score.assessed() && !score.quotaMet();
    }
}
