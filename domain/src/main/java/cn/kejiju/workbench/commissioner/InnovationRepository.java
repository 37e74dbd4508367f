package cn.kejiju.workbench.commissioner;

import cn.kejiju.workbench.shared.NotFoundException;
import cn.kejiju.workbench.shared.Page;
import cn.kejiju.workbench.shared.PageRequest;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where a county's named varieties and technologies are listed, renamed and merged (the service logs
 * reach them through {@link ServiceLogRepository}).
 */
public interface InnovationRepository {

    Optional<Innovation> find(long id);

    default Innovation get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("Innovation", id));
    }

    /** Locks the item against concurrent renames, merges and new introductions. */
    Innovation lock(long id);

    /**
     * A page of items in pinyin order of their names (then id), of one county when a scope or the filter's county
     * is given, narrowed by the filter's other parts.
     */
    Page<Innovation> page(Long countyScope, InnovationFilter filter, PageRequest request);

    /** How many introductions each of the items has (items without any are left out). */
    Map<Long, Long> introductionCounts(List<Long> innovationIds);

    /** The ids of the service logs that introduce both items (a merge cannot keep both introductions). */
    List<Long> logsIntroducingBoth(long firstId, long secondId);

    /**
     * Moves every introduction of {@code duplicate} and its rows of the statistics' monthly rollup to
     * {@code survivor}, then removes {@code duplicate}; returns how many introductions moved.
     */
    int merge(Innovation survivor, Innovation duplicate);

    /** Items stored before their initials were kept (or inserted by SQL), for the backfill. */
    List<Innovation> withoutInitials(int max);
}
