package cn.kejiju.workbench.security.api;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

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
    void everyResourceMethodHasRolesOnItselfOrItsClass() throws Exception {
        List<Class<?>> resources = resources();
        assertTrue(resources.size() >= 10, "the walk found the resources: " + resources);
        List<String> withoutRoles = new ArrayList<>();
        for (Class<?> resource : resources) {
            for (Method method : resource.getDeclaredMethods()) {
                boolean operation = HTTP_METHODS.stream().anyMatch(method::isAnnotationPresent);
                if (operation && RolesAllowedFeature.rolesOf(method, resource) == null) {
                    withoutRoles.add(resource.getSimpleName() + "." + method.getName());
                }
            }
        }
        assertEquals(List.of(), withoutRoles);
    }

    private static List<Class<?>> resources() throws IOException, URISyntaxException {
        java.nio.file.Path classes = java.nio.file.Path.of(
                RolesAllowedFeature.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> found = new ArrayList<>();
        try (Stream<java.nio.file.Path> files = Files.walk(classes)) {
            for (java.nio.file.Path file : (Iterable<java.nio.file.Path>) files::iterator) {
                String name = classes.relativize(file).toString();
                if (name.endsWith("Resource.class") && name.contains("/api/")) {
                    Class<?> type = load(name);
                    if (type.isAnnotationPresent(Path.class)) {
                        found.add(type);
                    }
                }
            }
        }
        return found;
    }

    private static Class<?> load(String classFile) {
        String name = classFile.substring(0, classFile.length() - ".class".length()).replace('/', '.');
        try {
            return Class.forName(name, false, EveryOperationDeclaresItsRolesTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
