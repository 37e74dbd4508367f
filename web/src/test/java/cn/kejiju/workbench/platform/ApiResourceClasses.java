package cn.kejiju.workbench.platform;

import jakarta.ws.rs.Path;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The JAX-RS resource classes of the web module, found by walking its compiled classes. */
public final class ApiResourceClasses {

    private ApiResourceClasses() {
    }

    public static List<Class<?>> all() {
        try {
            java.nio.file.Path classes = java.nio.file.Path.of(
                    RestApplication.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            List<Class<?>> found = new ArrayList<>();
            try (Stream<java.nio.file.Path> files = Files.walk(classes)) {
                for (java.nio.file.Path file : (Iterable<java.nio.file.Path>) files::iterator) {
                    String name = classes.relativize(file).toString();
                    if (name.endsWith(".class") && name.contains("/api/") && !name.contains("$")) {
                        Class<?> type = load(name);
                        if (type.isAnnotationPresent(Path.class)) {
                            found.add(type);
                        }
                    }
                }
            }
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Class<?> load(String classFile) {
        String name = classFile.substring(0, classFile.length() - ".class".length()).replace('/', '.');
        try {
            return Class.forName(name, false, ApiResourceClasses.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
