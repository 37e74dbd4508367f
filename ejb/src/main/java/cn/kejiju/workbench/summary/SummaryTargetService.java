package cn.kejiju.workbench.summary;

import cn.kejiju.workbench.audit.AuditAction;
import cn.kejiju.workbench.audit.AuditEvent;
import cn.kejiju.workbench.audit.AuditTrail;
import cn.kejiju.workbench.jurisdiction.Jurisdiction;
import cn.kejiju.workbench.jurisdiction.JurisdictionRepository;
import cn.kejiju.workbench.platform.Persistence;
import cn.kejiju.workbench.security.CountyGuard;
import cn.kejiju.workbench.security.Roles;
import cn.kejiju.workbench.shared.ConflictException;
import cn.kejiju.workbench.shared.NotFoundException;
import cn.kejiju.workbench.shared.RuleViolationException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The targets (指标任务) the city sets its counties per year for figures of the summary's sections, and how far
 * each has come: the section's figure for the county from January 1 to today (the whole year once past), asked
 * of the section as the summary asks it. Everybody who reads the summary reads the targets (county users their
 * county's); only city-level leaders, the system administrator and city read-write tokens set and remove them.
 */
@Stateless
@RolesAllowed({Roles.SYSTEM_ADMIN, Roles.LEADER, Roles.COMMISSIONER_CLERK, Roles.INCUBATOR_CLERK,
        Roles.FINANCING_CLERK, Roles.PREPAREDNESS_CLERK, Roles.PROJECT_CLERK, Roles.VIEWER, Roles.API_READ})
public class SummaryTargetService {

    static final String RECORD = "SummaryTarget";

    /** A target with its county's name and its progress today. */
    public record TargetStatus(SummaryTarget target, String county, TargetProgress progress)
            implements java.io.Serializable {
    }

    @Inject
    @Any
    Instance<SummarySection> sections;

    @Inject
    SummaryRepository repository;

    @Inject
    SectionQueries queries;

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

    /**
     * The targets of a year with their progress: of one county ({@code countyId}; another county than a county
     * user's own: 403, not a county: 422 on {@code county}) or of every county the caller sees.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<TargetStatus> progress(int year, Long countyId) {
        Long filter = guard.countyFilter(countyId, "county");
        Long scope = guard.countyScope();
        return progress(year, repository.targets(year, scope != null ? scope : filter), LocalDate.now(clock));
    }

    /** The current year's targets of the caller's county, or of every county for the city (the home page). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<TargetStatus> current() {
        LocalDate today = LocalDate.now(clock);
        return progress(today.getYear(), repository.targets(today.getYear(), guard.countyScope()), today);
    }

    /**
     * The targets' progress on {@code today}: each section is asked once per county that has targets in it, for
     * the year to date (nothing before the year begins).
     */
    List<TargetStatus> progress(int year, List<SummaryTarget> targets, LocalDate today) {
        if (targets.isEmpty()) {
            return List.of();
        }
        LocalDate last = TargetProgress.yearToDate(year, today);
        SummaryPeriod period = last == null ? null
                : today.getYear() > year ? SummaryPeriod.year(year) : SummaryPeriod.custom(LocalDate.of(year, 1, 1), last);
        Map<String, SummarySection> bySection = new HashMap<>();
        sections.forEach(section -> bySection.put(section.key(), section));
        Map<String, SectionContent> asked = new HashMap<>();
        Map<Long, String> names = queries.counties(null);
        return targets.stream().map(target -> {
            BigDecimal actual = BigDecimal.ZERO;
            SummarySection section = bySection.get(target.getSection());
            if (period != null && section != null) {
                SectionContent content = asked.computeIfAbsent(target.getCountyId() + "/" + target.getSection(),
                        key -> section.contribute(period, target.getCountyId()));
                actual = content.figure(target.getFigure()).map(Figure::value).orElse(BigDecimal.ZERO);
            }
            return new TargetStatus(target, names.get(target.getCountyId()), target.progress(actual, today));
        }).toList();
    }

    /**
     * Sets a county's target for a year and a figure: a new one ({@code expectedVersion} null; one set meanwhile
     * is a conflict, 409), or a new value for the one read at {@code expectedVersion}. City level only (a county
     * user: 403).
     */
    @RolesAllowed({Roles.LEADER, Roles.SYSTEM_ADMIN, Roles.API_WRITE})
    public SummaryTarget set(int year, @NotNull Long countyId, @NotNull String section, @NotNull String figure,
                             BigDecimal value, Long expectedVersion) {
        guard.requireCityLevel(RECORD, null, "countyId");
        Jurisdiction county = jurisdictions.find(countyId)
                .orElseThrow(() -> new RuleViolationException("summary.target.county", "countyId"));
        LocalDateTime now = LocalDateTime.now(clock);
        SummaryTarget target = repository.findTarget(year, countyId, section, figure).orElse(null);
        if (target != null) {
            if (expectedVersion == null) {
                throw new ConflictException("summary.target.exists", "figure");
            }
            persistence.checkVersion(RECORD, target.getId(), expectedVersion, target.getVersion());
            BigDecimal before = target.getValue();
            target.change(value, guard.callerName(), now);
            persistence.flush(RECORD, target.getId(), ConflictException::concurrentChange);
            audit(target, county, before);
            return target;
        }
        if (expectedVersion != null) {
            throw ConflictException.staleVersion(RECORD, section + "." + figure);
        }
        target = repository.add(new SummaryTarget(year, county, section, figure, value, figureKeys(),
                guard.callerName(), now));
        persistence.flush(RECORD, null, () -> new ConflictException("summary.target.exists", "figure"));
        audit(target, county, null);
        return target;
    }

    /** Removes a target read at {@code expectedVersion}. City level only (a county user: 403). */
    @RolesAllowed({Roles.LEADER, Roles.SYSTEM_ADMIN, Roles.API_WRITE})
    public void remove(long id, @NotNull Long expectedVersion) {
        guard.requireCityLevel(RECORD, id, null);
        SummaryTarget target = repository.findTarget(id).orElseThrow(() -> new NotFoundException(RECORD, id));
        persistence.checkVersion(RECORD, id, expectedVersion, target.getVersion());
        repository.remove(target);
        persistence.flush(RECORD, id, ConflictException::concurrentChange);
        auditTrail.record(AuditEvent.of(AuditAction.SETTINGS_CHANGED).record(RECORD, id)
                .detail(describe(target) + " 已删除（原 " + target.getValue().toPlainString() + "）").build());
    }

    /** The figure keys of each section: what a target may name. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Map<String, Set<String>> figureKeys() {
        Map<String, Set<String>> keys = new HashMap<>();
        sections.forEach(section -> keys.put(section.key(), section.figureKeys()));
        return keys;
    }

    /** Whether the caller works at the city level (no county scope): who may set targets, given the role. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public boolean cityLevel() {
        return guard.countyScope() == null;
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private void audit(SummaryTarget target, Jurisdiction county, BigDecimal before) {
        auditTrail.record(AuditEvent.of(AuditAction.SETTINGS_CHANGED).record(RECORD, target.getId())
                .jurisdiction(county)
                .detail(describe(target) + ": " + (before == null ? "—" : before.toPlainString()) + " → "
                        + target.getValue().toPlainString()).build());
    }

    private static String describe(SummaryTarget target) {
        return target.getYear() + " " + target.getSection() + "." + target.getFigure();
    }
}
