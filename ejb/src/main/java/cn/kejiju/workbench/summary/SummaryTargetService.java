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

    @Inject
    @Any
    Instance<SummarySection> sections;

    @Inject
    SummaryRepository repository;

    @Inject
    TargetActuals actuals;

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
    public List<TargetActuals.TargetStatus> progress(int year, Long countyId) {
        Long filter = guard.countyFilter(countyId, "county");
        Long scope = guard.countyScope();
        return actuals.progress(year, repository.targets(year, scope != null ? scope : filter), LocalDate.now(clock));
    }

    /**
     * The targets of a year for the figures of some sections only, with their progress (a statistics page's panel):
     * of one county ({@code countyId}, checked as {@link #progress(int, Long)} checks it) or of every county the
     * caller sees. Only the named sections are asked for their actual values.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<TargetActuals.TargetStatus> progress(int year, Long countyId, Set<String> sectionKeys) {
        Long filter = guard.countyFilter(countyId, "county");
        Long scope = guard.countyScope();
        List<SummaryTarget> chosen = repository.targets(year, scope != null ? scope : filter).stream()
                .filter(target -> sectionKeys.contains(target.getSection())).toList();
        return actuals.progress(year, chosen, LocalDate.now(clock));
    }

    /** The current year's targets of the caller's county, or of every county for the city (the home page). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<TargetActuals.TargetStatus> current() {
        LocalDate today = LocalDate.now(clock);
        return actuals.progress(today.getYear(), repository.targets(today.getYear(), guard.countyScope()), today);
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
