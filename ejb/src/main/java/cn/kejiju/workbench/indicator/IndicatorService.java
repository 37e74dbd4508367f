package cn.kejiju.workbench.indicator;

import cn.kejiju.workbench.audit.AuditEvent;
import cn.kejiju.workbench.audit.AuditTrail;
import cn.kejiju.workbench.enterprise.Enterprise;
import cn.kejiju.workbench.enterprise.EnterpriseRepository;
import cn.kejiju.workbench.platform.Persistence;
import cn.kejiju.workbench.security.CountyGuard;
import cn.kejiju.workbench.security.Roles;
import cn.kejiju.workbench.shared.ConflictException;
import cn.kejiju.workbench.shared.NotFoundException;
import cn.kejiju.workbench.shared.Page;
import cn.kejiju.workbench.shared.PageRequest;
import cn.kejiju.workbench.shared.RuleViolationException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * An enterprise's patents and yearly figures. The projects clerk (and read-write integrators) records them;
 * everyone who reads business records reads them, within their county. Also the aggregates the statistics
 * read: patents applied and granted by type, high-tech enterprises recognised, valid and expiring.
 */
@Stateless
@RolesAllowed({Roles.SYSTEM_ADMIN, Roles.LEADER, Roles.COMMISSIONER_CLERK, Roles.INCUBATOR_CLERK,
        Roles.FINANCING_CLERK, Roles.PREPAREDNESS_CLERK, Roles.PROJECT_CLERK, Roles.VIEWER, Roles.API_READ})
public class IndicatorService {

    static final String PATENT = "Patent";
    static final String FIGURES = "YearlyFigures";

    @Inject
    IndicatorRepository indicators;

    @Inject
    PatentRollup rollup;

    @Inject
    EnterpriseRepository enterprises;

    @Inject
    CountyGuard guard;

    @Inject
    Persistence persistence;

    @Inject
    AuditTrail auditTrail;

    @Inject
    Clock clock;

    /** A page of patents with their enterprise and county: one query and the count. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Page<Patent> patents(@NotNull PatentFilter filter, @NotNull PageRequest page) {
        Long county = guard.countyFilter(filter.countyId(), "countyId");
        PatentFilter checked = filter.inCounty(county);
        return indicators.patents(checked, guard.countyScope(), page);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Patent patent(long id) {
        Patent patent = indicators.getPatent(id);
        return guard.visible(PATENT, id, patent, patent.getCounty());
    }

    @RolesAllowed({Roles.PROJECT_CLERK, Roles.API_WRITE})
    public Patent recordPatent(long enterpriseId, @NotNull PatentDetails details) {
        Enterprise enterprise = enterprise(enterpriseId, "enterpriseId");
        guard.requireWithin(PATENT, null, enterprise.getCounty(), "enterpriseId");
        refuseTakenNumber(details.number(), null);
        Patent patent = indicators.addPatent(new Patent(enterprise, details, clock));
        persistence.flush(PATENT, null, () -> taken(details.number()));
        rollup.recorded(patent.getCounty().getId(), patent.details());
        auditTrail.record(AuditEvent.created(PATENT, patent.getId(), patent.details())
                .jurisdiction(patent.getCounty()).build());
        return patent;
    }

    @RolesAllowed({Roles.PROJECT_CLERK, Roles.API_WRITE})
    public Patent revisePatent(long id, @NotNull Long expectedVersion, @NotNull PatentDetails details) {
        Patent patent = patent(id);
        guard.requireWithin(PATENT, id, patent.getCounty(), "id");
        persistence.checkVersion(PATENT, id, expectedVersion, patent.getVersion());
        refuseTakenNumber(details.number(), id);
        PatentDetails before = patent.details();
        patent.revise(details, clock);
        persistence.flush(PATENT, id, () -> taken(details.number()));
        rollup.revised(patent.getCounty().getId(), before, patent.details());
        auditTrail.record(AuditEvent.updated(PATENT, id, before, patent.details())
                .jurisdiction(patent.getCounty()).build());
        return patent;
    }

    private void refuseTakenNumber(String number, Long exceptId) {
        if (number != null && !number.isBlank() && indicators.patentNumberTaken(number, exceptId)) {
            throw taken(number);
        }
    }

    private static ConflictException taken(String number) {
        return new ConflictException("indicator.patent.numberTaken", "number", number == null ? "" : number.strip());
    }

    /** The enterprise's figures, latest year first. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<YearlyFigures> figuresOf(long enterpriseId) {
        enterprise(enterpriseId, null);
        return indicators.figuresOf(enterpriseId);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public YearlyFigures figures(long id) {
        YearlyFigures figures = indicators.getFigures(id);
        return guard.visible(FIGURES, id, figures, figures.getCounty());
    }

    /** Records a year's figures; a year already recorded is refused (409), its record is edited instead. */
    @RolesAllowed({Roles.PROJECT_CLERK, Roles.API_WRITE})
    public YearlyFigures recordFigures(long enterpriseId, int year, @NotNull YearlyFigures.Figures figures) {
        Enterprise enterprise = enterprise(enterpriseId, "enterpriseId");
        guard.requireWithin(FIGURES, null, enterprise.getCounty(), "enterpriseId");
        YearlyFigures.requireFirstOfYear(indicators.figuresOf(enterpriseId, year), year);
        YearlyFigures recorded = indicators.addFigures(new YearlyFigures(enterprise, year, figures, clock));
        persistence.flush(FIGURES, null,
                () -> new ConflictException("indicator.figures.yearTaken", "year", year));
        auditTrail.record(AuditEvent.created(FIGURES, recorded.getId(), recorded.figures())
                .jurisdiction(recorded.getCounty()).detail(enterprise.getName() + " " + year).build());
        return recorded;
    }

