package cn.kejiju.workbench.security;

import cn.kejiju.workbench.shared.NotFoundException;

import java.util.Optional;

/** Where the one row of the security policy is kept. */
public interface PasswordPolicyRepository {

    /** The stored policy (row {@value PasswordPolicy#SINGLETON_ID}), if the database has it. */
    Optional<PasswordPolicy> find();

    /** The stored policy, for editing it. */
    default PasswordPolicy get() {
        return find().orElseThrow(() -> new NotFoundException("PasswordPolicy", PasswordPolicy.SINGLETON_ID));
    }

    /** The policy in force: the stored one, or the built-in defaults when the row is missing. */
    default PasswordPolicy current() {
        return find().orElseGet(PasswordPolicy::defaults);
    }
}
