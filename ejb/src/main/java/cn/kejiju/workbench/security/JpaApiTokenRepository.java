package cn.kejiju.workbench.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaApiTokenRepository implements ApiTokenRepository {

    @PersistenceContext(unitName = "workbench")
    EntityManager em;

    @Override
    public Optional<ApiToken> find(long id) {
        return Optional.ofNullable(em.find(ApiToken.class, id));
    }

    @Override
    public Optional<ApiToken> findByPrefix(String prefix) {
        return em.createNamedQuery("ApiToken.byPrefix", ApiToken.class)
                .setParameter("prefix", prefix).getResultStream().findFirst();
    }

    @Override
    public List<ApiToken> list() {
        return em.createNamedQuery("ApiToken.all", ApiToken.class).getResultList();
    }

    @Override
    public ApiToken add(ApiToken token) {
        em.persist(token);
        return token;
    }
}
