package cn.kejiju.workbench.incubator;

import cn.kejiju.workbench.jurisdiction.Jurisdiction;
import cn.kejiju.workbench.shared.RuleViolationException;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A lettable unit (房间/工位) of a carrier: where it is (building, floor, room code, unique within the
 * carrier), what it is, its area and its list rent per m² per month. It copies its carrier's county so
 * that county-scoped reads need no join.
 */
@Entity
@Table(name = "carrier_unit")
@NamedQuery(name = "Unit.ofCarrier",
        query = "select u from Unit u where u.carrier.id = :carrier order by u.building, u.floor, u.roomCode, u.id")
@NamedQuery(name = "Unit.placesOfCarrier",
        query = "select new cn.kejiju.workbench.incubator.UnitPlace(u.id, u.building, u.floor, u.roomCode, u.kind, "
                + "u.area.squareMetres, u.status) from Unit u where u.carrier.id = :carrier "
                + "order by u.building, u.floor, u.roomCode, u.id")
@NamedQuery(name = "Unit.placesOfBuilding",
        query = "select new cn.kejiju.workbench.incubator.UnitPlace(u.id, u.building, u.floor, u.roomCode, u.kind, "
                + "u.area.squareMetres, u.status) from Unit u where u.carrier.id = :carrier and u.building = :building "
                + "order by u.floor, u.roomCode, u.id")
@NamedQuery(name = "Unit.buildingsOfCarrier",
        query = "select distinct u.building from Unit u where u.carrier.id = :carrier order by u.building")
@NamedQuery(name = "Unit.totalsByCarrier",
        query = "select u.carrier.id, count(u), sum(u.area.squareMetres) from Unit u where u.carrier.id in :ids "
                + "group by u.carrier.id")
@NamedQuery(name = "Unit.sameRoom",
        query = "select count(u) from Unit u where u.carrier.id = :carrier and u.building = :building "
                + "and u.roomCode = :room and u.id <> :except")
public class Unit {

    public static final int BUILDING_MAX = 40;
    public static final int ROOM_MAX = 20;
    public static final int FLOOR_MIN = -5;
    public static final int FLOOR_MAX = 99;
    public static final int RENT_SCALE = 2;
    public static final String RENT_MAX = "10000";

    @Id
    @SequenceGenerator(name = "carrier_unit_seq", sequenceName = "carrier_unit_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "carrier_unit_seq")
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "carrier_id", nullable = false, updatable = false)
    private Carrier carrier;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "county_id", nullable = false)
    private Jurisdiction county;

    @Size(max = BUILDING_MAX)
    @Column(nullable = false, length = BUILDING_MAX)
    private String building;

    @Column(name = "floor_no", nullable = false)
    private int floor;

    @Size(max = ROOM_MAX)
    @Column(name = "room_code", nullable = false, length = ROOM_MAX)
    private String roomCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private UnitKind kind;

    @Embedded
    private Area area;

    @Column(name = "list_rent", nullable = false, precision = 10, scale = RENT_SCALE)
    private BigDecimal listRent;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private UnitStatus status;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    protected Unit() {
        // for JPA
    }

    public Unit(Carrier carrier, UnitSpec spec, Clock clock) {
        this.carrier = Objects.requireNonNull(carrier, "carrier");
        this.county = carrier.getCounty();
        revise(spec, clock);
    }

    /** Replaces the description; the floor lies between -5 and 99, the rent between 0 and 10,000 yuan/m². */
    public void revise(UnitSpec spec, Clock clock) {
        if (spec.floor() < FLOOR_MIN || spec.floor() > FLOOR_MAX) {
            throw new RuleViolationException("field.range", "floor", FLOOR_MIN, FLOOR_MAX);
        }
        this.building = Fields.required(spec.building(), "building", BUILDING_MAX);
        this.floor = spec.floor();
        this.roomCode = Fields.required(spec.roomCode(), "roomCode", ROOM_MAX);
        this.kind = Fields.present(spec.kind(), "kind");
        this.area = Fields.present(spec.area(), "area");
        this.listRent = Fields.decimal(spec.listRent(), "listRent", RENT_SCALE, new BigDecimal(RENT_MAX), true);
        this.status = Fields.present(spec.status(), "status");
        this.updatedAt = LocalDateTime.now(clock);
    }

    /** The carrier's county changed: the unit moves with it. */
    public void followCarrier() {
        this.county = carrier.getCounty();
    }

    /** The list rent of the whole unit for one month: area × rent per m², to the fen (half up). */
    public BigDecimal monthlyListRent() {
        return area.squareMetres().multiply(listRent).setScale(RENT_SCALE, RoundingMode.HALF_UP);
    }

    public UnitSpec spec() {
        return new UnitSpec(building, floor, roomCode, kind, area, listRent, status);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Carrier getCarrier() {
        return carrier;
    }

    public Jurisdiction getCounty() {
        return county;
    }

    public String getBuilding() {
        return building;
    }

    public int getFloor() {
        return floor;
    }

    public String getRoomCode() {
        return roomCode;
    }

    public UnitKind getKind() {
        return kind;
    }

    public Area getArea() {
        return area;
    }

    public BigDecimal getListRent() {
        return listRent;
    }

    public UnitStatus getStatus() {
        return status;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }
}
