package cn.kejiju.workbench.commissioner;

import cn.kejiju.workbench.audit.AuditAction;
import cn.kejiju.workbench.audit.AuditEvent;
import cn.kejiju.workbench.audit.AuditTrail;
import cn.kejiju.workbench.platform.Persistence;
import cn.kejiju.workbench.security.CountyGuard;
import cn.kejiju.workbench.security.Roles;
import cn.kejiju.workbench.shared.ConflictException;
import cn.kejiju.workbench.shared.RuleViolationException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The annual assessment (年度考核): each commissioner's approved visits and days against the quota
 * pro-rated to the months served, results and the targets' satisfaction, scored by the configured
 * weights and graded by the bands, with the reasons for each grade.
 * The clerk enters satisfaction per assignment; a leader confirms, which freezes the figures.
 */
@Stateless
@RolesAllowed({Roles.SYSTEM_ADMIN, Roles.LEADER, Roles.COMMISSIONER_CLERK, Roles.INCUBATOR_CLERK,
        Roles.FINANCING_CLERK, Roles.PREPAREDNESS_CLERK, Roles.PROJECT_CLERK, Roles.VIEWER, Roles.API_READ})
public class AssessmentService {

    static final String RECORD = "Assessment";

    /** One satisfaction rating as the audit trail records it. */
    public record RatingState(long assignmentId, int year, int score) {
    }

    @Inject
    CommissionerRepository commissioners;

    @Inject
    AssignmentRepository assignments;

    @Inject
    ServiceLogRepository logs;

    @Inject
    AssessmentRepository assessments;

    @Inject
    CountyGuard guard;

    @Inject
    Persistence persistence;

    @Inject
    AuditTrail auditTrail;

    @Inject
    Clock clock;

    /** Every commissioner serving in the year within the caller's county, those at risk first. */
    public List<AssessmentRow> overview(int year) {
        return overview(year, null);
    }

    /**
     * Every commissioner serving in the year within the caller's county, or within {@code countyId} when a
     * county is chosen ({@link CountyGuard#countyFilter}), those at risk first.
     */
    public List<AssessmentRow> overview(int year, Long countyId) {
        checkYear(year);
        Long county = guard.countyFilter(countyId, "county");
        Long scope = county != null ? county : guard.countyScope();
        return rows(scope, null, year).stream()
                .sorted(Comparator.comparing(AssessmentRow::isAtRisk).reversed()
                        .thenComparing(row -> row.commissioner().getName()))
                .toList();
    }

    /** The commissioners short of the quota whose year is not confirmed yet, largest shortfall first. */
    public List<AssessmentRow> atRisk(int year) {
        return atRisk(year, null);
    }

    /** The commissioners at risk, of one county when {@code countyId} is given. */
    public List<AssessmentRow> atRisk(int year, Long countyId) {
        return overview(year, countyId).stream().filter(AssessmentRow::isAtRisk)
                .sorted(Comparator.comparingLong((AssessmentRow row) -> row.figures().visits())
                        .thenComparing(row -> row.figures().days()))
                .toList();
    }

    public AssessmentRow of(long commissionerId, int year) {
        checkYear(year);
        Commissioner commissioner = commissioners.get(commissionerId);
        guard.visible(CommissionerService.RECORD, commissionerId, commissioner, commissioner.getCounty());
        return rows(commissioner.getCounty().getId(), commissioner, year).stream().findFirst()
                .orElseGet(() -> row(commissioner, year, ServiceFigures.none(), null));
    }

    /** The satisfaction ratings of a year of one commissioner's assignments. */
    public List<SatisfactionRating> ratings(long commissionerId, int year) {
        Commissioner commissioner = commissioners.get(commissionerId);
        guard.visible(CommissionerService.RECORD, commissionerId, commissioner, commissioner.getCounty());
        return assessments.ratings(List.of(commissionerId), year);
    }

