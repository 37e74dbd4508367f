package cn.kejiju.workbench.jurisdiction;

import cn.kejiju.workbench.enterprise.EnterpriseRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaJurisdictionRepository implements JurisdictionRepository {

    @PersistenceContext(unitName = "workbench")
    EntityManager em;

    @Inject
    EnterpriseRepository enterprises;

    @Override
    public Optional<Jurisdiction> find(long id) {
        return Optional.ofNullable(em.find(Jurisdiction.class, id));
    }

    @Override
    public Optional<Jurisdiction> findByCode(String code) {
        return em.createNamedQuery("Jurisdiction.byCode", Jurisdiction.class)
                .setParameter("code", code)
                .getResultStream().findFirst();
    }

    @Override
    public List<Jurisdiction> list(Long parentId, JurisdictionLevel level) {
        if (parentId != null) {
            return em.createNamedQuery("Jurisdiction.children", Jurisdiction.class)
                    .setParameter("parentId", parentId).getResultList();
        }
        if (level != null) {
            return em.createNamedQuery("Jurisdiction.byLevel", Jurisdiction.class)
                    .setParameter("level", level).getResultList();
        }
        return em.createNamedQuery("Jurisdiction.all", Jurisdiction.class).getResultList();
    }

    @Override
    public Jurisdiction add(Jurisdiction jurisdiction) {
        em.persist(jurisdiction);
        return jurisdiction;
    }

    @Override
    public void remove(Jurisdiction jurisdiction) {
        em.remove(jurisdiction);
    }

    @Override
    public boolean isReferenced(long id) {
        long children = em.createNamedQuery("Jurisdiction.countChildren", Long.class)
                .setParameter("id", id).getSingleResult();
        return children > 0 || enterprises.countInJurisdiction(id) > 0;
    }
}
