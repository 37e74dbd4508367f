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
import java.time.LocalDateTime;

/**
 * An earthquake-disaster volunteer team (地震灾害志愿者队伍) of a township: its members, what they attended
 * and their hours are {@link Volunteer}s and {@link VolunteerActivity}s.
 */
@Entity
@Table(name = "prep_vol_team")
public class VolunteerTeam {

    public static final int NAME_MAX = 100;
    public static final int LEADER_MAX = 50;

    @Id
    @SequenceGenerator(name = "prep_vol_team_seq", sequenceName = "prep_vol_team_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "prep_vol_team_seq")
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "county_id", nullable = false)
    private Jurisdiction county;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "township_id", nullable = false)
    private Jurisdiction township;

    @Size(max = NAME_MAX)
    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Size(max = LEADER_MAX)
    @Column(length = LEADER_MAX)
    private String leader;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    protected VolunteerTeam() {
        // for JPA
    }

    public VolunteerTeam(Jurisdiction township, String name, String leader, Clock clock) {
        revise(township, name, leader, clock);
    }

    /** Renames the team, names its leader or moves it to another township of the same county. */
    public void revise(Jurisdiction newTownship, String newName, String newLeader, Clock clock) {
        Jurisdiction place = Fields.present(newTownship, "townshipId");
        if (place.getLevel() != JurisdictionLevel.TOWNSHIP) {
            throw new RuleViolationException("preparedness.volunteer.townshipRequired", "townshipId");
        }
        if (county != null && !county.contains(place)) {
            throw new RuleViolationException("preparedness.event.townshipOutside", "townshipId", county.getName());
        }
        this.name = Fields.required(newName, "name", NAME_MAX);
        this.leader = Fields.optional(newLeader, "leader", LEADER_MAX);
        this.township = place;
        this.county = place.getParent();
        this.updatedAt = LocalDateTime.now(clock);
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

    public Jurisdiction getTownship() {
        return township;
    }

    public String getName() {
        return name;
    }

    public String getLeader() {
        return leader;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }
}
