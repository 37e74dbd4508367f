package cn.kejiju.workbench.platform;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbTransient;

import java.io.ByteArrayInputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Finds the first field of a request body whose value is not one of its enum's constants, by walking the
 * body's JSON beside the type it binds to (fields and record components, by their JSON-B names, into
 * nested objects, lists and arrays). Generic: every enum in every request type, no per-field code.
 */
public final class UnknownChoices {

    private static final int MAX_DEPTH = 12;

    private UnknownChoices() {
    }

    /** The unknown choice in {@code body} bound to {@code type}, or {@code null} (none, or not JSON at all). */
    public static UnknownChoiceException find(Type type, byte[] body) {
        JsonValue json;
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(body))) {
            json = reader.readValue();
        } catch (JsonException | IllegalStateException notJson) {
            return null;
        }
        return find(type, json, "", 0);
    }

    static UnknownChoiceException find(Type type, JsonValue value, String path, int depth) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL || depth > MAX_DEPTH) {
            return null;
        }
        if (type instanceof ParameterizedType parameterized && parameterized.getRawType() instanceof Class<?> raw) {
            Type[] arguments = parameterized.getActualTypeArguments();
            if (Collection.class.isAssignableFrom(raw) && arguments.length == 1) {
                return elements(arguments[0], value, path, depth);
            }
            if (Optional.class.equals(raw)) {
                return find(arguments[0], value, path, depth + 1);
            }
            return null;
        }
        if (!(type instanceof Class<?> type0)) {
            return null;
        }
        if (type0.isEnum()) {
            return choice(type0, value, path);
        }
        if (type0.isArray()) {
            return elements(type0.getComponentType(), value, path, depth);
        }
        if (type0.isPrimitive() || type0.getName().startsWith("java.") || type0.getName().startsWith("jakarta.")
                || value.getValueType() != JsonValue.ValueType.OBJECT) {
            return null;
        }
        return properties(type0, value.asJsonObject(), path, depth);
    }

    private static UnknownChoiceException choice(Class<?> type, JsonValue value, String path) {
        Object[] constants = type.getEnumConstants();
        List<String> allowed = Arrays.stream(constants).map(constant -> ((Enum<?>) constant).name()).toList();
        if (value instanceof JsonString text && allowed.contains(text.getString())) {
            return null;
        }
        return new UnknownChoiceException(path.isEmpty() ? null : path, allowed);
    }

    private static UnknownChoiceException elements(Type element, JsonValue value, String path, int depth) {
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            return null;
        }
        JsonArray array = value.asJsonArray();
        for (int i = 0; i < array.size(); i++) {
            UnknownChoiceException found = find(element, array.get(i), path + "[" + i + "]", depth + 1);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static UnknownChoiceException properties(Class<?> type, JsonObject object, String path, int depth) {
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                UnknownChoiceException found = property(object, nameOf(component.getName(),
                        component.getAnnotation(JsonbProperty.class)), component.getGenericType(), path, depth);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        for (Class<?> level = type; level != null && level != Object.class; level = level.getSuperclass()) {
            for (Field field : level.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers) || field.isSynthetic()
                        || field.isAnnotationPresent(JsonbTransient.class)) {
                    continue;
                }
                UnknownChoiceException found = property(object, nameOf(field.getName(),
                        field.getAnnotation(JsonbProperty.class)), field.getGenericType(), path, depth);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static UnknownChoiceException property(JsonObject object, String name, Type type, String path, int depth) {
        return object.containsKey(name) ? find(type, object.get(name), path.isEmpty() ? name : path + "." + name, depth + 1) : null;
    }

    private static String nameOf(String javaName, JsonbProperty property) {
        return property != null && !property.value().isEmpty() ? property.value() : javaName;
    }
}
