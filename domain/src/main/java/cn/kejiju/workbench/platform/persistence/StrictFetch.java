package cn.kejiju.workbench.platform.persistence;

import jakarta.transaction.TransactionSynchronizationRegistry;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.persistence.internal.expressions.SQLSelectStatement;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.queries.DatabaseQuery;
import org.eclipse.persistence.queries.ReadQuery;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * Finds a lazy association loaded while no transaction is active: an entity read by a service and
 * used after the service's transaction ended (by a page, a resource, a test), or read without a
 * transaction at all ({@code SUPPORTS}, {@code NOT_SUPPORTED}) and navigated afterwards. EclipseLink
 * loads such an association from a detached entity; the specification does not promise it, and other
 * providers refuse (Hibernate's {@code LazyInitializationException}). Every such load is a missing fetch
 * plan: the query that reads the entity must fetch what its readers use, or the service must answer
 * what they need.
 *
 * <p>EclipseLink runs the selection query of the association's mapping when the association is first
 * read; that query names its mapping ({@link DatabaseQuery#getSourceMapping()}); a batch-fetched
 * association is loaded by a batch query, also when it is first read. Loads of eager mappings, loads
 * inside a transaction and loads that a query's fetch plan makes before the query answers are not
 * counted: only a load triggered by code reading an entity it already holds. The
 * persistence unit registers this listener in the property {@code eclipselink.session-event-listener},
 * so the application code depends on nothing of EclipseLink, and another provider ignores it.
 *
 * <p>The MicroProfile Config property {@code workbench.strict-fetch} chooses what happens: {@code fail}
 * (the integration test servers) throws an exception naming the entity and the association; anything
 * else (the default, {@code warn}) logs a warning once per association. Neither says anything of the
 * rows, only of the mapping.
 */
public class StrictFetch extends SessionEventAdapter {

    static final String MODE = "workbench.strict-fetch";

    private static final Logger LOG = Logger.getLogger(StrictFetch.class.getName());

    private final Set<String> warned = ConcurrentHashMap.newKeySet();

    private volatile Boolean failing;

    private volatile TransactionSynchronizationRegistry transactions;

    @Override
    public void preExecuteQuery(SessionEvent event) {
        String association = lazyLoad(event.getQuery());
        if (association == null || inTransaction() || partOfQuery()) {
            return;
        }
        if (failing()) {
            throw new LazyLoadOutsideTransactionException(association);
        }
        if (warned.add(association)) {
            LOG.warning(() -> "Lazy load of " + association + " outside a transaction: the query that read the "
                    + "entity does not fetch it (fails under other JPA providers; " + MODE + "=fail to find the caller)");
        }
    }

    /**
     * The association a query loads lazily ({@code Entity.attribute}), or null if it is no lazy load:
     * the selection query of a lazy mapping, or the batch query of a batch-fetched association, which
     * EclipseLink also runs only when the first row's association is read.
     */
    static String lazyLoad(DatabaseQuery query) {
        if (query == null) {
            return null;
        }
        DatabaseMapping mapping = query.getSourceMapping();
        if (mapping != null) {
            return mapping.isLazy() ? association(mapping) : null;
        }
        if (query instanceof ReadQuery read && read.getBatchObjects() != null) {
            return "(batch of " + batched(query) + ")";
        }
        return null;
    }

    private static String association(DatabaseMapping mapping) {
        String owner = mapping.getDescriptor() == null ? "?" : mapping.getDescriptor().getJavaClass().getSimpleName();
        return owner + "." + mapping.getAttributeName();
    }

    /** A batch query names no mapping: its entity, or for values its table. */
    private static String batched(DatabaseQuery query) {
        if (query.getReferenceClass() != null) {
            return query.getReferenceClass().getSimpleName();
        }
        if (query.getSQLStatement() instanceof SQLSelectStatement select && !select.getTables().isEmpty()) {
            return select.getTables().get(0).getName();
        }
        return "values";
    }

    /**
     * Whether the load runs inside another query's execution: the query's fetch plan (a load group, an
     * eager association) loading what it was asked to, before the query answers.
     */
    private static boolean partOfQuery() {
        return StackWalker.getInstance().walk(frames -> frames.anyMatch(frame ->
                frame.getMethodName().equals("internalExecuteQuery")
                        && frame.getClassName().startsWith("org.eclipse.persistence.")));
    }

    private boolean inTransaction() {
        TransactionSynchronizationRegistry registry = transactions;
        if (registry == null) {
            try {
                registry = (TransactionSynchronizationRegistry)
                        new InitialContext().lookup("java:comp/TransactionSynchronizationRegistry");
            } catch (NamingException e) {
                // outside a container (unit tests of the provider): nothing to compare with
                return true;
            }
            transactions = registry;
        }
        return registry.getTransactionKey() != null;
    }

    private boolean failing() {
        Boolean mode = failing;
        if (mode == null) {
            mode = ConfigProvider.getConfig().getOptionalValue(MODE, String.class)
                    .map(value -> value.trim().toLowerCase(Locale.ROOT).equals("fail"))
                    .orElse(false);
            failing = mode;
        }
        return mode;
    }

    /** A lazy association was loaded outside a transaction while {@code workbench.strict-fetch=fail}. */
    public static class LazyLoadOutsideTransactionException extends IllegalStateException {

        private static final long serialVersionUID = 1L;

        LazyLoadOutsideTransactionException(String association) {
            super("Lazy load of " + association + " outside a transaction (" + MODE
                    + "=fail): fetch it in the query that reads the entity, inside the service");
        }
    }
}
