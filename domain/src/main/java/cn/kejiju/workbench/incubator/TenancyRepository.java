package cn.kejiju.workbench.incubator;

import cn.kejiju.workbench.shared.NotFoundException;
import cn.kejiju.workbench.shared.Page;
import cn.kejiju.workbench.shared.PageRequest;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Where incubatees, agreements and lettings are kept. */
public interface TenancyRepository {

    Optional<Agreement> find(long id);

    default Agreement get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("Agreement", id));
    }

    /** Agreements newest start first, with incubatee, enterprise and carrier loaded. */
    Page<Agreement> page(AgreementFilter filter, Long countyScope, PageRequest request);

    /**
     * The carrier, its row locked until the transaction ends ({@code select … for update}): every letting,
     * renewal, move and exit in a carrier takes this lock first, so they run one after the other and each
     * sees what the one before it wrote.
     */
    Carrier lockCarrier(long carrierId);

    /** The units with these ids (those that exist). */
    List<Unit> units(Collection<Long> unitIds);

    /** A letting of one of the units that shares a day with the period, other than the agreement's own. */
    Optional<Letting> overlapping(Collection<Long> unitIds, LetPeriod period, Long exceptAgreementId);

    /** The enterprise's incubation at the carrier that has not exited, if any. */
    Optional<Incubatee> incubating(long carrierId, long enterpriseId);

    /**
     * The lettings of the carrier's units (of one building when given) that end on or after the day, earliest
     * start first, with their tenants.
     */
    List<UnitTenancy> lettingsFrom(long carrierId, String building, LocalDate day);

    /** Every incubation that has not exited, with its running agreement: one query. */
    List<RunningIncubation> running();

    Incubatee addIncubatee(Incubatee incubatee);

    Agreement add(Agreement agreement);
}
