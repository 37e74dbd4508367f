package cn.kejiju.workbench.security;

import cn.kejiju.workbench.jurisdiction.Jurisdiction;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;

import java.util.Optional;

/**
 * Who is calling and which county confines them. Without a workbench principal (start-up, timers,
 * {@code @RunAs}) the code runs as the system and is not confined; every request from outside carries
 * one, set by the authentication mechanism.
 */
@Dependent
public class Caller {

    @Inject
    SecurityContext securityContext;

    public Optional<WorkbenchPrincipal> principal() {
        return securityContext.getPrincipalsByType(WorkbenchPrincipal.class).stream().findFirst();
    }

    public String name() {
        return principal().map(WorkbenchPrincipal::getName).orElse("system");
    }

    /** The county the caller is confined to, or null when it sees every county. */
    public Long countyScope() {
        return principal().map(WorkbenchPrincipal::countyId).orElse(null);
    }

    /** Whether the caller may see records of the given county. */
    public boolean sees(Jurisdiction county) {
        Long scope = countyScope();
        return scope == null || county != null && scope.equals(county.getId());
    }
}
