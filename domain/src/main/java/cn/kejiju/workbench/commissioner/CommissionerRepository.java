package cn.kejiju.workbench.commissioner;

import cn.kejiju.workbench.shared.NotFoundException;
import cn.kejiju.workbench.shared.Page;
import cn.kejiju.workbench.shared.PageRequest;
import cn.kejiju.workbench.shared.ResidentId;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Where commissioners and the programme's settings are kept. Filtering, sorting and paging happen in the database. */
public interface CommissionerRepository {

    /** Sort keys of the list: name, field, kind, dispatchLevel, postedOn, updatedAt. */
    Set<String> SORT_KEYS = Set.of("name", "field", "kind", "dispatchLevel", "postedOn", "updatedAt");

    Optional<Commissioner> find(long id);

    default Commissioner get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("Commissioner", id));
    }

    /**
     * The commissioner, locked until the transaction ends, so that two clerks assigning at the same
     * moment count the active assignments one after the other.
     */
    Commissioner lock(long id);

    Optional<Commissioner> findByResidentId(ResidentId residentId);

    Page<Commissioner> page(CommissionerFilter filter, Long countyScope, PageRequest request);

    long count(CommissionerFilter filter, Long countyScope);

    /** The active commissioners of a county, for matching a demand. */
    List<Commissioner> activeInCounty(long countyId);

    /** How many assignments each of the given commissioners has active on the given day. */
    Map<Long, Long> activeLoad(Collection<Long> commissionerIds, java.time.LocalDate day);

    /** The commissioners of a county scope (null: every county) posted by {@code to} and not ended before {@code from}. */
    List<Commissioner> servingDuring(Long countyScope, java.time.LocalDate from, java.time.LocalDate to);

    Commissioner add(Commissioner commissioner);

    CommissionerSettings settings();
}
