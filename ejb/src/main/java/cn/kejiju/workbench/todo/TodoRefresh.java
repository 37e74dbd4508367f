package cn.kejiju.workbench.todo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reconciles every {@link TodoFeed} once the schema is up to date at start-up, then every hour at five
 * past (bureau time), each feed in a transaction of its own: a failing feed is logged and the others
 * still run. The timer is not persistent: a missed hour is made up by the next one.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrator")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class TodoRefresh {

    private static final Logger LOG = Logger.getLogger(TodoRefresh.class.getName());

    @Inject
    @Any
    Instance<TodoFeed> feeds;

    @EJB
    TodoService todo;

    @Inject
    Clock clock;

    @PostConstruct
    void atStartup() {
        refreshNow();
    }

    @Schedule(hour = "*", minute = "5", timezone = "Asia/Shanghai", persistent = false)
    void hourly() {
        refreshNow();
    }

    /** Reconciles every feed now; what each did, in the order of the feeds (failed ones left out). */
    public List<TodoReconciliation> refreshNow() {
        return refresh(feeds);
    }

    /** Reconciles the given feeds for the bureau's today. */
    List<TodoReconciliation> refresh(Iterable<TodoFeed> each) {
        LocalDate today = LocalDate.now(clock);
        List<TodoReconciliation> done = new ArrayList<>();
        for (TodoFeed feed : each) {
            try {
                TodoReconciliation result = todo.reconcile(feed, today);
                done.add(result);
                if (result.raised() + result.updated() + result.resolved() > 0) {
                    LOG.info(() -> "To-do feed " + result.kindPrefix() + ": " + result.raised() + " raised, "
                            + result.updated() + " updated, " + result.resolved() + " resolved");
                }
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "To-do feed " + feed.getClass().getName() + " failed; its items stay as they were", e);
            }
        }
        return done;
    }
}
