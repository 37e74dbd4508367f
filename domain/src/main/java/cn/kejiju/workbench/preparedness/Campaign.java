package cn.kejiju.workbench.preparedness;

import cn.kejiju.workbench.jurisdiction.Jurisdiction;
import cn.kejiju.workbench.jurisdiction.JurisdictionLevel;
import cn.kejiju.workbench.shared.Fields;
import cn.kejiju.workbench.shared.RuleViolationException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * A publicity campaign (宣传活动) of a county: 5·12 防灾减灾日宣传周, 科技活动周, 7·28 纪念日 …, with its theme,
 * period, lead office, member units and goals. Its progress is not stored: it is counted from the approved
 * events and what they were issued ({@link CampaignProgress}).
 */
@Entity
@Table(name = "prep_campaign")
public class Campaign {

    public static final int NAME_MAX = 100;
    public static final int THEME_MAX = 200;
    public static final int OFFICE_MAX = 100;
    public static final int UNITS_MAX = 500;
    /** The longest campaign: a year. */
    public static final int DAYS_MAX = 366;

    @Id
    @SequenceGenerator(name = "prep_campaign_seq", sequenceName = "prep_campaign_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "prep_campaign_seq")
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "county_id", nullable = false)
    private Jurisdiction county;

    @Size(max = NAME_MAX)
    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Size(max = THEME_MAX)
    @Column(length = THEME_MAX)
    private String theme;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Size(max = OFFICE_MAX)
    @Column(name = "lead_office", nullable = false, length = OFFICE_MAX)
    private String leadOffice;

    @Size(max = UNITS_MAX)
    @Column(name = "member_units", length = UNITS_MAX)
    private String memberUnits;

    @Column(name = "goal_events")
    private Integer goalEvents;

    @Column(name = "goal_people")
    private Integer goalPeople;

    @Column(name = "goal_schools")
    private Integer goalSchools;

    @Column(name = "goal_reader")
    private Integer goalReader;

    @Column(name = "goal_handbook")
    private Integer goalHandbook;

    @Column(name = "goal_comic")
    private Integer goalComic;

    @Column(name = "goal_folder")
    private Integer goalFolder;

    @Column(name = "goal_leaflet")
    private Integer goalLeaflet;

    @Column(name = "goal_disc")
    private Integer goalDisc;

    @Column(name = "goal_souvenir")
    private Integer goalSouvenir;

    @Column(name = "goal_display_board")
    private Integer goalDisplayBoard;

    @Column(name = "goal_banner")
    private Integer goalBanner;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    protected Campaign() {
        // for JPA
    }

    public Campaign(CampaignPlan plan, Clock clock) {
        revise(plan, clock);
    }

    /** Replaces the description and goals: a county's campaign, ending on or after its first day, a year at most. */
    public void revise(CampaignPlan plan, Clock clock) {
        Jurisdiction newCounty = Fields.present(plan.county(), "countyId");
        if (newCounty.getLevel() != JurisdictionLevel.COUNTY) {
            throw new RuleViolationException("preparedness.countyLevel", "countyId");
        }
        LocalDate starts = Fields.present(plan.startsOn(), "startsOn");
        LocalDate ends = Fields.present(plan.endsOn(), "endsOn");
        if (ends.isBefore(starts)) {
            throw new RuleViolationException("preparedness.campaign.endsBeforeStart", "endsOn");
        }
        if (starts.plusDays(DAYS_MAX).isBefore(ends)) {
            throw new RuleViolationException("preparedness.campaign.tooLong", "endsOn", DAYS_MAX);
        }
        CampaignGoals goals = plan.goals() == null ? CampaignGoals.NONE : plan.goals();
        this.county = newCounty;
        this.name = Fields.required(plan.name(), "name", NAME_MAX);
        this.theme = Fields.optional(plan.theme(), "theme", THEME_MAX);
        this.startsOn = starts;
        this.endsOn = ends;
        this.leadOffice = Fields.required(plan.leadOffice(), "leadOffice", OFFICE_MAX);
        this.memberUnits = Fields.optional(plan.memberUnits(), "memberUnits", UNITS_MAX);
        this.goalEvents = goals.events();
        this.goalPeople = goals.people();
        this.goalSchools = goals.schools();
        Map<MaterialKind, Integer> materials = goals.materials();
        this.goalReader = materials.get(MaterialKind.READER);
        this.goalHandbook = materials.get(MaterialKind.HANDBOOK);
        this.goalComic = materials.get(MaterialKind.COMIC);
        this.goalFolder = materials.get(MaterialKind.FOLDER);
        this.goalLeaflet = materials.get(MaterialKind.LEAFLET);
        this.goalDisc = materials.get(MaterialKind.DISC);
        this.goalSouvenir = materials.get(MaterialKind.SOUVENIR);
        this.goalDisplayBoard = materials.get(MaterialKind.DISPLAY_BOARD);
        this.goalBanner = materials.get(MaterialKind.BANNER);
        this.updatedAt = LocalDateTime.now(clock);
    }

    /** Whether the day lies within the campaign's period. */
    public boolean covers(LocalDate day) {
        return !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }

    public CampaignPlan plan() {
        return new CampaignPlan(county, name, theme, startsOn, endsOn, leadOffice, memberUnits, goals());
    }

    public CampaignGoals goals() {
        Map<MaterialKind, Integer> materials = new EnumMap<>(MaterialKind.class);
        materials.put(MaterialKind.READER, goalReader);
        materials.put(MaterialKind.HANDBOOK, goalHandbook);
        materials.put(MaterialKind.COMIC, goalComic);
        materials.put(MaterialKind.FOLDER, goalFolder);
        materials.put(MaterialKind.LEAFLET, goalLeaflet);
        materials.put(MaterialKind.DISC, goalDisc);
        materials.put(MaterialKind.SOUVENIR, goalSouvenir);
        materials.put(MaterialKind.DISPLAY_BOARD, goalDisplayBoard);
        materials.put(MaterialKind.BANNER, goalBanner);
        materials.values().removeIf(Objects::isNull);
        return new CampaignGoals(goalEvents, goalPeople, goalSchools, materials);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Jurisdiction getCounty() {
        return county;
    }

    public String getName() {
        return name;
    }

    public String getTheme() {
        return theme;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public String getLeadOffice() {
        return leadOffice;
    }

    public String getMemberUnits() {
        return memberUnits;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }
}
