package cn.kejiju.workbench.incubator;

import cn.kejiju.workbench.shared.NotFoundException;
import cn.kejiju.workbench.shared.Page;
import cn.kejiju.workbench.shared.PageRequest;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where carriers and their units are kept. */
public interface CarrierRepository {

    Optional<Carrier> find(long id);

    default Carrier get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("Carrier", id));
    }

    /** A page of carriers, by name (the sort key {@code name}, the default) or opening day ({@code openedOn}). */
    Page<Carrier> page(CarrierFilter filter, Long countyScope, PageRequest request);

    Carrier add(Carrier carrier);

    /** The total area and number of units of each of the given carriers, in one query. */
    Map<Long, UnitTotals> totals(Collection<Long> carrierIds);

    Optional<Unit> findUnit(long id);

    default Unit getUnit(long id) {
        return findUnit(id).orElseThrow(() -> new NotFoundException("Unit", id));
    }

    /** The carrier's units by building, floor and room code. */
    List<Unit> units(long carrierId);

    /** Where the carrier's units are and what they are, in that order, as values; only one building's if given. */
    List<UnitPlace> places(long carrierId, String building);

    /** The names of the carrier's buildings, in order. */
    List<String> buildings(long carrierId);

    /** Some of the carrier's units in that order, from the {@code offset}th on. */
    List<Unit> units(long carrierId, int offset, int size);

    /** Whether another unit of the carrier has the building and room code ({@code exceptId} null for a new unit). */
    boolean roomTaken(long carrierId, String building, String roomCode, Long exceptId);

    Unit addUnit(Unit unit);

    /** A carrier's units, how many, and their summed area (zero without units). */
    record UnitTotals(long units, Area area) {

        public static final UnitTotals NONE = new UnitTotals(0, Area.ZERO);
    }

    /** At most {@code max} carriers stored without pinyin initials, by id (see the startup backfill). */
    List<Carrier> withoutInitials(int max);
}
