package cn.kejiju.workbench.enterprise;

import cn.kejiju.workbench.shared.NotFoundException;
import cn.kejiju.workbench.shared.Page;
import cn.kejiju.workbench.shared.PageRequest;

import java.util.List;
import java.util.Optional;

/** Where enterprises are kept. Filtering, sorting and paging happen in the database. */
public interface EnterpriseRepository {

    Optional<Enterprise> find(long id);

    default Enterprise get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("Enterprise", id));
    }

    Optional<Enterprise> findByCreditCode(CreditCode code);

    /** A page of the enterprises the filter matches within the county scope (null: every county). */
    Page<Enterprise> page(EnterpriseFilter filter, Long countyScope, PageRequest request);

    long count(EnterpriseFilter filter, Long countyScope);

    Enterprise add(Enterprise enterprise);

    /** At most {@code max} enterprises stored without pinyin initials, by id (see the startup backfill). */
    List<Enterprise> withoutInitials(int max);

    void remove(Enterprise enterprise);

    /** How many enterprises lie in a county or township. */
    long countInJurisdiction(long jurisdictionId);
}
