package cn.kejiju.workbench;

import cn.kejiju.workbench.security.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;

import java.util.concurrent.Callable;

/**
 * For in-container tests: runs a piece of work with the system administrator's role, as a timer or
 * a start-up task would, so that services checking roles can be called directly.
 */
@Stateless
@RunAs(Roles.SYSTEM_ADMIN)
@PermitAll
public class AsSystemAdmin {

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }

    public void run(Runnable work) {
        work.run();
    }
}
