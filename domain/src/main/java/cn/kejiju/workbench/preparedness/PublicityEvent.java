package cn.kejiju.workbench.preparedness;

import cn.kejiju.workbench.jurisdiction.Jurisdiction;
import cn.kejiju.workbench.jurisdiction.JurisdictionLevel;
import cn.kejiju.workbench.shared.ConflictException;
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
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;

import java.time.Clock;
import java.time.LocalDateTime;

/**
 * A publicity event (宣传活动) of a campaign, held in a township of the campaign's county: where, what was
 * done, who was there and how many were reached. The clerk records and corrects it; a leader approves it,
 * after which it counts towards the campaign's goals and can no longer be changed.
 */
@Entity
@Table(name = "prep_event")
@NamedQueries({
        @NamedQuery(name = "PublicityEvent.ofCampaign", query = "select e from PublicityEvent e"
                + " where e.campaign.id = :campaign order by e.heldAt, e.id")
})
public class PublicityEvent {

    public static final int VENUE_MAX = 100;
    public static final int TOPIC_MAX = 200;
    public static final int FILMS_MAX = 300;
    public static final int PLAN_MAX = 300;
    public static final int LEADERS_MAX = 200;
    /** The longest drill: a day. */
    public static final int DRILL_MINUTES_MAX = 1440;

