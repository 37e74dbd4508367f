package cn.kejiju.workbench.platform;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Query;

import java.util.function.Function;

/**
 * What a query loads together with its rows, so that a list or a record costs a fixed number of SQL
 * statements whatever the number of rows: relationships to one record are joined into the query's own
 * statement, collections are loaded for all rows at once (one statement per collection, {@code IN} the
 * rows' ids). Paths are relative to the query's root, e.g. {@code "assignment.target.organisation"}.
 *
 * <p>What a query fetches is all its readers may use: services read without a transaction, and pages and
 * resources read the rows after the service's transaction ended, when nothing more may be loaded (the
 * test servers fail such a load, see {@code platform.persistence.StrictFetch} in the domain module).
 *
 * <p>These are EclipseLink's query hints, passed as plain strings: the application has no compile-time
 * dependency on the provider. Another JPA provider ignores them, and then loads the relationships when
 * they are read, which fails after the transaction (docs/portability.md).
 */
public final class Fetch {

    private static final String LEFT_JOIN_FETCH = "eclipselink.left-join-fetch";
    private static final String BATCH = "eclipselink.batch";
    private static final String BATCH_TYPE = "eclipselink.batch.type";
    private static final String READ_ONLY = "eclipselink.read-only";
    private static final String LOAD = "eclipselink.load-group.attribute";

    private Fetch() {
    }

    /** Joins each relationship to one record (optional ones too) into the query's statement. */
    public static <Q extends Query> Q joined(Q query, String... paths) {
        for (String path : paths) {
            query.setHint(LEFT_JOIN_FETCH, "root." + path);
        }
        return query;
    }

    /**
     * Registers a query with its fetch hints under a name, once: a named query is prepared (its SQL
     * written) once, where a query built per call is prepared on every call.
     */
    public static void register(EntityManagerFactory emf, String name, Function<EntityManager, Query> query) {
        EntityManager setup = emf.createEntityManager();
        try {
            emf.addNamedQuery(name, query.apply(setup));
        } finally {
            setup.close();
        }
    }

    /**
     * Outside a transaction the rows a query answers are detached as soon as it returns, so nothing can
     * change them in the database: the provider may then build them once, without the working copy it
     * keeps for changes (about a third of the cost of a detail read). Inside a transaction the query is
     * left as it is, and its rows stay managed. Readers of such rows must not change them.
     */
    public static <Q extends Query> Q forReading(EntityManager em, Q query) {
        if (!em.isJoinedToTransaction()) {
            query.setHint(READ_ONLY, Boolean.TRUE);
        }
        return query;
    }

    /**
     * Loads each association before the query answers, with a statement of its own per row: for a query
     * of one row whose collection cannot be batched with the rest of its plan.
     */
    public static <Q extends Query> Q loaded(Q query, String... paths) {
        for (String path : paths) {
            query.setHint(LOAD, path);
        }
        return query;
    }

    /**
     * Loads each collection for all the rows the query answers in one further statement, before the
     * query answers: a reader of the rows (after the transaction, or a read without one) finds them
     * loaded, and loads nothing itself.
     */
    public static <Q extends Query> Q batched(Q query, String... paths) {
        query.setHint(BATCH_TYPE, "IN");
        for (String path : paths) {
            query.setHint(BATCH, "root." + path);
            query.setHint(LOAD, path);
        }
        return query;
    }
}
