package cn.kejiju.workbench.preparedness.pages;

import cn.kejiju.workbench.jurisdiction.JurisdictionLevel;
import cn.kejiju.workbench.platform.IdParameter;
import cn.kejiju.workbench.platform.PageMessages;
import cn.kejiju.workbench.preparedness.ActivityKind;
import cn.kejiju.workbench.preparedness.PublicityEvent;
import cn.kejiju.workbench.preparedness.PublicityEventService;
import cn.kejiju.workbench.preparedness.RegisterService;
import cn.kejiju.workbench.preparedness.Volunteer;
import cn.kejiju.workbench.preparedness.VolunteerActivity;
import cn.kejiju.workbench.preparedness.VolunteerService;
import cn.kejiju.workbench.preparedness.VolunteerTeam;
import cn.kejiju.workbench.shared.DomainException;
import cn.kejiju.workbench.shared.NotFoundException;
import cn.kejiju.workbench.shared.PageRequest;
import jakarta.ejb.EJBException;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * One volunteer team ({@code preparedness/volunteer-team.xhtml?id=…}): its members with their phones masked and
 * their hours, the trainings and drills they attended; the clerk corrects the team (township, name, leader), adds
 * members, corrects a member (name, phone, skills: the phone shows masked and an empty field keeps it), lets a member
 * leave the team (after confirming: a member who left cannot come back as the same member) and records
 * attendance. Every correction sends the version read, so a record changed meanwhile is refused with 409.
 */
