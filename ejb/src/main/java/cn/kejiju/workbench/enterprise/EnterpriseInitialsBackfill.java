package cn.kejiju.workbench.enterprise;

import cn.kejiju.workbench.platform.Backfill;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

import java.util.logging.Logger;

/**
 * Gives the enterprises stored without pinyin initials (before they were kept, or inserted by SQL such as
 * the demo data) their initials at startup, so that search fields find them by initials too. The
 * enterprises that have them are left alone: a start without such enterprises costs one query.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrator")
public class EnterpriseInitialsBackfill {

    private static final Logger LOG = Logger.getLogger(EnterpriseInitialsBackfill.class.getName());

    @Inject
    EnterpriseRepository enterprises;

    @PostConstruct
    void backfill() {
        int done = Backfill.run(enterprises::withoutInitials, Enterprise::refreshInitials);
        if (done > 0) {
            LOG.info(() -> "Pinyin initials set for " + done + " enterprises");
        }
    }
}
