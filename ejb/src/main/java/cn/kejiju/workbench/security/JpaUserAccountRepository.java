package cn.kejiju.workbench.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaUserAccountRepository implements UserAccountRepository {

    @PersistenceContext(unitName = "workbench")
    EntityManager em;

    @Override
    public Optional<UserAccount> find(long id) {
        return Optional.ofNullable(em.find(UserAccount.class, id));
    }

    @Override
    public Optional<UserAccount> findByUsername(String username) {
        return em.createNamedQuery("UserAccount.byUsername", UserAccount.class)
                .setParameter("username", username).getResultStream().findFirst();
    }

    @Override
    public List<UserAccount> list() {
        return em.createNamedQuery("UserAccount.all", UserAccount.class).getResultList();
    }

    @Override
    public long countWithRole(Role role) {
        return em.createNamedQuery("UserAccount.countWithRole", Long.class).setParameter("role", role).getSingleResult();
    }

    @Override
    public long countEnabledWithRole(Role role) {
        return em.createNamedQuery("UserAccount.countEnabledWithRole", Long.class).setParameter("role", role).getSingleResult();
    }

    @Override
    public UserAccount add(UserAccount account) {
        em.persist(account);
        return account;
    }
}
