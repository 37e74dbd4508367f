package cn.kejiju.workbench.security;

import cn.kejiju.workbench.shared.NotFoundException;

import java.util.List;
import java.util.Optional;

/** Where user accounts are kept. */
public interface UserAccountRepository {

    Optional<UserAccount> find(long id);

    default UserAccount get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("UserAccount", id));
    }

    Optional<UserAccount> findByUsername(String username);

    List<UserAccount> list();

    long countWithRole(Role role);

    /** How many enabled accounts hold the role. */
    long countEnabledWithRole(Role role);

    UserAccount add(UserAccount account);
}
