package cn.kejiju.workbench.review;

import cn.kejiju.workbench.audit.AuditAction;
import cn.kejiju.workbench.audit.AuditEvent;
import cn.kejiju.workbench.audit.AuditTrail;
import cn.kejiju.workbench.jurisdiction.Jurisdiction;
import cn.kejiju.workbench.platform.Persistence;
import cn.kejiju.workbench.security.CountyGuard;
import cn.kejiju.workbench.security.Roles;
import cn.kejiju.workbench.shared.ConflictException;
import cn.kejiju.workbench.shared.NotFoundException;
import cn.kejiju.workbench.shared.Page;
import cn.kejiju.workbench.shared.PageRequest;
import cn.kejiju.workbench.shared.RuleViolationException;
import cn.kejiju.workbench.todo.TodoService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Expert review: subject modules assign reviewers to a subject's review (opening it on the first
 * assignment); a reviewer reads, scores or declines only the assignments that are theirs, and any other
 * assignment is answered as if it did not exist. The last settled assignment of a complete review fires
 * {@link ReviewCompleted} in the same transaction.
 */
@Stateless
@RolesAllowed({Roles.SYSTEM_ADMIN, Roles.LEADER, Roles.COMMISSIONER_CLERK, Roles.INCUBATOR_CLERK,
        Roles.FINANCING_CLERK, Roles.PREPAREDNESS_CLERK, Roles.PROJECT_CLERK, Roles.VIEWER, Roles.API_READ})
public class ReviewService {

    static final String RECORD = "Review";
    static final String ASSIGNMENT = "ReviewAssignment";

    @Inject
    ReviewRepository reviews;

    @Inject
    CountyGuard guard;

    @Inject
    Persistence persistence;

    @Inject
    AuditTrail auditTrail;

    @Inject
    Event<ReviewCompleted> completed;

    @Inject
    Clock clock;

    @EJB
    TodoService todo;

    /** The review of a subject, with its average and place in its batch; in the caller's county. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public ReviewStanding standing(long id) {
        return standing(reviews.get(id));
    }

    /** The review of a subject, if reviewers were assigned, with its result; in the caller's county. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<ReviewStanding> standingOf(@NotNull String subjectKind, long subjectId) {
        return reviews.ofSubject(subjectKind, subjectId).map(this::standing);
    }

    private ReviewStanding standing(Review review) {
        guard.visible(RECORD, review.getId(), review, review.getCounty());
        Map<Long, BigDecimal> averages = reviews.averagesOfBatch(review.getBatch());
        Map<Long, Integer> ranks = Scores.rank(averages);
        return new ReviewStanding(review, averages.get(review.getId()), ranks.get(review.getId()), ranks.size());
    }

    /**
     * The averages of a batch's reviews and their places (1, 2, 2, 4), by review id: one query. The subject
     * module names a batch of the caller's county.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public BatchRanking ranking(@NotNull String batch) {
        Map<Long, BigDecimal> averages = reviews.averagesOfBatch(batch);
        return new BatchRanking(averages, Scores.rank(averages));
    }

    /** The averages and places of a batch's reviews, by review id (reviews without a score are absent). */
    public record BatchRanking(Map<Long, BigDecimal> averages, Map<Long, Integer> ranks) {
    }

    /** The users who may review in a county (its reviewers and the city's). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Reviewer> reviewers(long countyId) {
        return reviews.reviewers(countyId);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<CriteriaSet> criteriaSets() {
        return reviews.criteriaSets();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public CriteriaSet criteriaSet(@NotNull String code) {
        return reviews.criteriaSet(code).orElseThrow(() -> new NotFoundException("CriteriaSet", code));
    }

    /** Adds a criteria set (sets are never changed: other criteria are a new set). */
    @RolesAllowed(Roles.SYSTEM_ADMIN)
    public CriteriaSet addCriteriaSet(@NotNull CriteriaSet set) {
        if (reviews.criteriaSet(set.getCode()).isPresent()) {
            throw new ConflictException("review.criteriaSet.codeTaken", "code", set.getCode());
        }
        CriteriaSet added = reviews.addCriteriaSet(set);
        persistence.flush("CriteriaSet", set.getCode(), () -> new ConflictException("review.criteriaSet.codeTaken",
                "code", set.getCode()));
        auditTrail.record(AuditEvent.of(AuditAction.CREATE).record("CriteriaSet", added.getId())
                .detail(set.getCode() + " " + set.getName()).build());
        return added;
    }