    @RolesAllowed({Roles.PROJECT_CLERK, Roles.API_WRITE})
    public YearlyFigures reviseFigures(long id, @NotNull Long expectedVersion, @NotNull YearlyFigures.Figures figures) {
        YearlyFigures recorded = figures(id);
        guard.requireWithin(FIGURES, id, recorded.getCounty(), "id");
        persistence.checkVersion(FIGURES, id, expectedVersion, recorded.getVersion());
        YearlyFigures.Figures before = recorded.figures();
        recorded.revise(figures, clock);
        persistence.flush(FIGURES, id, ConflictException::concurrentChange);
        auditTrail.record(AuditEvent.updated(FIGURES, id, before, recorded.figures())
                .jurisdiction(recorded.getCounty()).build());
        return recorded;
    }

    /** What the enterprise page shows: figures by year, patents by year and type, the high-tech case and status. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public EnterpriseIndicators overview(long enterpriseId) {
        Enterprise enterprise = enterprise(enterpriseId, null);
        return new EnterpriseIndicators(enterprise, indicators.figuresOf(enterpriseId),
                indicators.patentCountsOf(enterpriseId), indicators.caseOf(enterpriseId), LocalDate.now(clock));
    }

    /** Patents applied and granted by type in a period, in the caller's jurisdiction or one county of it. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<PatentTally> patentTally(@NotNull LocalDate from, @NotNull LocalDate to, Long countyId) {
        return indicators.patentTally(from, to, scope(countyId));
    }

    /** High-tech enterprises recognised in a period, valid on a day and expiring within months after it. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public HighTechTally highTechTally(@NotNull LocalDate from, @NotNull LocalDate to, @NotNull LocalDate validOn,
                                       int months, Long countyId) {
        return indicators.highTechTally(from, to, validOn, months, scope(countyId));
    }

    private Long scope(Long countyId) {
        Long county = guard.countyFilter(countyId, "countyId");
        return county != null ? county : guard.countyScope();
    }

    /** The enterprise if the caller sees it; else refused naming the field (or not found, without one). */
    private Enterprise enterprise(long id, String field) {
        Optional<Enterprise> found = enterprises.find(id).filter(e -> guard.sees(e.getCounty()));
        if (found.isEmpty()) {
            throw field == null ? new NotFoundException("Enterprise", id)
                    : new RuleViolationException("indicator.enterpriseUnknown", field, id);
        }
        return found.get();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
