package cn.kejiju.workbench.financing;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RelatedPartiesTest {

    /** Links 1–2, 2–3, 4–5: undirected. */
    private static final List<long[]> LINKS = List.of(new long[] {1, 2}, new long[] {2, 3}, new long[] {4, 5});

    private final List<Collection<Long>> asked = new ArrayList<>();

    private Collection<Long> neighbours(Collection<Long> ids) {
        asked.add(ids);
        List<Long> found = new ArrayList<>();
        for (long[] link : LINKS) {
            if (ids.contains(link[0])) {
                found.add(link[1]);
            }
            if (ids.contains(link[1])) {
                found.add(link[0]);
            }
        }
        return found;
    }

    @Test
    void theGroupFollowsLinksThroughOthers() {
        assertEquals(Set.of(1L, 2L, 3L), RelatedParties.group(3, this::neighbours));
        assertEquals(Set.of(4L, 5L), RelatedParties.group(4, this::neighbours));
    }

    @Test
    void anEnterpriseWithoutLinksIsItsOwnGroup() {
        assertEquals(Set.of(9L), RelatedParties.group(9, this::neighbours));
    }

    @Test
    void oneQueryPerStepOutwardsNotPerEnterprise() {
        RelatedParties.group(1, this::neighbours);
        assertEquals(List.of(Set.of(1L), Set.of(2L), Set.of(3L)), asked.stream().map(Set::copyOf).toList());
    }
}