    /**
     * Assigns reviewers to a subject's review, opening the review (on the criteria set named) on the first
     * assignment. Each must be a reviewer who may review in the county, and not assigned already.
     */
    @RolesAllowed({Roles.INCUBATOR_CLERK, Roles.PROJECT_CLERK, Roles.API_WRITE})
    public Review assign(@NotNull ReviewSubject subject, @NotNull Jurisdiction county, @NotNull String criteriaSetCode,
                         List<Long> reviewerIds) {
        guard.requireWithin(RECORD, subject.id(), county, "reviewerIds");
        if (reviewerIds == null || reviewerIds.isEmpty()) {
            throw new RuleViolationException("review.noReviewers", "reviewerIds");
        }
        Set<Long> distinct = new LinkedHashSet<>(reviewerIds);
        if (distinct.size() != reviewerIds.size()) {
            throw new RuleViolationException("review.reviewerRepeated", "reviewerIds");
        }
        Review review = reviews.ofSubject(subject.kind(), subject.id()).orElse(null);
        if (review == null) {
            review = reviews.add(new Review(subject, county, criteriaSet(criteriaSetCode), clock));
        } else {
            review.describe(subject);
        }
        List<ReviewAssignment> added = new ArrayList<>();
        for (Long id : distinct) {
            Reviewer reviewer = reviews.reviewer(id, county.getId())
                    .orElseThrow(() -> new RuleViolationException("review.reviewerUnknown", "reviewerIds", id));
            added.add(review.assign(reviewer));
        }
        persistence.flush(RECORD, review.getId(), ConflictException::concurrentChange);
        // each new reviewer finds the assignment on their own to-do list (and no other reviewer does)
        added.forEach(assignment -> todo.raise(ReviewTodoFeed.pending(assignment)));
        auditTrail.record(AuditEvent.of(AuditAction.UPDATE).record(RECORD, review.getId()).jurisdiction(county)
                .detail(subject.kind() + " " + subject.id() + ": reviewers " + distinct + " assigned").build());
        return review;
    }

    /** The subject is decided: its review takes no more reviewers, scores or declines. */
    @RolesAllowed({Roles.LEADER, Roles.API_WRITE})
    public void close(long id) {
        Review review = reviews.get(id);
        guard.requireWithin(RECORD, id, review.getCounty(), "id");
        review.close();
        // assignments left pending cannot be settled any more: off their reviewers' lists
        review.getAssignments().stream().filter(a -> !a.getStatus().isSettled())
                .forEach(a -> todo.resolve(ReviewTodoFeed.PENDING, ASSIGNMENT, a.getId()));
    }

    /** The caller's assignments, newest first, optionally of one status. */
    @RolesAllowed(Roles.REVIEWER)
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Page<ReviewAssignment> mine(AssignmentStatus status, @NotNull PageRequest page) {
        return reviews.assignmentsOf(guard.callerName(), status, page);
    }

    /** One of the caller's assignments; another reviewer's is answered as not found. */
    @RolesAllowed(Roles.REVIEWER)
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public ReviewAssignment assignment(long id) {
        ReviewAssignment assignment = reviews.findAssignment(id).orElseThrow(() -> new NotFoundException(ASSIGNMENT, id));
        if (!assignment.isOf(guard.callerName())) {
            auditTrail.recordIndependently(AuditEvent.of(AuditAction.ACCESS_DENIED).record(ASSIGNMENT, id)
                    .detail("another reviewer's assignment").build());
            throw new NotFoundException(ASSIGNMENT, id);
        }
        return assignment;
    }

    /**
     * Whether the caller is a reviewer of the subject's review (pending, scored or declined): what lets a
     * reviewer read the subject's documents, and nothing else of it.
     */
    @RolesAllowed(Roles.REVIEWER)
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public boolean reviewsSubject(@NotNull String subjectKind, long subjectId) {
        return reviews.isAssigned(guard.callerName(), subjectKind, subjectId);
    }

    /** The caller scores every criterion of one of their assignments. */
    @RolesAllowed(Roles.REVIEWER)
    public ReviewAssignment score(long id, @NotNull Long expectedVersion, List<BigDecimal> scores) {
        ReviewAssignment assignment = mineToChange(id, expectedVersion);
        assignment.score(scores, clock);
        return settled(assignment, "scored " + assignment.getTotal());
    }

    /** The caller declines one of their assignments for a conflict of interest, giving the reason. */
    @RolesAllowed(Roles.REVIEWER)
    public ReviewAssignment decline(long id, @NotNull Long expectedVersion, String reason) {
        ReviewAssignment assignment = mineToChange(id, expectedVersion);
        assignment.decline(reason, clock);
        return settled(assignment, "declined (conflict of interest)");
    }

    private ReviewAssignment mineToChange(long id, Long expectedVersion) {
        ReviewAssignment assignment = assignment(id);
        persistence.checkVersion(ASSIGNMENT, id, expectedVersion, assignment.getVersion());
        // two reviewers settling the last two assignments at once: the second waits and sees the first
        reviews.lock(assignment.getReview());
        return assignment;
    }

    private ReviewAssignment settled(ReviewAssignment assignment, String detail) {
        persistence.flush(ASSIGNMENT, assignment.getId(), ConflictException::concurrentChange);
        todo.resolve(ReviewTodoFeed.PENDING, ASSIGNMENT, assignment.getId());
        Review review = assignment.getReview();
        auditTrail.record(AuditEvent.of(AuditAction.UPDATE).record(ASSIGNMENT, assignment.getId())
                .jurisdiction(review.getCounty()).detail(detail).build());
        if (review.isComplete()) {
            completed.fire(new ReviewCompleted(review.getSubjectKind(), review.getSubjectId(), review.getId()));
        }
        return assignment;
    }
}
