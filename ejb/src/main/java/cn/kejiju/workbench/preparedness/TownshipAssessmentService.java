package cn.kejiju.workbench.preparedness;

import cn.kejiju.workbench.audit.AuditAction;
import cn.kejiju.workbench.audit.AuditEvent;
import cn.kejiju.workbench.audit.AuditTrail;
import cn.kejiju.workbench.jurisdiction.Jurisdiction;
import cn.kejiju.workbench.jurisdiction.JurisdictionLevel;
import cn.kejiju.workbench.jurisdiction.JurisdictionRepository;
import cn.kejiju.workbench.platform.Persistence;
import cn.kejiju.workbench.preparedness.TownshipAssessmentRepository.TownshipRef;
import cn.kejiju.workbench.security.CountyGuard;
import cn.kejiju.workbench.security.Roles;
import cn.kejiju.workbench.shared.ConflictException;
import cn.kejiju.workbench.shared.NotFoundException;
import cn.kejiju.workbench.shared.RuleViolationException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The township assessment (乡镇防震减灾工作考核): the system administrator configures a year's criteria set, the
 * preparedness clerk scores each township of the county (pre-filled criteria from the approved events), a
 * leader confirms a township's year, which freezes it. Read within the county like every business record.
 */
@Stateless
@RolesAllowed({Roles.SYSTEM_ADMIN, Roles.LEADER, Roles.COMMISSIONER_CLERK, Roles.INCUBATOR_CLERK,
        Roles.FINANCING_CLERK, Roles.PREPAREDNESS_CLERK, Roles.PROJECT_CLERK, Roles.VIEWER, Roles.API_READ})
public class TownshipAssessmentService {

    static final String RECORD = "TownshipAssessment";
    static final String SCHEME = "AssessmentScheme";

    @Inject
    TownshipAssessmentRepository repository;

    @Inject
    JurisdictionRepository jurisdictions;

    @Inject
    CountyGuard guard;

    @Inject
    Persistence persistence;

    @Inject
    AuditTrail auditTrail;

    @Inject
    Clock clock;

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public int currentYear() {
        return LocalDate.now(clock).getYear();
    }

    /** The year's criteria set: its own, or the standard one until the administrator configures it. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public AssessmentScheme scheme(int year) {
        checkYear(year);
        return repository.findScheme(year).orElseGet(() -> AssessmentScheme.standard(year));
    }

    /**
     * Sets a year's criteria and bands (the first time: {@code expectedVersion} null); refused once a township's
     * year is confirmed, so that confirmed results keep the set they were scored by.
     */
    @RolesAllowed(Roles.SYSTEM_ADMIN)
    public AssessmentScheme configure(int year, Long expectedVersion, @NotNull List<AssessmentCriterion> criteria,
                                      Integer excellentFrom, Integer passFrom) {
        checkYear(year);
        if (repository.anyConfirmed(year)) {
            throw new ConflictException("preparedness.assessment.schemeInUse", null, year);
        }
        AssessmentScheme scheme = repository.findScheme(year).orElse(null);
        if (scheme == null) {
            scheme = repository.add(new AssessmentScheme(year, criteria, excellentFrom, passFrom, guard.callerName(),
                    clock));
        } else {
            persistence.checkVersion(SCHEME, year, expectedVersion, scheme.getVersion());
            scheme.revise(criteria, excellentFrom, passFrom, guard.callerName(), clock);
        }
        persistence.flush(SCHEME, year, ConflictException::concurrentChange);
        auditTrail.record(AuditEvent.of(AuditAction.SETTINGS_CHANGED).record(SCHEME, scheme.getId())
                .detail(year + ": " + scheme.getCriteria().stream()
                        .map(c -> c.getCode() + " " + c.getMaxScore() + " " + c.getSource())
                        .collect(Collectors.joining(", ")) + "; bands " + scheme.getExcellentFrom() + "/"
                        + scheme.getPassFrom()).build());
        return repository.findScheme(year).orElseThrow();
    }

