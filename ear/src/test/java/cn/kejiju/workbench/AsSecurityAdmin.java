package cn.kejiju.workbench;

import cn.kejiju.workbench.security.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;

import java.util.concurrent.Callable;

/**
 * For in-container tests: runs a piece of work with the security administrator's role, so that the
 * policy and token services can be called directly.
 */
@Stateless
@RunAs(Roles.SECURITY_ADMIN)
@PermitAll
public class AsSecurityAdmin {

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }

    public void run(Runnable work) {
        work.run();
    }
}
