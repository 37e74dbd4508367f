package cn.kejiju.workbench.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Optional;

@ApplicationScoped
public class JpaPasswordPolicyRepository implements PasswordPolicyRepository {

    @PersistenceContext(unitName = "workbench")
    EntityManager em;

    @Override
    public Optional<PasswordPolicy> find() {
        return Optional.ofNullable(em.find(PasswordPolicy.class, PasswordPolicy.SINGLETON_ID));
    }
}
