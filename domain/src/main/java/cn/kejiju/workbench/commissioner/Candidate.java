package cn.kejiju.workbench.commissioner;

import java.util.Comparator;

/**
 * A commissioner proposed for a demand: whether the field matches, whether a specialty appears in the
 * problem text, and the current load against the cap. Ranked by free capacity, field, specialty, load.
 */
public record Candidate(Commissioner commissioner, boolean fieldMatches, boolean specialtyMatches, long load,
                        int maxLoad) {

    public static final Comparator<Candidate> RANKING = Comparator
            .comparing(Candidate::isFull)
            .thenComparing(Candidate::fieldMatches, Comparator.reverseOrder())
            .thenComparing(Candidate::specialtyMatches, Comparator.reverseOrder())
            .thenComparingLong(Candidate::load)
            .thenComparing(c -> c.commissioner().getName());

    public boolean isFull() {
        return load >= maxLoad;
    }
}
