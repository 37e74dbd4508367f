package cn.kejiju.workbench.commissioner;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where confirmed assessments and satisfaction ratings are kept. */
public interface AssessmentRepository {

    Optional<Assessment> find(long commissionerId, int year);

    /** The confirmed assessments of a year for the given commissioners, by commissioner id. */
    Map<Long, Assessment> confirmed(Collection<Long> commissionerIds, int year);

    Assessment add(Assessment assessment);

    Optional<SatisfactionRating> findRating(long assignmentId, int year);

    /** The ratings of a year of the given commissioners' assignments. */
    List<SatisfactionRating> ratings(Collection<Long> commissionerIds, int year);

    SatisfactionRating addRating(SatisfactionRating rating);
}
