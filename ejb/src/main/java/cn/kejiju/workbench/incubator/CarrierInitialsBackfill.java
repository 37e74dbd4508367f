package cn.kejiju.workbench.incubator;

import cn.kejiju.workbench.platform.Backfill;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

import java.util.logging.Logger;

/**
 * Gives the carriers stored without pinyin initials (before they were kept, or inserted by SQL such as the demo
 * data) their initials at startup, so that the carrier search fields find them by initials too. A start without
 * such carriers costs one query.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrator")
public class CarrierInitialsBackfill {

    private static final Logger LOG = Logger.getLogger(CarrierInitialsBackfill.class.getName());

    @Inject
    CarrierRepository carriers;

    @PostConstruct
    void backfill() {
        int done = Backfill.run(carriers::withoutInitials, Carrier::refreshInitials);
        if (done > 0) {
            LOG.info(() -> "Pinyin initials set for " + done + " carriers");
        }
    }
}
