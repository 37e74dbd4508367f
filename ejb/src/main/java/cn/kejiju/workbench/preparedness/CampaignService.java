package cn.kejiju.workbench.preparedness;

import cn.kejiju.workbench.audit.AuditEvent;
import cn.kejiju.workbench.audit.AuditTrail;
import cn.kejiju.workbench.jurisdiction.Jurisdiction;
import cn.kejiju.workbench.jurisdiction.JurisdictionLevel;
import cn.kejiju.workbench.jurisdiction.JurisdictionRepository;
import cn.kejiju.workbench.platform.Persistence;
import cn.kejiju.workbench.security.CountyGuard;
import cn.kejiju.workbench.security.Roles;
import cn.kejiju.workbench.shared.ConflictException;
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

/**
 * Publicity campaigns (宣传活动) and their progress. Everybody who reads business records reads them within
 * the county; the preparedness clerk (and read-write integrator tokens) plans and revises them.
 */
@Stateless
@RolesAllowed({Roles.SYSTEM_ADMIN, Roles.LEADER, Roles.COMMISSIONER_CLERK, Roles.INCUBATOR_CLERK,
        Roles.FINANCING_CLERK, Roles.PREPAREDNESS_CLERK, Roles.PROJECT_CLERK, Roles.VIEWER, Roles.API_READ})
public class CampaignService {

    static final String RECORD = "Campaign";

    @Inject
    PreparednessRepository repository;

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

    /** Campaigns latest first: one statement with the county, and the count. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Page<Campaign> list(Long countyId, String text, @NotNull PageRequest page) {
        return list(countyId, text, null, null, page);
    }

    /** Campaigns latest first running on a day between {@code from} and {@code to} (either may be null). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Page<Campaign> list(Long countyId, String text, LocalDate from, LocalDate to, @NotNull PageRequest page) {
        return repository.campaigns(guard.countyFilter(countyId, "countyId"), guard.countyScope(), text, from, to,
                page);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Campaign get(long id) {
        Campaign campaign = repository.getCampaign(id);
        return guard.visible(RECORD, id, campaign, campaign.getCounty());
    }

    /** The campaign with its goals beside what its approved events did, counted in the database. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public CampaignStanding standing(long id) {
        Campaign campaign = get(id);
        return new CampaignStanding(campaign, CampaignProgress.of(campaign.goals(), repository.tally(id)));
    }

    /** The bureau's today. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    @RolesAllowed({Roles.PREPAREDNESS_CLERK, Roles.API_WRITE})
    public Campaign plan(@NotNull CampaignDraft draft) {
        Campaign campaign = repository.add(new Campaign(plan(draft, null), clock));
        persistence.flush(RECORD, null, ConflictException::concurrentChange);
        auditTrail.record(AuditEvent.created(RECORD, campaign.getId(), CampaignDraft.of(campaign))
                .jurisdiction(campaign.getCounty()).build());
        return campaign;
    }

    /** Replaces a campaign's description and goals; a stale {@code expectedVersion} changes nothing. */
    @RolesAllowed({Roles.PREPAREDNESS_CLERK, Roles.API_WRITE})
    public Campaign revise(long id, @NotNull Long expectedVersion, @NotNull CampaignDraft draft) {
        Campaign campaign = get(id);
        persistence.checkVersion(RECORD, id, expectedVersion, campaign.getVersion());
        CampaignDraft before = CampaignDraft.of(campaign);
        CampaignPlan plan = plan(draft, id);
        if (!plan.county().getId().equals(campaign.getCounty().getId())) {
            throw new RuleViolationException("preparedness.campaign.countyFixed", "countyId");
        }
        campaign.revise(plan, clock);
        persistence.flush(RECORD, id, ConflictException::concurrentChange);
        auditTrail.record(AuditEvent.updated(RECORD, id, before, CampaignDraft.of(campaign))
                .jurisdiction(campaign.getCounty()).build());
        return campaign;
    }

    private CampaignPlan plan(CampaignDraft draft, Long id) {
        Long countyId = draft.countyId() != null ? draft.countyId() : guard.countyScope();
        if (countyId == null) {
            throw new RuleViolationException("field.required", "countyId");
        }
        Jurisdiction county = jurisdictions.find(countyId)
                .filter(j -> j.getLevel() == JurisdictionLevel.COUNTY)
                .orElseThrow(() -> new RuleViolationException("preparedness.campaign.countyUnknown", "countyId",
                        countyId));
        guard.requireWithin(RECORD, id, county, "countyId");
        return new CampaignPlan(county, draft.name(), draft.theme(), draft.startsOn(), draft.endsOn(),
                draft.leadOffice(), draft.memberUnits(), new CampaignGoals(draft.goalEvents(), draft.goalPeople(),
                draft.goalSchools(), draft.materialGoals()));
    }
}
