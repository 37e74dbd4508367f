package cn.kejiju.workbench.platform;

import java.util.List;
import java.util.function.IntFunction;
import java.util.function.Consumer;

/**
 * Fixes records a batch at a time until none is left (e.g. the pinyin initials of names stored before they
 * were kept, which SQL cannot compute): {@code batch} answers at most the given number of records still to
 * fix, {@code fix} fixes one so that the next batch no longer answers it.
 */
public final class Backfill {

    public static final int BATCH = 1000;

    private Backfill() {
    }

    /** Answers how many records were fixed; a start with nothing to fix costs one query. */
    public static <T> int run(IntFunction<List<T>> batch, Consumer<T> fix) {
        int done = 0;
        List<T> next = batch.apply(BATCH);
        while (!next.isEmpty()) {
            next.forEach(fix);
            done += next.size();
            if (next.size() < BATCH) {
                break;
            }
            next = batch.apply(BATCH);
        }
        return done;
    }
}
