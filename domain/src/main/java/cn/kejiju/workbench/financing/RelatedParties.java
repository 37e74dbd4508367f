package cn.kejiju.workbench.financing;


import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Function;

/**
 * The group of an enterprise and its related parties: everybody reachable through links, directly or
 * through others (A–B and B–C make A, B and C one group), so a guarantee to any of them counts against the
 * one-enterprise limit of all.
 */
public final class RelatedParties {

    /** The most enterprises a group is followed to; a larger one is treated as this many (never in practice). */
    public static final int MAX_GROUP = 1_000;

    private RelatedParties() {
    }

    /**
     * The group of {@code start}, asking {@code neighbours} for the enterprises linked to a set of enterprises
     * (one call per step outwards, not per enterprise).
     */
    public static Set<Long> group(long start, Function<Collection<Long>, Collection<Long>> neighbours) {
        Set<Long> group = new LinkedHashSet<>();
        group.add(start);
        Deque<Long> frontier = new ArrayDeque<>(group);
        while (!frontier.isEmpty() && group.size() < MAX_GROUP) {
            Collection<Long> next = neighbours.apply(Set.copyOf(frontier));
            frontier.clear();
            for (Long id : next) {
                if (group.add(id)) {
                    frontier.add(id);
                }
            }
        }
        return group;
    }
}
