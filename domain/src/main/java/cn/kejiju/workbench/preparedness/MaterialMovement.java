package cn.kejiju.workbench.preparedness;

import cn.kejiju.workbench.jurisdiction.Jurisdiction;
import cn.kejiju.workbench.shared.Fields;
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
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

/**
 * One movement of material in a county's stock: a receipt, or an issue, loan or return of an event. Written
 * once with the stock change it explains, never changed: the stock is the sum of its movements.
 */
@Entity
@Table(name = "prep_material_movement")
@NamedQueries({
        @NamedQuery(name = "MaterialMovement.ofEvent", query = "select m from MaterialMovement m"
                + " where m.event.id = :event order by m.id"),
        @NamedQuery(name = "MaterialMovement.outstanding", query = "select coalesce(sum(case when m.type ="
                + " cn.kejiju.workbench.preparedness.MovementType.LOAN then m.quantity else -m.quantity end), 0)"
                + " from MaterialMovement m where m.event.id = :event and m.kind = :kind"
                + " and m.type in (cn.kejiju.workbench.preparedness.MovementType.LOAN,"
                + " cn.kejiju.workbench.preparedness.MovementType.RETURN)"),
        @NamedQuery(name = "MaterialMovement.campaignTally", query = "select m.kind, sum(m.quantity)"
                + " from MaterialMovement m where m.event.campaign.id = :campaign"
                + " and m.event.status = cn.kejiju.workbench.preparedness.EventStatus.APPROVED"
                + " and m.type in (cn.kejiju.workbench.preparedness.MovementType.ISSUE,"
                + " cn.kejiju.workbench.preparedness.MovementType.LOAN) group by m.kind")
})
public class MaterialMovement {

    public static final int NOTE_MAX = 200;

    @Id
    @SequenceGenerator(name = "prep_material_movement_seq", sequenceName = "prep_material_movement_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "prep_material_movement_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "county_id", nullable = false)
    private Jurisdiction county;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MaterialKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private MovementType type;

    @Column(nullable = false)
    private int quantity;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "event_id")
    private PublicityEvent event;

    @Column(name = "moved_on", nullable = false)
    private LocalDate movedOn;

    @Size(max = NOTE_MAX)
    @Column(length = NOTE_MAX)
    private String note;

    @Column(name = "recorded_by", nullable = false, length = 60)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private LocalDateTime recordedAt;

    protected MaterialMovement() {
        // for JPA
    }

    private MaterialMovement(MaterialStock stock, MovementType type, int quantity, PublicityEvent event,
                             LocalDate movedOn, String note, String recordedBy, LocalDateTime recordedAt) {
        this.county = stock.getCounty();
        this.kind = stock.getKind();
        this.type = type;
        this.quantity = quantity;
        this.event = event;
        this.movedOn = Fields.present(movedOn, "movedOn");
        this.note = Fields.optional(note, "note", NOTE_MAX);
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    /** A receipt into the stock (from whom, in the note). */
    public static MaterialMovement receipt(MaterialStock stock, int quantity, LocalDate on, String note,
                                           String by, LocalDateTime at) {
        return new MaterialMovement(stock, MovementType.RECEIPT, quantity, null, on, note, by, at);
    }

    /** An issue, loan or return between the stock and an event of the stock's county. */
    public static MaterialMovement forEvent(MaterialStock stock, MovementType type, int quantity,
                                            PublicityEvent event, LocalDate on, String note, String by,
                                            LocalDateTime at) {
        if (type == MovementType.RECEIPT || event == null) {
            throw new IllegalArgumentException("an event movement needs an event");
        }
        return new MaterialMovement(stock, type, quantity, event, on, note, by, at);
    }

    /**
     * What an event still holds on loan, per reusable kind: lent minus returned, from the event's movements;
     * kinds all back are left out.
     */
    public static Map<MaterialKind, Long> outstanding(Collection<MaterialMovement> movements) {
        Map<MaterialKind, Long> held = new EnumMap<>(MaterialKind.class);
        for (MaterialMovement m : movements) {
            if (m.type == MovementType.LOAN) {
                held.merge(m.kind, (long) m.quantity, Long::sum);
            } else if (m.type == MovementType.RETURN) {
                held.merge(m.kind, (long) -m.quantity, Long::sum);
            }
        }
        held.values().removeIf(quantity -> quantity == 0);
        return held;
    }

    public Long getId() {
        return id;
    }

    public Jurisdiction getCounty() {
        return county;
    }

    public MaterialKind getKind() {
        return kind;
    }

    public MovementType getType() {
        return type;
    }

    public int getQuantity() {
        return quantity;
    }

    public PublicityEvent getEvent() {
        return event;
    }

    public LocalDate getMovedOn() {
        return movedOn;
    }

    public String getNote() {
        return note;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public LocalDateTime getRecordedAt() {
        return recordedAt;
    }
}
