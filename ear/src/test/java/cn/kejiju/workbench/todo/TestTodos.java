package cn.kejiju.workbench.todo;

import cn.kejiju.workbench.BureauClock;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;


/** For in-container tests: what the service would never do, straight through JPA. */
@Stateless
public class TestTodos {

    @PersistenceContext(unitName = "workbench")
    EntityManager em;

    /** Stores a second item for a draft whose item is open already, bypassing the service; flushes. */
    public void persistDirectly(TodoDraft draft) {
        em.persist(new TodoItem(draft, BureauClock.clock()));
        em.flush();
    }
}
