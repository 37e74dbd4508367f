package cn.kejiju.workbench.incubator;

import cn.kejiju.workbench.review.ReviewCompleted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.time.Clock;

/**
 * Moves an entry application to REVIEWED in the transaction of its review's last score or decline, so that
 * the score and the application's status commit together (a listener after commit could miss it). It reads
 * through the repository: the reviewer who settles has no incubator role.
 */
@ApplicationScoped
public class EntryReviewListener {

    @Inject
    EntryRepository entries;

    @Inject
    Clock clock;

    void on(@Observes ReviewCompleted completed) {
        if (!EntryApplication.REVIEW_KIND.equals(completed.subjectKind())) {
            return;
        }
        entries.find(completed.subjectId()).filter(a -> a.getStatus() == EntryStatus.UNDER_REVIEW)
                .ifPresent(a -> a.reviewed(clock));
    }
}
