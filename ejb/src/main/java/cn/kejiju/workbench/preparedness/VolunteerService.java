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

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Volunteer teams (地震灾害志愿者队伍): the preparedness clerk keeps the teams of the county's townships,
 * their members, and the trainings and drills each attended with the hours. Read within the county. The
 * members' phones are never written to the audit trail.
 */
@Stateless
@RolesAllowed({Roles.SYSTEM_ADMIN, Roles.LEADER, Roles.COMMISSIONER_CLERK, Roles.INCUBATOR_CLERK,
        Roles.FINANCING_CLERK, Roles.PREPAREDNESS_CLERK, Roles.PROJECT_CLERK, Roles.VIEWER, Roles.API_READ})
public class VolunteerService {

    static final String TEAM = "VolunteerTeam";
    static final String MEMBER = "Volunteer";
    static final String ACTIVITY = "VolunteerActivity";

    @Inject
    VolunteerRepository repository;

    @Inject
    PreparednessRepository events;

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

    /** A team with its members, what they attended and their hours summed from it: three statements. */
    public record TeamView(VolunteerTeam team, List<Volunteer> members, VolunteerHours hours,
                           List<VolunteerActivity> activities) {
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Page<VolunteerTeam> teams(Long countyId, @NotNull PageRequest page) {
        return repository.teams(guard.countyFilter(countyId, "countyId"), guard.countyScope(), page);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public VolunteerTeam get(long id) {
        VolunteerTeam team = repository.getTeam(id);
        return guard.visible(TEAM, id, team, team.getCounty());
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public TeamView view(long id) {
        VolunteerTeam team = get(id);
        List<VolunteerActivity> activities = repository.activities(id);
        return new TeamView(team, repository.members(id), VolunteerHours.of(activities), activities);
    }

    /** The volunteer hours attended in the period within the jurisdiction the caller sees (statistics). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public BigDecimal hours(long jurisdictionId, @NotNull LocalDate from, @NotNull LocalDate to) {
        Jurisdiction within = jurisdictions.get(jurisdictionId);
        guard.visible("Jurisdiction", jurisdictionId, within, within.county());
        return repository.hours(within, from, to);
    }

    @RolesAllowed({Roles.PREPAREDNESS_CLERK, Roles.API_WRITE})
    public VolunteerTeam create(Long townshipId, String name, String leader) {
        VolunteerTeam team = new VolunteerTeam(township(townshipId), name, leader, clock);
        guard.requireWithin(TEAM, null, team.getCounty(), "townshipId");
        repository.add(team);
        persistence.flush(TEAM, null, () -> new ConflictException("preparedness.volunteer.teamTaken", "name"));
        auditTrail.record(AuditEvent.of(AuditAction.CREATE).record(TEAM, team.getId()).jurisdiction(team.getCounty())
                .detail(team.getTownship().getName() + " " + team.getName()).build());
        return repository.getTeam(team.getId());
    }

    @RolesAllowed({Roles.PREPAREDNESS_CLERK, Roles.API_WRITE})
    public VolunteerTeam revise(long id, @NotNull Long expectedVersion, Long townshipId, String name, String leader) {
        VolunteerTeam team = get(id);
        persistence.checkVersion(TEAM, id, expectedVersion, team.getVersion());
        guard.requireWithin(TEAM, id, team.getCounty(), null);
        team.revise(township(townshipId), name, leader, clock);
        persistence.flush(TEAM, id, () -> new ConflictException("preparedness.volunteer.teamTaken", "name"));
        auditTrail.record(AuditEvent.of(AuditAction.UPDATE).record(TEAM, id).jurisdiction(team.getCounty())
                .detail(team.getTownship().getName() + " " + team.getName()).build());
        return team;
    }

    @RolesAllowed({Roles.PREPAREDNESS_CLERK, Roles.API_WRITE})
    public Volunteer join(long teamId, String name, String phone, String skills, LocalDate joinedOn) {
        VolunteerTeam team = get(teamId);
        guard.requireWithin(TEAM, teamId, team.getCounty(), null);
        Volunteer member = repository.add(new Volunteer(team, name, phone, skills,
                joinedOn == null ? LocalDate.now(clock) : joinedOn, clock));
        persistence.flush(MEMBER, null, ConflictException::concurrentChange);
        auditTrail.record(AuditEvent.of(AuditAction.CREATE).record(MEMBER, member.getId())
                .jurisdiction(team.getCounty()).detail("team " + teamId + ", " + member.getName()).build());
        return member;
    }

    /** Corrects a member's name, phone or skills; with {@code leftOn} the member leaves the team. */
    @RolesAllowed({Roles.PREPAREDNESS_CLERK, Roles.API_WRITE})
    public Volunteer revise(long teamId, long memberId, @NotNull Long expectedVersion, String name, String phone,
                            String skills, LocalDate leftOn) {
        Volunteer member = member(teamId, memberId);
        persistence.checkVersion(MEMBER, memberId, expectedVersion, member.getVersion());
        guard.requireWithin(MEMBER, memberId, member.getTeam().getCounty(), null);
        member.revise(name, phone, skills, clock);
        if (leftOn != null) {
            member.leave(leftOn, clock);
        }
        persistence.flush(MEMBER, memberId, ConflictException::concurrentChange);
        auditTrail.record(AuditEvent.of(AuditAction.UPDATE).record(MEMBER, memberId)
                .jurisdiction(member.getTeam().getCounty())
                .detail("team " + teamId + ", " + member.getName() + (leftOn == null ? "" : ", left " + leftOn))
                .build());
        return member;
    }

    /** Records a training or drill the member attended; {@code eventId} links the module's drill event. */
    @RolesAllowed({Roles.PREPAREDNESS_CLERK, Roles.API_WRITE})
    public VolunteerActivity attend(long teamId, long memberId, ActivityKind kind, Long eventId, String title,
                                    LocalDate heldOn, BigDecimal hours) {
        Volunteer member = member(teamId, memberId);
        guard.requireWithin(MEMBER, memberId, member.getTeam().getCounty(), null);
        PublicityEvent drill = eventId == null ? null : events.findEvent(eventId)
                .orElseThrow(() -> new RuleViolationException("preparedness.volunteer.notADrill", "eventId"));
        VolunteerActivity activity = repository.add(VolunteerActivity.of(member, kind, drill, title, heldOn, hours,
                guard.callerName(), clock));
        persistence.flush(ACTIVITY, null, ConflictException::concurrentChange);
        auditTrail.record(AuditEvent.of(AuditAction.CREATE).record(ACTIVITY, activity.getId())
                .jurisdiction(member.getTeam().getCounty())
                .detail(member.getName() + ", " + activity.getKind() + ", " + activity.getHeldOn() + ", "
                        + activity.getHours() + " h").build());
        return activity;
    }

    private Volunteer member(long teamId, long memberId) {
        get(teamId);
        return repository.findMember(memberId).filter(m -> m.getTeam().getId() == teamId)
                .orElseThrow(() -> new NotFoundException(MEMBER, memberId));
    }

    private Jurisdiction township(Long townshipId) {
        if (townshipId == null) {
            throw new RuleViolationException("field.required", "townshipId");
        }
        return jurisdictions.find(townshipId)
                .orElseThrow(() -> new RuleViolationException("preparedness.volunteer.townshipRequired", "townshipId"));
    }
}
