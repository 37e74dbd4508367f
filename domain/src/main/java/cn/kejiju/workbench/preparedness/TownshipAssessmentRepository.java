package cn.kejiju.workbench.preparedness;

import java.time.LocalDate;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where the township assessments and the years' criteria sets are kept, and the facts they are pre-filled from. */
public interface TownshipAssessmentRepository {

    /** The year's own criteria set with its criteria. */
    Optional<AssessmentScheme> findScheme(int year);

    AssessmentScheme add(AssessmentScheme scheme);

    /** The township's assessment of the year with its scores, county and township. */
    Optional<TownshipAssessment> find(long townshipId, int year);

    /** The assessments of the year with their scores (of one county, or every county when null), by township id. */
    Map<Long, TownshipAssessment> ofYear(Long countyId, int year);

    /** Whether a confirmed assessment of the year exists (its set can then no longer change). */
    boolean anyConfirmed(int year);

    TownshipAssessment add(TownshipAssessment assessment);

    /**
     * The year's facts of every township (one county, or all when null): its approved events in one aggregate,
     * its register's completeness on {@code registerOn} in another.
     */
    Map<Long, TownshipFacts> facts(Long countyId, int year, LocalDate registerOn);

    /** The townships of one county (every county when null), by county and code. */
    List<TownshipRef> townships(Long countyId);

    /** A township as the assessment lists it. */
    record TownshipRef(long id, String name, long countyId, String county) {
    }
}
