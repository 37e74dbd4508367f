package cn.kejiju.workbench.platform;

import cn.kejiju.workbench.Deployments;
import cn.kejiju.workbench.enterprise.Enterprise;
import cn.kejiju.workbench.platform.persistence.StrictFetch.LazyLoadOutsideTransactionException;
import jakarta.annotation.Resource;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The strict-fetch check of the test server ({@code workbench.strict-fetch=fail}): reading a lazy association
 * of an entity after the transaction (or without one) fails and names the association; the same read inside
 * a transaction, or of an association the query fetched, passes. The other integration tests rely on it to
 * find every missing fetch plan of the pages and the API.
 */
@ExtendWith(ArquillianExtension.class)
class StrictFetchIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWith(StrictFetchIT.class);
    }

    @PersistenceContext(unitName = "workbench")
    EntityManager em;

    @Resource
    UserTransaction transaction;

    private long id;

    @BeforeEach
    void anEnterprise() {
        id = em.createQuery("select e.id from Enterprise e order by e.id", Long.class).setMaxResults(1).getSingleResult();
    }

    @Test
    void aLazyAssociationReadAfterTheQueryFailsNamingIt() {
        Enterprise detached = em.find(Enterprise.class, id);

        RuntimeException failure = assertThrows(RuntimeException.class, () -> detached.getTownship().getName());

        LazyLoadOutsideTransactionException strict = cause(failure);
        assertTrue(strict.getMessage().contains("Enterprise.township"), strict.getMessage());
    }

    @Test
    void insideTheTransactionTheSameReadPasses() throws Exception {
        transaction.begin();
        try {
            Enterprise managed = em.find(Enterprise.class, id);
            assertFalse(managed.getTownship().getName().isBlank());
        } finally {
            transaction.rollback();
        }
    }

    @Test
    void anAssociationTheQueryFetchedIsReadWithoutLoading() {
        Enterprise fetched = Fetch.joined(em.createQuery("select e from Enterprise e where e.id = :id", Enterprise.class),
                "township", "county").setParameter("id", id).getSingleResult();

        assertFalse(fetched.getTownship().getName().isBlank());
        assertFalse(fetched.getCounty().getName().isBlank());
    }

    private static LazyLoadOutsideTransactionException cause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof LazyLoadOutsideTransactionException strict) {
                return strict;
            }
        }
        throw new AssertionError("not the strict-fetch failure", failure);
    }
}
