package cn.kejiju.workbench.project;

import cn.kejiju.workbench.review.ReviewCompleted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.time.Clock;

/**
 * Moves a county plan project to 已评审 in the transaction of its review's last score or decline, so that the score
 * and the project's status commit together. It reads through the repository: the reviewer has no project role.
 */
@ApplicationScoped
public class PlanReviewListener {

    @Inject
    PlanRepository projects;

    @Inject
    Clock clock;

    void on(@Observes ReviewCompleted completed) {
        if (!PlanProject.REVIEW_KIND.equals(completed.subjectKind())) {
            return;
        }
        projects.find(completed.subjectId()).filter(p -> p.getStatus() == PlanStatus.UNDER_REVIEW)
                .ifPresent(p -> p.reviewed(clock));
    }
}
