package cn.kejiju.workbench.commissioner;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

import java.util.List;
import java.util.logging.Logger;

/**
 * Gives the innovations stored without pinyin initials (before they were kept, or inserted by SQL such
 * as the demo data) their initials at startup, so that suggestions by initials find them. Initials
 * cannot be computed in SQL; the items that have them are left alone, so a start without such items
 * costs one query.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrator")
public class InnovationInitialsBackfill {

    private static final Logger LOG = Logger.getLogger(InnovationInitialsBackfill.class.getName());
    private static final int BATCH = 1000;

    @Inject
    InnovationRepository innovations;

    @PostConstruct
    void backfill() {
        int done = 0;
        List<Innovation> batch = innovations.withoutInitials(BATCH);
        while (!batch.isEmpty()) {
            batch.forEach(Innovation::refreshInitials);
            done += batch.size();
            if (batch.size() < BATCH) {
                break;
            }
            batch = innovations.withoutInitials(BATCH);
        }
        if (done > 0) {
            int count = done;
            LOG.info(() -> "Pinyin initials set for " + count + " innovations");
        }
    }
}
