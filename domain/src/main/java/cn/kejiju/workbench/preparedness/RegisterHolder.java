package cn.kejiju.workbench.preparedness;

import cn.kejiju.workbench.jurisdiction.Jurisdiction;
import cn.kejiju.workbench.shared.ConflictException;
import cn.kejiju.workbench.shared.Fields;
import cn.kejiju.workbench.shared.PhoneNumber;
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
import jakarta.persistence.PrePersist;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * Someone holding a post of the 三网一员 register at a place (the township for the assistant, a village or
 * community for the reporters) since a day, until the post is ended. One current holder per post and place:
 * the service asks {@link #appoint} with the current one, and the database keeps it (a unique key on the post
 * and {@code current_place_id}, which is the place while current and null after). The phone is shown masked.
 */
@Entity
@Table(name = "prep_reg_holder")
public class RegisterHolder {

    public static final int NAME_MAX = 50;

    @Id
    @SequenceGenerator(name = "prep_reg_holder_seq", sequenceName = "prep_reg_holder_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "prep_reg_holder_seq")
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "county_id", nullable = false)
    private Jurisdiction county;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "township_id", nullable = false)
    private Jurisdiction township;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "place_id", nullable = false)
    private Jurisdiction place;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RegisterPost post;

    @Size(max = NAME_MAX)
    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(nullable = false, length = PhoneNumber.MAX_LENGTH)
    private String phone;

    @Column(nullable = false)
    private LocalDate since;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    @Column(name = "current_place_id")
    private Long currentPlaceId;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    protected RegisterHolder() {
        // for JPA
    }

    /**
     * Appoints a holder to the post at the place, which must have that post (a township the assistant, a village
     * the reporters) and nobody holding it now ({@code current}: who holds it, if anyone).
     */
    public static RegisterHolder appoint(RegisterPost post, Jurisdiction place, Optional<RegisterHolder> current,
                                         String name, String phone, LocalDate since, Clock clock) {
        RegisterPost what = Fields.present(post, "post");
        Jurisdiction where = Fields.present(place, "placeId");
        if (where.getLevel() != what.level()) {
            throw new RuleViolationException("preparedness.register.placeLevel", "placeId");
        }
        if (current.isPresent()) {
            throw new ConflictException("preparedness.register.postTaken", "placeId", where.getName(),
                    current.get().getName(), current.get().getSince());
        }
        RegisterHolder holder = new RegisterHolder();
        holder.post = what;
        holder.place = where;
        holder.township = what == RegisterPost.ASSISTANT ? where : where.getParent();
        holder.county = holder.township.getParent();
        holder.since = sinceDay(Fields.present(since, "since"), clock);
        holder.revise(name, phone, clock);
        return holder;
    }

    private static LocalDate sinceDay(LocalDate day, Clock clock) {
        if (day.isAfter(LocalDate.now(clock))) {
            throw new RuleViolationException("preparedness.register.sinceInFuture", "since");
        }
        return day;
    }

    /**
     * Corrects a current holder's name, phone and (when given) the day appointed, which is not in the future: a
     * typo in the register, not a new appointment (that is ending the post and appointing someone).
     */
    public void revise(String newName, String newPhone, LocalDate newSince, Clock clock) {
        requireCurrent();
        LocalDate day = newSince == null ? since : sinceDay(newSince, clock);
        revise(newName, newPhone, clock);
        this.since = day;
    }

    /** Corrects the holder's name or phone. */
    public void revise(String newName, String newPhone, Clock clock) {
        requireCurrent();
        this.name = Fields.required(newName, "name", NAME_MAX);
        this.phone = PhoneNumber.of(newPhone, "phone").value();
        this.updatedAt = LocalDateTime.now(clock);
    }

    /** The holder leaves the post on the day (not before the since-date): the post is open again. */
    public void end(LocalDate on, Clock clock) {
        requireCurrent();
        LocalDate day = Fields.present(on, "endedOn");
        if (day.isBefore(since) || day.isAfter(LocalDate.now(clock))) {
            throw new RuleViolationException("preparedness.register.endedOn", "endedOn", since);
        }
        this.endedOn = day;
        this.currentPlaceId = null;
        this.updatedAt = LocalDateTime.now(clock);
    }

    private void requireCurrent() {
        if (endedOn != null) {
            throw new ConflictException("preparedness.register.ended", null, endedOn);
        }
    }

    @PrePersist
    void holdThePlace() {
        if (endedOn == null) {
            currentPlaceId = place.getId();
        }
    }

    public boolean isCurrent() {
        return endedOn == null;
    }

    public RegisterSlot slot() {
        return new RegisterSlot(post, place.getCode());
    }

    public String maskedPhone() {
        return PhoneNumber.mask(phone);
    }

    /** The whole number, for calling the holder or keeping it through a correction; never shown in a list. */
    public String phone() {
        return phone;
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

    public Jurisdiction getPlace() {
        return place;
    }

    public RegisterPost getPost() {
        return post;
    }

    public String getName() {
        return name;
    }

    public LocalDate getSince() {
        return since;
    }

    public LocalDate getEndedOn() {
        return endedOn;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }

    @Override
    public String toString() {
        return "RegisterHolder[" + id + ", " + post + ", " + name + ", " + maskedPhone() + "]";
    }
}