    @Id
    @SequenceGenerator(name = "prep_event_seq", sequenceName = "prep_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "prep_event_seq")
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "campaign_id", nullable = false)
    private Campaign campaign;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "county_id", nullable = false)
    private Jurisdiction county;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "township_id", nullable = false)
    private Jurisdiction township;

    @Column(name = "held_at", nullable = false)
    private LocalDateTime heldAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "venue_kind", nullable = false, length = 20)
    private VenueKind venueKind;

    @Size(max = VENUE_MAX)
    @Column(name = "venue_name", nullable = false, length = VENUE_MAX)
    private String venueName;

    @Column(name = "consultation_desk", nullable = false)
    private boolean consultationDesk;

    @Column(name = "display_boards", nullable = false)
    private int displayBoards;

    @Column(nullable = false)
    private int banners;

    @Size(max = TOPIC_MAX)
    @Column(name = "lecture_topic", length = TOPIC_MAX)
    private String lectureTopic;

    @Size(max = FILMS_MAX)
    @Column(name = "film_titles", length = FILMS_MAX)
    private String filmTitles;

    @Size(max = PLAN_MAX)
    @Column(name = "drill_plan", length = PLAN_MAX)
    private String drillPlan;

    @Column(name = "drill_participants")
    private Integer drillParticipants;

    @Column(name = "drill_minutes")
    private Integer drillMinutes;

    @Column(nullable = false)
    private int staff;

    @Column(nullable = false)
    private int volunteers;

    @Column(name = "people_reached", nullable = false)
    private int peopleReached;

    @Column(nullable = false)
    private int consultations;

    @Size(max = LEADERS_MAX)
    @Column(name = "leaders_present", length = LEADERS_MAX)
    private String leadersPresent;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private EventStatus status;

    @Column(name = "approved_by", length = 60)
    private String approvedBy;

    @Column(name = "approved_at")
    private LocalDateTime approvedAt;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    protected PublicityEvent() {
        // for JPA
    }

    public PublicityEvent(EventDetails details, Clock clock) {
        this.status = EventStatus.RECORDED;
        apply(details, clock);
    }

    /** Corrects a recorded event; an approved one is frozen. */
    public void revise(EventDetails details, Clock clock) {
        requireRecorded();
        apply(details, clock);
    }

    /** A leader approves the event: from now on it counts and is frozen. */
    public void approve(String leader, Clock clock) {
        requireRecorded();
        this.status = EventStatus.APPROVED;
        this.approvedBy = leader;
        this.approvedAt = LocalDateTime.now(clock);
        this.updatedAt = approvedAt;
    }

    /** Photos are attached and removed while the event awaits approval; an approved one is frozen. */
    public void requirePhotosChangeable() {
        requireRecorded();
    }

    private void requireRecorded() {
        if (status != EventStatus.RECORDED) {
            throw new ConflictException("preparedness.event.frozen", null);
        }
    }

    private void apply(EventDetails d, Clock clock) {
        Campaign newCampaign = Fields.present(d.campaign(), "campaignId");
        Jurisdiction newTownship = Fields.present(d.township(), "townshipId");
        if (newTownship.getLevel() != JurisdictionLevel.TOWNSHIP
                || !newCampaign.getCounty().contains(newTownship)) {
            throw new RuleViolationException("preparedness.event.townshipOutside", "townshipId",
                    newCampaign.getCounty().getName());
        }
        LocalDateTime when = Fields.present(d.heldAt(), "heldAt");
        if (!newCampaign.covers(when.toLocalDate())) {
            throw new RuleViolationException("preparedness.event.outsidePeriod", "heldAt",
                    newCampaign.getStartsOn(), newCampaign.getEndsOn());
        }
        if (when.isAfter(LocalDateTime.now(clock))) {
            throw new RuleViolationException("preparedness.event.inFuture", "heldAt");
        }
        int boards = Counts.count(d.displayBoards(), "displayBoards", false);
        int bannerCount = Counts.count(d.banners(), "banners", false);
        String topic = Fields.optional(d.lectureTopic(), "lectureTopic", TOPIC_MAX);
        String films = Fields.optional(d.filmTitles(), "filmTitles", FILMS_MAX);
        String plan = Fields.optional(d.drillPlan(), "drillPlan", PLAN_MAX);
        Integer participants = null;
        Integer minutes = null;
        if (plan != null || d.drillParticipants() != null || d.drillMinutes() != null) {
            Fields.present(plan, "drillPlan");
            participants = Counts.count(d.drillParticipants(), "drillParticipants", true);
            minutes = Counts.count(d.drillMinutes(), "drillMinutes", true);
            if (minutes > DRILL_MINUTES_MAX) {
                throw new RuleViolationException("field.range", "drillMinutes", 1, DRILL_MINUTES_MAX);
            }
        }
        if (!d.consultationDesk() && boards == 0 && bannerCount == 0 && topic == null && films == null
                && plan == null) {
            throw new RuleViolationException("preparedness.event.noActivity", "consultationDesk");
        }
        int consulted = Counts.count(d.consultations(), "consultations", false);
        if (consulted > 0 && !d.consultationDesk()) {
            throw new RuleViolationException("preparedness.event.consultationsWithoutDesk", "consultations");
        }
        this.campaign = newCampaign;
        this.county = newCampaign.getCounty();
        this.township = newTownship;
        this.heldAt = when;
        this.venueKind = Fields.present(d.venueKind(), "venueKind");
        this.venueName = Fields.required(d.venueName(), "venueName", VENUE_MAX);
        this.consultationDesk = d.consultationDesk();
        this.displayBoards = boards;
        this.banners = bannerCount;
        this.lectureTopic = topic;
        this.filmTitles = films;
        this.drillPlan = plan;
        this.drillParticipants = participants;
        this.drillMinutes = minutes;
        this.staff = Counts.count(d.staff(), "staff", false);
        this.volunteers = Counts.count(d.volunteers(), "volunteers", false);
        this.peopleReached = Counts.count(d.peopleReached(), "peopleReached", false);
        this.consultations = consulted;
        this.leadersPresent = Fields.optional(d.leadersPresent(), "leadersPresent", LEADERS_MAX);
        this.updatedAt = LocalDateTime.now(clock);
    }

    public EventDetails details() {
        return new EventDetails(campaign, township, heldAt, venueKind, venueName, consultationDesk, displayBoards,
                banners, lectureTopic, filmTitles, drillPlan, drillParticipants, drillMinutes, staff, volunteers,
                peopleReached, consultations, leadersPresent);
    }

    public boolean isApproved() {
        return status == EventStatus.APPROVED;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Campaign getCampaign() {
        return campaign;
    }

    public Jurisdiction getCounty() {
        return county;
    }

    public Jurisdiction getTownship() {
        return township;
    }

    public LocalDateTime getHeldAt() {
        return heldAt;
    }

    public VenueKind getVenueKind() {
        return venueKind;
    }

    public String getVenueName() {
        return venueName;
    }

    public boolean isConsultationDesk() {
        return consultationDesk;
    }

    public int getDisplayBoards() {
        return displayBoards;
    }

    public int getBanners() {
        return banners;
    }

    public String getLectureTopic() {
        return lectureTopic;
    }

    public String getFilmTitles() {
        return filmTitles;
    }

    public String getDrillPlan() {
        return drillPlan;
    }

    public Integer getDrillParticipants() {
        return drillParticipants;
    }

    public Integer getDrillMinutes() {
        return drillMinutes;
    }

    public int getStaff() {
        return staff;
    }

    public int getVolunteers() {
        return volunteers;
    }

    public int getPeopleReached() {
        return peopleReached;
    }

    public int getConsultations() {
        return consultations;
    }

    public String getLeadersPresent() {
        return leadersPresent;
    }

    public EventStatus getStatus() {
        return status;
    }

    public String getApprovedBy() {
        return approvedBy;
    }

    public LocalDateTime getApprovedAt() {
        return approvedAt;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }
}
