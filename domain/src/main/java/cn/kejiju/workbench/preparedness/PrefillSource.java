package cn.kejiju.workbench.preparedness;

import java.util.function.ToLongFunction;

/**
 * Where an assessment criterion's score is pre-filled from. {@code MANUAL}: nothing, the clerk scores it;
 * every other source names a count of the township's year ({@link TownshipFacts}) and the criterion gives full
 * marks at its {@code fullAt} of them, proportionally below. A pre-filled score may be changed only with a
 * reason. A new source is one more constant here and one more figure in {@link TownshipFacts}.
 */
public enum PrefillSource {
    MANUAL(null),
    /** Approved publicity events held in the township in the year. */
    EVENTS_HELD(TownshipFacts::events),
    /** Approved events of the year in the township that held an evacuation drill. */
    DRILLS_HELD(TownshipFacts::drills),
    /**
     * The 三网一员 register's completeness in the township at the year's end (today for the current year), in
     * whole percent of the posts required: full marks at 100 when the criterion's {@code fullAt} is 100.
     */
    REGISTER_COMPLETENESS(TownshipFacts::registerPercent);

    private final ToLongFunction<TownshipFacts> count;

    PrefillSource(ToLongFunction<TownshipFacts> count) {
        this.count = count;
    }

    /** A percentage rather than a count: full marks at most at 100. */
    public boolean isPercent() {
        return this == REGISTER_COMPLETENESS;
    }

    public boolean prefilled() {
        return count != null;
    }

    /** The count this source reads from the facts; null for {@code MANUAL}. */
    public Long count(TownshipFacts facts) {
        return count == null ? null : count.applyAsLong(facts);
    }
}