    /**
     * Every township of the year within the caller's county, or within {@code countyId}: each with its assessment
     * and rank in its county. Four statements whatever the number of townships.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public AssessmentOverview overview(int year, Long countyId) {
        AssessmentScheme scheme = scheme(year);
        Long county = guard.countyFilter(countyId, "county");
        Long scope = county != null ? county : guard.countyScope();
        List<TownshipRef> townships = repository.townships(scope);
        Map<Long, TownshipAssessment> assessments = repository.ofYear(scope, year);
        Map<Long, TownshipFacts> facts = repository.facts(scope, year, registerDay(year));
        Map<Long, List<TownshipStanding>> byCounty = new LinkedHashMap<>();
        for (TownshipRef t : townships) {
            byCounty.computeIfAbsent(t.countyId(), c -> new ArrayList<>()).add(new TownshipStanding(t, year, scheme,
                    facts.getOrDefault(t.id(), TownshipFacts.NONE), assessments.get(t.id()), null));
        }
        List<TownshipStanding> rows = new ArrayList<>();
        byCounty.values().forEach(standings -> AssessmentRanking.rank(standings,
                        s -> s.grade() == null ? null : s.total(), s -> s.township().name())
                .forEach(r -> rows.add(new TownshipStanding(r.item().township(), year, scheme, r.item().facts(),
                        r.item().assessment(), r.rank()))));
        return new AssessmentOverview(year, scheme, rows);
    }

    /** One township's year: the set, the facts, the assessment so far. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public TownshipStanding of(long townshipId, int year) {
        AssessmentScheme scheme = scheme(year);
        Jurisdiction township = township(townshipId);
        guard.visible(RECORD, townshipId, township, township.getParent());
        return standing(township, year, scheme, repository.find(townshipId, year).orElse(null));
    }

    /**
     * The clerk scores a township's year (the first time without {@code expectedVersion}, then with the version
     * read); refused once confirmed (409).
     */
    @RolesAllowed({Roles.PREPAREDNESS_CLERK, Roles.API_WRITE})
    public TownshipStanding score(long townshipId, int year, Long expectedVersion, List<ScoreEntry> entries) {
        AssessmentScheme scheme = scheme(year);
        Jurisdiction township = township(townshipId);
        guard.visible(RECORD, townshipId, township, township.getParent());
        guard.requireWithin(RECORD, townshipId, township.getParent(), null);
        TownshipAssessment assessment = repository.find(townshipId, year).orElse(null);
        boolean created = assessment == null;
        if (created) {
            assessment = new TownshipAssessment(township, year);
        } else {
            if (expectedVersion == null && !assessment.isConfirmed()) {
                throw new RuleViolationException("field.required", "version");
            }
            persistence.checkVersion(RECORD, townshipId, expectedVersion, assessment.getVersion());
        }
        // the facts before anything is stored: their query would flush a half-made assessment
        TownshipFacts facts = repository.facts(township.getParent().getId(), year, registerDay(year))
                .getOrDefault(townshipId, TownshipFacts.NONE);
        assessment.score(scheme, entries, facts, guard.callerName(), clock);
        if (created) {
            repository.add(assessment);
        }
        persistence.flush(RECORD, townshipId, () -> ConflictException.staleVersion(RECORD, townshipId));
        auditTrail.record(AuditEvent.of(created ? AuditAction.CREATE : AuditAction.UPDATE)
                .record(RECORD, assessment.getId()).jurisdiction(township.getParent())
                .detail(township.getName() + " " + year + ": " + summary(assessment)).build());
        return standing(township, year, scheme, repository.find(townshipId, year).orElseThrow());
    }

    /** A leader confirms a township's complete year as scored (the version read): it is frozen from now on. */
    @RolesAllowed({Roles.LEADER, Roles.API_WRITE})
    public TownshipStanding confirm(long townshipId, int year, @NotNull Long expectedVersion) {
        AssessmentScheme scheme = scheme(year);
        Jurisdiction township = township(townshipId);
        guard.visible(RECORD, townshipId, township, township.getParent());
        guard.requireWithin(RECORD, townshipId, township.getParent(), null);
        TownshipAssessment assessment = repository.find(townshipId, year)
                .orElseThrow(() -> new RuleViolationException("preparedness.assessment.notScored", "townshipId",
                        township.getName(), year));
        persistence.checkVersion(RECORD, townshipId, expectedVersion, assessment.getVersion());
        assessment.confirm(scheme, guard.callerName(), clock);
        persistence.flush(RECORD, townshipId, () -> ConflictException.staleVersion(RECORD, townshipId));
        auditTrail.record(AuditEvent.of(AuditAction.APPROVE).record(RECORD, assessment.getId())
                .jurisdiction(township.getParent())
                .detail(township.getName() + " " + year + ": " + assessment.getTotal() + " " + assessment.getGrade())
                .build());
        return standing(township, year, scheme, repository.find(townshipId, year).orElseThrow());
    }

    private TownshipStanding standing(Jurisdiction township, int year, AssessmentScheme scheme,
                                      TownshipAssessment assessment) {
        TownshipFacts facts = repository.facts(township.getParent().getId(), year, registerDay(year))
                .getOrDefault(township.getId(), TownshipFacts.NONE);
        return new TownshipStanding(new TownshipRef(township.getId(), township.getName(), township.getParent().getId(),
                township.getParent().getName()), year, scheme, facts, assessment, null);
    }

    /** The day the register's completeness of a year is read on: its last day, or today while it runs. */
    private LocalDate registerDay(int year) {
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        LocalDate today = LocalDate.now(clock);
        return today.isBefore(yearEnd) ? today : yearEnd;
    }

    private Jurisdiction township(long townshipId) {
        return jurisdictions.find(townshipId).filter(j -> j.getLevel() == JurisdictionLevel.TOWNSHIP)
                .orElseThrow(() -> new NotFoundException("Township", townshipId));
    }

    private static String summary(TownshipAssessment assessment) {
        return assessment.getScores().stream().map(s -> s.getCode() + "=" + s.getScore()
                        + (s.isOverridden() ? " (" + s.getSuggested() + ": " + s.getReason() + ")" : ""))
                .collect(Collectors.joining(", ")) + "; total " + assessment.getTotal();
    }

    private void checkYear(int year) {
        int last = LocalDate.now(clock).getYear() + 1;
        if (year < 2000 || year > last) {
            throw new RuleViolationException("preparedness.assessment.year", "year", 2000, last);
        }
    }
}