@Named
@ViewScoped
public class VolunteerTeamDetailPage implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String MEMBER_FORM = "memberForm";
    static final String ACTIVITY_FORM = "activityForm";
    static final String TEAM_FORM = "teamEditForm";
    static final String MEMBER_EDIT_FORM = "memberEditForm";
    static final String LEAVE_FORM = "leaveForm";

    private static final Set<String> MEMBER_FIELDS = Set.of("name", "phone", "skills", "joinedOn");
    private static final Set<String> TEAM_FIELDS = Set.of("townshipId", "name", "leader");
    private static final Set<String> LEAVE_FIELDS = Set.of("leftOn");
    private static final Set<String> ACTIVITY_FIELDS = Set.of("memberId", "kind", "eventId", "title", "heldOn", "hours");

    @Inject
    VolunteerService volunteerService;

    @Inject
    PublicityEventService eventService;

    @Inject
    RegisterService registerService;

    @Inject
    PageMessages messages;

    private Long id;
    private boolean notFound;
    private transient VolunteerService.TeamView view;
    private transient List<SelectItem> drills;
    private transient List<SelectItem> townships;

    private Long teamVersion;
    private Long teamTownshipId;
    private String teamName;
    private String teamLeader;

    private Long editMemberId;
    private Long editMemberVersion;
    private String editName;
    private String editPhone;
    private String editSkills;
    private String editPhoneMasked;

    private Long leavingId;
    private Long leavingVersion;
    private String leavingName;
    private LocalDate leftOn;

    private String name;
    private String phone;
    private String skills;
    private LocalDate joinedOn;

    private Long memberId;
    private ActivityKind kind = ActivityKind.TRAINING;
    private Long eventId;
    private String title;
    private LocalDate heldOn;
    private BigDecimal hours;

    /** A member as a row: the phone masked, the hours summed in the database. */
    public record MemberRow(long id, long version, String name, String phone, String skills, LocalDate joinedOn,
                            LocalDate leftOn, BigDecimal hours) implements Serializable {

        public boolean isCurrent() {
            return leftOn == null;
        }
    }

    /** What a member attended, as a row. */
    public record ActivityRow(String member, ActivityKind kind, String title, LocalDate heldOn, BigDecimal hours,
                              Long eventId) implements Serializable {

        static ActivityRow of(VolunteerActivity a) {
            return new ActivityRow(a.getMember().getName(), a.getKind(), a.getTitle(), a.getHeldOn(), a.getHours(),
                    a.getEvent() == null ? null : a.getEvent().getId());
        }
    }

    public void load() {
        if (notFound || id == null) {
            notFound = true;
            IdParameter.notFound();
            return;
        }
        try {
            fillTeamForm(getView().team());
        } catch (NotFoundException e) {
            notFound = true;
            IdParameter.notFound();
        }
    }

    public VolunteerService.TeamView getView() {
        if (view == null) {
            view = volunteerService.view(id);
        }
        return view;
    }

    public List<MemberRow> getMembers() {
        VolunteerService.TeamView v = getView();
        return v.members().stream().map(m -> new MemberRow(m.getId(), m.getVersion(), m.getName(), m.maskedPhone(), m.getSkills(),
                m.getJoinedOn(), m.getLeftOn(), v.hours().of(m.getId()))).toList();
    }

    public List<ActivityRow> getActivities() {
        return getView().activities().stream().map(ActivityRow::of).toList();
    }

    public List<SelectItem> getMemberChoices() {
        return getView().members().stream().filter(m -> m.getLeftOn() == null)
                .map(m -> new SelectItem(m.getId(), m.getName())).toList();
    }

    /** The county's recorded drills (events with a drill plan), latest first. */
    public List<SelectItem> getDrills() {
        if (drills == null) {
            long county = getView().team().getCounty().getId();
            drills = eventService.list(null, county, PageRequest.of(0, PageRequest.MAX_SIZE)).items().stream()
                    .filter(e -> e.getDrillPlan() != null)
                    .map(e -> new SelectItem(e.getId(), e.getHeldAt().toLocalDate() + " " + e.getVenueName() + " · "
                            + e.getDrillPlan()))
                    .toList();
        }
        return drills;
    }

    public void join() {
        try {
            Volunteer member = volunteerService.join(id, name, phone, skills, joinedOn);
            Texts.info(false, "volunteer.member.joined", member.getName());
            name = null;
            phone = null;
            skills = null;
            joinedOn = null;
            view = null;
        } catch (DomainException | EJBException e) {
            messages.showRefusal(e, MEMBER_FORM, MEMBER_FIELDS);
        }
    }

    private void fillTeamForm(VolunteerTeam team) {
        teamVersion = team.getVersion();
        teamTownshipId = team.getTownship().getId();
        teamName = team.getName();
        teamLeader = team.getLeader();
    }

    /** The townships of the team's county (a team does not move to another county). */
    public List<SelectItem> getTownships() {
        if (townships == null) {
            townships = Places.of(registerService.places(getView().team().getCounty().getId()),
                    JurisdictionLevel.TOWNSHIP, false);
        }
        return townships;
    }

    public void saveTeam() {
        try {
            VolunteerTeam team = volunteerService.revise(id, teamVersion, teamTownshipId, teamName, teamLeader);
            Texts.info(false, "volunteer.team.saved", team.getName());
            view = null;
            fillTeamForm(getView().team());
        } catch (DomainException | EJBException e) {
            messages.showRefusal(e, TEAM_FORM, TEAM_FIELDS);
        }
    }

    /** Fills the member dialog; the phone field starts empty (masked as its placeholder) and empty keeps it. */
    public void prepareEdit(MemberRow row) {
        Volunteer member = member(row.id());
        editMemberId = member.getId();
        editMemberVersion = row.version();
        editName = member.getName();
        editPhone = null;
        editPhoneMasked = member.maskedPhone();
        editSkills = member.getSkills();
    }

    public void saveMember() {
        try {
            Volunteer stored = member(editMemberId == null ? 0 : editMemberId);
            Volunteer member = volunteerService.revise(id, stored.getId(), editMemberVersion, editName,
                    editPhone == null || editPhone.isBlank() ? stored.phone() : editPhone, editSkills, null);
            Texts.info(false, "volunteer.member.saved", member.getName());
            editPhone = null;
            view = null;
        } catch (DomainException | EJBException e) {
            messages.showRefusal(e, MEMBER_EDIT_FORM, MEMBER_FIELDS);
        }
    }

    /** Chooses the member the leaving dialog is about. */
    public void prepareLeave(MemberRow row) {
        leavingId = row.id();
        leavingVersion = row.version();
        leavingName = row.name();
        leftOn = null;
    }

    /** The member leaves on the day chosen; name, phone and skills stay as stored. */
    public void leave() {
        try {
            Volunteer stored = member(leavingId == null ? 0 : leavingId);
            Volunteer member = volunteerService.revise(id, stored.getId(), leavingVersion, stored.getName(),
                    stored.phone(), stored.getSkills(), leftOn);
            Texts.info(false, "volunteer.member.left", member.getName(), member.getLeftOn());
            view = null;
        } catch (DomainException | EJBException e) {
            messages.showRefusal(e, LEAVE_FORM, LEAVE_FIELDS);
        }
    }

    private Volunteer member(long memberId) {
        return getView().members().stream().filter(m -> m.getId() == memberId).findFirst()
                .orElseThrow(() -> new NotFoundException("VolunteerMember", memberId));
    }

    public void attend() {
        try {
            VolunteerActivity activity = volunteerService.attend(id, memberId == null ? 0 : memberId, kind,
                    kind == ActivityKind.DRILL ? eventId : null, title, heldOn, hours);
            Texts.info(false, "volunteer.activity.recorded", activity.getMember().getName(), activity.getTitle(),
                    activity.getHours());
            title = null;
            heldOn = null;
            hours = null;
            eventId = null;
            view = null;
        } catch (DomainException | EJBException e) {
            messages.showRefusal(e, ACTIVITY_FORM, ACTIVITY_FIELDS);
        }
    }

    public ActivityKind[] getKinds() {
        return ActivityKind.values();
    }

    public String getId() {
        return id == null ? null : id.toString();
    }

    public void setId(String text) {
        id = IdParameter.parse(text);
        notFound = IdParameter.namesNothing(text);
    }

    public boolean isNotFound() {
        return notFound;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getSkills() {
        return skills;
    }

    public void setSkills(String skills) {
        this.skills = skills;
    }

    public LocalDate getJoinedOn() {
        return joinedOn;
    }

    public void setJoinedOn(LocalDate joinedOn) {
        this.joinedOn = joinedOn;
    }

    public Long getMemberId() {
        return memberId;
    }

    public void setMemberId(Long memberId) {
        this.memberId = memberId;
    }

    public ActivityKind getKind() {
        return kind;
    }

    public void setKind(ActivityKind kind) {
        this.kind = kind;
    }

    public Long getEventId() {
        return eventId;
    }

    public void setEventId(Long eventId) {
        this.eventId = eventId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public BigDecimal getHours() {
        return hours;
    }

    public void setHours(BigDecimal hours) {
        this.hours = hours;
    }

    public Long getTeamTownshipId() {
        return teamTownshipId;
    }

    public void setTeamTownshipId(Long teamTownshipId) {
        this.teamTownshipId = teamTownshipId;
    }

    public String getTeamName() {
        return teamName;
    }

    public void setTeamName(String teamName) {
        this.teamName = teamName;
    }

    public String getTeamLeader() {
        return teamLeader;
    }

    public void setTeamLeader(String teamLeader) {
        this.teamLeader = teamLeader;
    }

    public String getEditName() {
        return editName;
    }

    public void setEditName(String editName) {
        this.editName = editName;
    }

    public String getEditPhone() {
        return editPhone;
    }

    public void setEditPhone(String editPhone) {
        this.editPhone = editPhone;
    }

    public String getEditSkills() {
        return editSkills;
    }

    public void setEditSkills(String editSkills) {
        this.editSkills = editSkills;
    }

    public LocalDate getLeftOn() {
        return leftOn;
    }

    public void setLeftOn(LocalDate leftOn) {
        this.leftOn = leftOn;
    }

    public String getEditPhoneMasked() {
        return editPhoneMasked;
    }

    public String getLeavingName() {
        return leavingName;
    }
}
