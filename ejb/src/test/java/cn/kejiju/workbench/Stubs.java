package cn.kejiju.workbench;

import java.lang.reflect.Proxy;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Repositories in memory for plain unit tests of services: each call is recorded by method name, a
 * method with an answer returns it, every other returns an empty result (empty list, map, set or
 * optional, zero, false or null).
 */
public final class Stubs {

    private Stubs() {
    }

    public static <T> T of(Class<T> type, List<String> calls, Map<String, Function<Object[], Object>> answers) {
        Object proxy = Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (self, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return switch (method.getName()) {
                    case "toString" -> type.getSimpleName() + " stub";
                    case "hashCode" -> System.identityHashCode(self);
                    default -> self == args[0];
                };
            }
            if (method.isDefault()) {
                return java.lang.reflect.InvocationHandler.invokeDefault(self, method, args);
            }
            calls.add(method.getName());
            Function<Object[], Object> answer = answers.get(method.getName());
            if (answer != null) {
                return answer.apply(args);
            }
            Class<?> returns = method.getReturnType();
            if (List.class.isAssignableFrom(returns) || returns == Collection.class) {
                return List.of();
            } else if (Map.class.isAssignableFrom(returns)) {
                return Map.of();
            } else if (Set.class.isAssignableFrom(returns)) {
                return Set.of();
            } else if (returns == Optional.class) {
                return Optional.empty();
            } else if (returns == long.class) {
                return 0L;
            } else if (returns == int.class) {
                return 0;
            } else if (returns == boolean.class) {
                return false;
            }
            return null;
        });
        return type.cast(proxy);
    }
}
