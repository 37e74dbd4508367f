package cn.kejiju.workbench.preparedness;

import cn.kejiju.workbench.shared.Fields;
import cn.kejiju.workbench.shared.PhoneNumber;
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

/**
 * A member of a volunteer team: name, phone and skills, from the day they joined until they leave. The phone
 * is personal information: lists, exports and the audit trail show {@link #maskedPhone()}, never the number.
 */
@Entity
@Table(name = "prep_vol_member")
public class Volunteer {

    public static final int NAME_MAX = 50;
    public static final int SKILLS_MAX = 200;

    @Id
    @SequenceGenerator(name = "prep_vol_member_seq", sequenceName = "prep_vol_member_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "prep_vol_member_seq")
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "team_id", nullable = false)
    private VolunteerTeam team;

    @Size(max = NAME_MAX)
    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(nullable = false, length = PhoneNumber.MAX_LENGTH)
    private String phone;

    @Size(max = SKILLS_MAX)
    @Column(length = SKILLS_MAX)
    private String skills;

    @Column(name = "joined_on", nullable = false)
    private LocalDate joinedOn;

    @Column(name = "left_on")
    private LocalDate leftOn;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    protected Volunteer() {
        // for JPA
    }

    public Volunteer(VolunteerTeam team, String name, String phone, String skills, LocalDate joinedOn, Clock clock) {
        this.team = Fields.present(team, "teamId");
        LocalDate joined = Fields.present(joinedOn, "joinedOn");
        if (joined.isAfter(LocalDate.now(clock))) {
            throw new RuleViolationException("preparedness.volunteer.joinedInFuture", "joinedOn");
        }
        this.joinedOn = joined;
        revise(name, phone, skills, clock);
    }

    public void revise(String newName, String newPhone, String newSkills, Clock clock) {
        this.name = Fields.required(newName, "name", NAME_MAX);
        this.phone = PhoneNumber.of(newPhone, "phone").value();
        this.skills = Fields.optional(newSkills, "skills", SKILLS_MAX);
        this.updatedAt = LocalDateTime.now(clock);
    }

    /** The member leaves the team on the day (not before joining); hours recorded stay. */
    public void leave(LocalDate on, Clock clock) {
        if (leftOn != null) {
            throw new RuleViolationException("preparedness.volunteer.alreadyLeft", "leftOn", leftOn);
        }
        LocalDate day = Fields.present(on, "leftOn");
        if (day.isBefore(joinedOn) || day.isAfter(LocalDate.now(clock))) {
            throw new RuleViolationException("preparedness.volunteer.leftOn", "leftOn", joinedOn);
        }
        this.leftOn = day;
        this.updatedAt = LocalDateTime.now(clock);
    }

    /** Whether the member belonged to the team on the day. */
    public boolean memberOn(LocalDate day) {
        return !day.isBefore(joinedOn) && (leftOn == null || !day.isAfter(leftOn));
    }

    public String maskedPhone() {
        return PhoneNumber.mask(phone);
    }

    /** The whole number, only where it is needed (calling the member); never logged. */
    public String phone() {
        return phone;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public VolunteerTeam getTeam() {
        return team;
    }

    public String getName() {
        return name;
    }

    public String getSkills() {
        return skills;
    }

    public LocalDate getJoinedOn() {
        return joinedOn;
    }

    public LocalDate getLeftOn() {
        return leftOn;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }

    @Override
    public String toString() {
        return "Volunteer[" + id + ", " + name + ", " + maskedPhone() + "]";
    }
}
