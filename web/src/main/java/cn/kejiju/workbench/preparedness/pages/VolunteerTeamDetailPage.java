package cn.kejiju.workbench.preparedness.pages;

import cn.kejiju.workbench.platform.IdParameter;
import cn.kejiju.workbench.platform.PageMessages;
import cn.kejiju.workbench.preparedness.ActivityKind;
import cn.kejiju.workbench.preparedness.PublicityEvent;
import cn.kejiju.workbench.preparedness.PublicityEventService;
import cn.kejiju.workbench.preparedness.Volunteer;
import cn.kejiju.workbench.preparedness.VolunteerActivity;
import cn.kejiju.workbench.preparedness.VolunteerService;
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
 * their hours, the trainings and drills they attended; the clerk adds members and records attendance.
 */
@Named
@ViewScoped
public class VolunteerTeamDetailPage implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String MEMBER_FORM = "memberForm";
    static final String ACTIVITY_FORM = "activityForm";

    private static final Set<String> MEMBER_FIELDS = Set.of("name", "phone", "skills", "joinedOn");
    private static final Set<String> ACTIVITY_FIELDS = Set.of("memberId", "kind", "eventId", "title", "heldOn", "hours");

    @Inject
    VolunteerService volunteerService;

    @Inject
    PublicityEventService eventService;

    @Inject
    PageMessages messages;

    private Long id;
    private boolean notFound;
    private transient VolunteerService.TeamView view;
    private transient List<SelectItem> drills;

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
    public record MemberRow(long id, String name, String phone, String skills, LocalDate joinedOn, LocalDate leftOn,
                            BigDecimal hours) implements Serializable {
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
            getView();
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
        return v.members().stream().map(m -> new MemberRow(m.getId(), m.getName(), m.maskedPhone(), m.getSkills(),
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
}
