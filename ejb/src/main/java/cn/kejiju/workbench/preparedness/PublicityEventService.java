package cn.kejiju.workbench.preparedness;

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
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Map;

/**
 * Publicity events: the preparedness clerk records and corrects them, a leader approves them (then they
 * count towards the campaign and are frozen). Read within the county like every business record.
 */
@Stateless
@RolesAllowed({Roles.SYSTEM_ADMIN, Roles.LEADER, Roles.COMMISSIONER_CLERK, Roles.INCUBATOR_CLERK,
        Roles.FINANCING_CLERK, Roles.PREPAREDNESS_CLERK, Roles.PROJECT_CLERK, Roles.VIEWER, Roles.API_READ})
public class PublicityEventService {

    static final String RECORD = "PublicityEvent";

    @Inject
    PreparednessRollup rollup;

    @Inject
    PreparednessRepository repository;

    @Inject
    CampaignService campaigns;

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

    /** Events by time held, of one campaign or of the caller's counties: one statement and the count. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Page<PublicityEvent> list(Long campaignId, Long countyId, @NotNull PageRequest page) {
        if (campaignId != null) {
            campaigns.get(campaignId);
        }
        return repository.events(campaignId, guard.countyFilter(countyId, "countyId"), guard.countyScope(), page);
    }

    /**
     * The copies of each kind issued or lent to the given events (a page of {@link #list}, an export of a
     * campaign's events): one grouped statement for them all; events of another county have none.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Map<Long, Map<MaterialKind, Long>> issuedTo(@NotNull Collection<Long> eventIds) {
        return repository.issuedTo(eventIds, guard.countyScope());
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public PublicityEvent get(long id) {
        PublicityEvent event = repository.getEvent(id);
        return guard.visible(RECORD, id, event, event.getCounty());
    }

    /** The bureau's present minute. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES);
    }

    @RolesAllowed({Roles.PREPAREDNESS_CLERK, Roles.API_WRITE})
    public PublicityEvent record(@NotNull EventDraft draft) {
        PublicityEvent event = repository.add(new PublicityEvent(details(draft), clock));
        persistence.flush(RECORD, null, ConflictException::concurrentChange);
        auditTrail.record(AuditEvent.created(RECORD, event.getId(), EventDraft.of(event))
                .jurisdiction(event.getCounty()).build());
        return event;
    }

    /** Corrects a recorded event; a stale {@code expectedVersion} or an approved event changes nothing. */
    @RolesAllowed({Roles.PREPAREDNESS_CLERK, Roles.API_WRITE})
    public PublicityEvent revise(long id, @NotNull Long expectedVersion, @NotNull EventDraft draft) {
        PublicityEvent event = get(id);
        persistence.checkVersion(RECORD, id, expectedVersion, event.getVersion());
        EventDraft before = EventDraft.of(event);
        event.revise(details(draft), clock);
        persistence.flush(RECORD, id, ConflictException::concurrentChange);
        auditTrail.record(AuditEvent.updated(RECORD, id, before, EventDraft.of(event))
                .jurisdiction(event.getCounty()).build());
        return event;
    }

    /** A leader approves the event as recorded (the version read): it counts from now on and is frozen. */
    @RolesAllowed({Roles.LEADER, Roles.API_WRITE})
    public PublicityEvent approve(long id, @NotNull Long expectedVersion) {
        PublicityEvent event = get(id);
        persistence.checkVersion(RECORD, id, expectedVersion, event.getVersion());
        guard.requireWithin(RECORD, id, event.getCounty(), null);
        event.approve(guard.callerName(), clock);
        persistence.flush(RECORD, id, ConflictException::concurrentChange);
        rollup.approved(event);
        auditTrail.record(AuditEvent.of(AuditAction.APPROVE).record(RECORD, id)
                .jurisdiction(event.getCounty()).build());
        return event;
    }

    private EventDetails details(EventDraft draft) {
        if (draft.campaignId() == null) {
            throw new RuleViolationException("field.required", "campaignId");
        }
        Campaign campaign;
        try {
            campaign = campaigns.get(draft.campaignId());
        } catch (NotFoundException e) {
            throw new RuleViolationException("preparedness.event.campaignUnknown", "campaignId", draft.campaignId());
        }
        guard.requireWithin(RECORD, null, campaign.getCounty(), "campaignId");
        if (draft.townshipId() == null) {
            throw new RuleViolationException("field.required", "townshipId");
        }
        Jurisdiction township = jurisdictions.find(draft.townshipId())
                .orElseThrow(() -> new RuleViolationException("preparedness.event.townshipOutside", "townshipId",
                        campaign.getCounty().getName()));
        return new EventDetails(campaign, township, draft.heldAt(), draft.venueKind(), draft.venueName(),
                draft.consultationDesk(), draft.displayBoards(), draft.banners(), draft.lectureTopic(),
                draft.filmTitles(), draft.drillPlan(), draft.drillParticipants(), draft.drillMinutes(), draft.staff(),
                draft.volunteers(), draft.peopleReached(), draft.consultations(), draft.leadersPresent());
    }
}
