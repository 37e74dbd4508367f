package cn.kejiju.workbench.preparedness;

import cn.kejiju.workbench.shared.Fields;
import cn.kejiju.workbench.shared.RuleViolationException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A training or drill a volunteer attended, with the hours it counts. A drill the module recorded as a
 * publicity event (one with a drill plan, in the team's county) is linked to it and held on its day; a
 * training, or a drill held by others, is described by its title alone.
 */
@Entity
@Table(name = "prep_vol_activity")
public class VolunteerActivity {

    public static final int TITLE_MAX = 100;

    @Id
    @SequenceGenerator(name = "prep_vol_activity_seq", sequenceName = "prep_vol_activity_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "prep_vol_activity_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "member_id", nullable = false)
    private Volunteer member;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "team_id", nullable = false)
    private VolunteerTeam team;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ActivityKind kind;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "event_id")
    private PublicityEvent event;

    @Size(max = TITLE_MAX)
    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Column(nullable = false, precision = 5, scale = 1)
    private BigDecimal hours;

    @Column(name = "recorded_by", nullable = false, length = 60)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private LocalDateTime recordedAt;

    protected VolunteerActivity() {
        // for JPA
    }

    /**
     * Records what the member attended. {@code drill} is the module's drill event, or null; with one the kind
     * is a drill, the day is the event's, and the title defaults to the drill's plan.
     */
    public static VolunteerActivity of(Volunteer member, ActivityKind kind, PublicityEvent drill, String title,
                                       LocalDate heldOn, BigDecimal hours, String by, Clock clock) {
        Fields.present(member, "memberId");
        ActivityKind what = Fields.present(kind, "kind");
        LocalDate day;
        String name;
        if (drill != null) {
            if (what != ActivityKind.DRILL || drill.getDrillPlan() == null) {
                throw new RuleViolationException("preparedness.volunteer.notADrill", "eventId");
            }
            if (!drill.getCounty().equals(member.getTeam().getCounty())) {
                throw new RuleViolationException("preparedness.volunteer.drillElsewhere", "eventId",
                        member.getTeam().getCounty().getName());
            }
            day = drill.getHeldAt().toLocalDate();
            if (heldOn != null && !heldOn.equals(day)) {
                throw new RuleViolationException("preparedness.volunteer.drillDay", "heldOn", day);
            }
            name = title == null || title.isBlank()
                    ? shorten(drill.getDrillPlan()) : Fields.required(title, "title", TITLE_MAX);
        } else {
            day = Fields.present(heldOn, "heldOn");
            name = Fields.required(title, "title", TITLE_MAX);
        }
        if (day.isAfter(LocalDate.now(clock))) {
            throw new RuleViolationException("preparedness.volunteer.inFuture", "heldOn");
        }
        if (!member.memberOn(day)) {
            throw new RuleViolationException("preparedness.volunteer.notMemberOn", "heldOn", member.getName(),
                    member.getJoinedOn());
        }
        VolunteerActivity activity = new VolunteerActivity();
        activity.member = member;
        activity.team = member.getTeam();
        activity.kind = what;
        activity.event = drill;
        activity.title = name;
        activity.heldOn = day;
        activity.hours = VolunteerHours.attendance(hours, "hours");
        activity.recordedBy = by;
        activity.recordedAt = LocalDateTime.now(clock);
        return activity;
    }

    private static String shorten(String text) {
        return text.length() <= TITLE_MAX ? text : text.substring(0, TITLE_MAX);
    }

    public Long getId() {
        return id;
    }

    public Volunteer getMember() {
        return member;
    }

    public VolunteerTeam getTeam() {
        return team;
    }

    public ActivityKind getKind() {
        return kind;
    }

    public PublicityEvent getEvent() {
        return event;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public BigDecimal getHours() {
        return hours;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public LocalDateTime getRecordedAt() {
        return recordedAt;
    }
}
