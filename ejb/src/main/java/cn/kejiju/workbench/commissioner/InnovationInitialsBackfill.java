package cn.kejiju.workbench.commissioner;

import cn.kejiju.workbench.platform.Backfill;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

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

    @Inject
    InnovationRepository innovations;

    @PostConstruct
    void backfill() {
        int done = Backfill.run(innovations::withoutInitials, Innovation::refreshInitials);
        if (done > 0) {
            LOG.info(() -> "Pinyin initials set for " + done + " innovations");
        }
    }
}