    /** Enters (or corrects) the satisfaction a target gave in a year; refused once the year is confirmed. */
    @RolesAllowed({Roles.COMMISSIONER_CLERK, Roles.API_WRITE})
    public SatisfactionRating rate(long assignmentId, int year, int score) {
        checkYear(year);
        Assignment assignment = assignments.get(assignmentId);
        guard.visible(AssignmentService.RECORD, assignmentId, assignment, assignment.getCounty());
        if (assessments.find(assignment.getCommissioner().getId(), year).isPresent()) {
            throw new RuleViolationException("assessment.alreadyConfirmed", "year", year);
        }
        var existing = assessments.findRating(assignmentId, year);
        RatingState before = existing.map(r -> new RatingState(assignmentId, year, r.getScore())).orElse(null);
        SatisfactionRating rating = existing.orElse(null);
        if (rating == null) {
            rating = assessments.addRating(new SatisfactionRating(assignment, year, score, guard.callerName(), clock));
        } else {
            rating.rescore(score, guard.callerName(), clock);
        }
        persistence.flush("SatisfactionRating", assignmentId, ConflictException::concurrentChange);
        RatingState after = new RatingState(assignmentId, year, rating.getScore());
        auditTrail.record((before == null
                ? AuditEvent.created("SatisfactionRating", rating.getId(), after)
                : AuditEvent.updated("SatisfactionRating", rating.getId(), before, after))
                .jurisdiction(assignment.getCounty()).build());
        return rating;
    }

    /** A leader confirms a commissioner's year: figures, score and grade are kept as they are now. */
    @RolesAllowed({Roles.LEADER, Roles.API_WRITE})
    public Assessment confirm(long commissionerId, int year) {
        AssessmentRow row = of(commissionerId, year);
        if (row.isConfirmed()) {
            throw new ConflictException("assessment.alreadyConfirmed", "year", year);
        }
        Assessment assessment = assessments.add(new Assessment(row.commissioner(), year, row.figures(), row.score(),
                guard.callerName(), clock));
        persistence.flush(RECORD, null, () -> new ConflictException("assessment.alreadyConfirmed", "year", year));
        auditTrail.record(AuditEvent.of(AuditAction.APPROVE).record(RECORD, assessment.getId())
                .jurisdiction(row.commissioner().getCounty())
                .detail("commissioner " + commissionerId + ", " + year + ": " + row.score().total() + " "
                        + row.score().grade()).build());
        return assessment;
    }

    public CommissionerSettings settings() {
        return commissioners.settings();
    }

    public int currentYear() {
        return LocalDate.now(clock).getYear();
    }

    private List<AssessmentRow> rows(Long countyScope, Commissioner only, int year) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        List<Commissioner> serving = only != null ? List.of(only) : commissioners.servingDuring(countyScope, from, to);
        List<Long> ids = serving.stream().map(Commissioner::getId).toList();
        Map<Long, ServiceFigures> figures = logs.approvedFigures(countyScope, only == null ? null : only.getId(), from, to);
        Map<Long, BigDecimal> satisfaction = averageSatisfaction(ids, year);
        Map<Long, Assessment> confirmed = assessments.confirmed(ids, year);
        return serving.stream().map(c -> {
            ServiceFigures logged = figures.getOrDefault(c.getId(), ServiceFigures.none());
            ServiceFigures withSatisfaction = new ServiceFigures(logged.visits(), logged.days(), logged.results(),
                    satisfaction.get(c.getId()));
            return row(c, year, withSatisfaction, confirmed.get(c.getId()));
        }).toList();
    }

    private AssessmentRow row(Commissioner commissioner, int year, ServiceFigures figures, Assessment confirmed) {
        if (confirmed != null) {
            return new AssessmentRow(commissioner, year, confirmed.figures(), confirmed.score(), confirmed);
        }
        return new AssessmentRow(commissioner, year, figures,
                commissioners.settings().score(figures, commissioner.monthsServedIn(year)), null);
    }

    private Map<Long, BigDecimal> averageSatisfaction(List<Long> commissionerIds, int year) {
        Map<Long, List<SatisfactionRating>> byCommissioner = assessments.ratings(commissionerIds, year).stream()
                .collect(Collectors.groupingBy(r -> r.getAssignment().getCommissioner().getId()));
        Map<Long, BigDecimal> average = new HashMap<>();
        byCommissioner.forEach((id, ratings) -> average.put(id, BigDecimal.valueOf(
                        ratings.stream().mapToInt(SatisfactionRating::getScore).sum())
                .divide(BigDecimal.valueOf(ratings.size()), 2, RoundingMode.HALF_UP)));
        return average;
    }

    private void checkYear(int year) {
        if (year < 2000 || year > LocalDate.now(clock).getYear() + 1) {
            throw new RuleViolationException("assessment.year", "year", 2000, LocalDate.now(clock).getYear() + 1);
        }
    }
}
