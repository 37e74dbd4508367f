package cn.kejiju.workbench.review;

import cn.kejiju.workbench.shared.Page;
import cn.kejiju.workbench.shared.PageRequest;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reviews, their assignments and criteria sets. */
public interface ReviewRepository {

    Optional<Review> find(long id);

    Review get(long id);

    Optional<Review> ofSubject(String subjectKind, long subjectId);

    Review add(Review review);

    /** Locks the review's row until the transaction ends (before its assignments are read). */
    void lock(Review review);

    Optional<ReviewAssignment> findAssignment(long id);

    /** A reviewer's assignments, newest first, optionally of one status. */
    Page<ReviewAssignment> assignmentsOf(String username, AssignmentStatus status, PageRequest page);

    /** The average of the scored totals of every review of a batch that has one, by review id: one query. */
    Map<Long, BigDecimal> averagesOfBatch(String batch);

    List<CriteriaSet> criteriaSets();

    Optional<CriteriaSet> criteriaSet(String code);

    CriteriaSet addCriteriaSet(CriteriaSet set);

    /** The enabled users with the role REVIEWER who may review in the county (its own and the city's). */
    List<Reviewer> reviewers(long countyId);

    Optional<Reviewer> reviewer(long userId, long countyId);

    /** Every pending assignment of a review still open, with its review and the review's county: one query. */
    List<ReviewAssignment> pendingAssignments();

    /** Whether the user (by user name) is assigned to the review of the subject, whatever the assignment's state. */
    boolean isAssigned(String username, String subjectKind, long subjectId);
}
