package cn.kejiju.workbench.incubator.pages;

import cn.kejiju.workbench.incubator.CarrierService;
import cn.kejiju.workbench.incubator.CarrierSummary;
import cn.kejiju.workbench.incubator.OccupancyCell;
import cn.kejiju.workbench.incubator.TenancyService;
import cn.kejiju.workbench.platform.IdParameter;
import cn.kejiju.workbench.shared.NotFoundException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The occupancy of a carrier at a glance ({@code incubator/occupancy.xhtml?id=…&on=…&building=…}): one row per
 * building and floor, one tile per unit coloured by what it is on the day — free, let (tenant and last day),
 * reserved from a later day, out of service — with the share of the area let. A carrier of more than
 * {@value #ALL_BUILDINGS_UP_TO} units is shown a building at a time (the first one unless chosen), so that the
 * page stays light; the others are one choice away.
 */
@Named
@ViewScoped
public class OccupancyPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Up to this many units, all buildings are shown at once at first. */
    static final int ALL_BUILDINGS_UP_TO = 300;

    @Inject
    CarrierService carrierService;

    @Inject
    TenancyService tenancyService;

    private Long id;
    private LocalDate on;
    private String building;
    private List<String> buildings = List.of();
    private String carrierName;
    private List<Floor> floors;
    private BigDecimal letArea;
    private BigDecimal totalArea;

    public void load() {
        if (id == null) {
            IdParameter.notFound();
            return;
        }
        try {
            CarrierSummary carrier = carrierService.summary(id);
            carrierName = carrier.carrier().getName();
            buildings = carrierService.buildings(id);
            if (building != null && !buildings.contains(building)) {
                building = null;
            }
            if (building == null && carrier.totals().units() > ALL_BUILDINGS_UP_TO && !buildings.isEmpty()) {
                building = buildings.get(0);
            }
            refresh();
        } catch (NotFoundException e) {
            IdParameter.notFound();
        }
    }

    /** Shows the chosen day. */
    public void refresh() {
        if (on == null) {
            on = tenancyService.today();
        }
        List<OccupancyCell> cells = tenancyService.occupancy(id, on, building);
        Map<String, Floor> byFloor = new LinkedHashMap<>();
        for (OccupancyCell cell : cells) {
            byFloor.computeIfAbsent(cell.building() + "\u0000" + cell.floor(), k -> new Floor(cell.building(), cell.floor()))
                    .tiles.add(new Tile(cell));
        }
        floors = new ArrayList<>(byFloor.values());
        letArea = cells.stream().filter(c -> c.occupancy() == OccupancyCell.Occupancy.LET).map(OccupancyCell::area)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        totalArea = cells.stream().map(OccupancyCell::area).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public String getId() {
        return id == null ? null : id.toString();
    }

    public void setId(String text) {
        id = IdParameter.parse(text);
    }

    public LocalDate getOn() {
        return on;
    }

    public void setOn(LocalDate on) {
        this.on = on;
    }

    /** The building shown, or null for all of them. */
    public String getBuilding() {
        return building;
    }

    public void setBuilding(String building) {
        this.building = building == null || building.isBlank() ? null : building;
    }

    public List<String> getBuildings() {
        return buildings;
    }

    public String getCarrierName() {
        return carrierName;
    }

    public List<Floor> getFloors() {
        return floors;
    }

    public BigDecimal getLetArea() {
        return letArea;
    }

    public BigDecimal getTotalArea() {
        return totalArea;
    }

    /** The share of the area let, in percent with one decimal. */
    public BigDecimal getLetShare() {
        return totalArea == null || totalArea.signum() == 0 ? BigDecimal.ZERO
                : letArea.multiply(BigDecimal.valueOf(100)).divide(totalArea, 1, RoundingMode.HALF_UP);
    }

    /** One floor of a building. */
    public static final class Floor implements Serializable {

        private static final long serialVersionUID = 1L;

        private final String building;
        private final int floor;
        private final List<Tile> tiles = new ArrayList<>();

        Floor(String building, int floor) {
            this.building = building;
            this.floor = floor;
        }

        public String getBuilding() {
            return building;
        }

        public int getFloor() {
            return floor;
        }

        public List<Tile> getTiles() {
            return tiles;
        }
    }

    /** One unit's tile. */
    public static final class Tile implements Serializable {

        private static final long serialVersionUID = 1L;

        private final String roomCode;
        private final BigDecimal area;
        private final String occupancy;
        private final Long agreementId;
        private final String tenant;
        private final LocalDate from;
        private final LocalDate until;

        Tile(OccupancyCell cell) {
            this.roomCode = cell.roomCode();
            this.area = cell.area();
            this.occupancy = cell.occupancy().name();
            this.agreementId = cell.agreementId();
            this.tenant = cell.tenant();
            this.from = cell.from();
            this.until = cell.until();
        }

        public String getRoomCode() {
            return roomCode;
        }

        public BigDecimal getArea() {
            return area;
        }

        public String getOccupancy() {
            return occupancy;
        }

        public Long getAgreementId() {
            return agreementId;
        }

        public String getTenant() {
            return tenant;
        }

        public LocalDate getFrom() {
            return from;
        }

        public LocalDate getUntil() {
            return until;
        }
    }
}
