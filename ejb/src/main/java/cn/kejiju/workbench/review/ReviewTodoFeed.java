package cn.kejiju.workbench.review;

import cn.kejiju.workbench.security.Roles;
import cn.kejiju.workbench.todo.TodoDraft;
import cn.kejiju.workbench.todo.TodoFeed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.List;

/**
 * The reviewers' to-dos: one item per pending assignment of a review still open (待评审), addressed to its
 * reviewer alone (no other reviewer of the county sees it), opening the assignment on 我的评审. {@link ReviewService}
 * raises the item when it assigns the reviewer and resolves it when the reviewer scores or declines or the
 * subject is decided; this feed reconciles them at start-up and every hour with one query.
 */
@ApplicationScoped
public class ReviewTodoFeed implements TodoFeed {

    static final String PREFIX = "review.assignment.";
    static final String PENDING = PREFIX + "pending";

    @Inject
    ReviewRepository reviews;

    @Override
    public String kindPrefix() {
        return PREFIX;
    }

    @Override
    public List<TodoDraft> due(LocalDate today) {
        return reviews.pendingAssignments().stream().map(ReviewTodoFeed::pending).toList();
    }

    /** The to-do of a pending assignment: for its reviewer only, in the review's county, opening it. */
    static TodoDraft pending(ReviewAssignment assignment) {
        Review review = assignment.getReview();
        return TodoDraft.of(PENDING, ReviewService.ASSIGNMENT, assignment.getId())
                .county(review.getCounty())
                .role(Roles.REVIEWER)
                .addressee(assignment.getReviewerUsername())
                .message("todo." + PENDING, review.getTitle())
                .link("/review/assignment.xhtml?id=" + assignment.getId())
                .build();
    }
}
