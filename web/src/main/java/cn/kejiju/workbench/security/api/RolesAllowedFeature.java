package cn.kejiju.workbench.security.api;

import cn.kejiju.workbench.platform.RoleRefusedException;
import jakarta.annotation.Priority;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;

import java.lang.reflect.Method;
import java.util.List;

/**
 * Checks the roles of an API operation in the web tier, before the service is called: each resource
 * method (or its class) declares with {@code @RolesAllowed} the roles of the service methods it calls,
 * and a caller with none of them is refused with a 403 problem (the mappers audit it). The services
 * keep their own {@code @RolesAllowed}: should a resource and its service disagree, the service still
 * refuses. Standard Jakarta REST only (a {@link DynamicFeature} and a request filter), no
 * implementation's own feature.
 */
@Provider
public class RolesAllowedFeature implements DynamicFeature {

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        List<String> roles = rolesOf(resource.getResourceMethod(), resource.getResourceClass());
        if (roles != null) {
            context.register(new RoleCheck(roles));
        }
    }

    /** The method's roles, else its class's; {@code null} when neither declares any. */
    static List<String> rolesOf(Method method, Class<?> type) {
        RolesAllowed allowed = method == null ? null : method.getAnnotation(RolesAllowed.class);
        if (allowed == null && type != null) {
            allowed = type.getAnnotation(RolesAllowed.class);
        }
        return allowed == null ? null : List.of(allowed.value());
    }

    /** Lets the request on when the caller holds one of the roles. */
    @Priority(Priorities.AUTHORIZATION)
    static final class RoleCheck implements ContainerRequestFilter {

        private final List<String> roles;

        RoleCheck(List<String> roles) {
            this.roles = roles;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            SecurityContext caller = request.getSecurityContext();
            if (caller == null || caller.getUserPrincipal() == null
                    || roles.stream().noneMatch(caller::isUserInRole)) {
                throw new RoleRefusedException();
            }
        }
    }
}
