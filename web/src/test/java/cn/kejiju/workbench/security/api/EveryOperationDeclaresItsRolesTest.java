package cn.kejiju.workbench.security.api;

import cn.kejiju.workbench.platform.ApiResourceClasses;
import cn.kejiju.workbench.security.Roles;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import org.junit.jupiter.api.Test;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every API operation names its roles, so that {@link RolesAllowedFeature} refuses a caller in the web tier
 * and a refusal never reaches the services' own check (which the EJB container logs with a stack trace).
 * Walks the compiled resource classes: a resource added later without {@code @RolesAllowed} fails here.
 */
class EveryOperationDeclaresItsRolesTest {

    private static final List<Class<? extends Annotation>> HTTP_METHODS =
            List.of(GET.class, POST.class, PUT.class, PATCH.class, DELETE.class);

    @Test
    void everyResourceMethodHasRolesOnItselfOrItsClass() {
        List<Class<?>> resources = ApiResourceClasses.all();
        assertTrue(resources.size() >= 10, "the walk found the resources: " + resources);
        List<String> withoutRoles = new ArrayList<>();
        List<String> writesOpenToReaders = new ArrayList<>();
        for (Class<?> resource : resources) {
            for (Method method : resource.getDeclaredMethods()) {
                boolean operation = HTTP_METHODS.stream().anyMatch(method::isAnnotationPresent);
                List<String> roles = RolesAllowedFeature.rolesOf(method, resource);
                if (operation && roles == null) {
                    withoutRoles.add(resource.getSimpleName() + "." + method.getName());
                } else if (operation && !method.isAnnotationPresent(GET.class) && roles.contains(Roles.API_READ)) {
                    writesOpenToReaders.add(resource.getSimpleName() + "." + method.getName());
                }
            }
        }
        assertEquals(List.of(), withoutRoles, "operations without roles");
        assertEquals(List.of(), writesOpenToReaders, "writes a read-only token passes to the service");
    }
}
