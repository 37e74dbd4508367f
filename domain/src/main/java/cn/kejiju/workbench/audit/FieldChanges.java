package cn.kejiju.workbench.audit;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The changes of an audit entry as stored: a JSON array of {@code {"field", "before", "after"}}
 * objects. What is stored is what is hashed, so the text is written once and never rebuilt. When a
 * change set would not fit the column, values are shortened first, then trailing fields give way to a
 * final {@code {"field": "…"}} marker; the entry is always written.
 */
final class FieldChanges {

    private static final int[] VALUE_LIMITS = {FieldChange.VALUE_MAX, 100, 20, 0};
    private static final FieldChange MORE = new FieldChange(FieldChange.ELLIPSIS, null, null);
    /** Looked up once: finding the JSON provider is far slower than building a small object. */
    private static final JsonBuilderFactory BUILDERS = Json.createBuilderFactory(Map.of());
    private static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());

    private FieldChanges() {
    }

    /** The JSON text of the changes, at most {@code maxLength} characters; {@code null} for none. */
    static String toJson(List<FieldChange> changes, int maxLength) {
        if (changes == null || changes.isEmpty()) {
            return null;
        }
        for (int limit : VALUE_LIMITS) {
            String json = array(objects(changes, limit));
            if (json.length() <= maxLength) {
                return json;
            }
        }
        List<String> bare = objects(changes, 0);
        String marker = object(MORE, 0);
        List<String> kept = new ArrayList<>();
        int length = 2 + marker.length();
        for (String object : bare) {
            if (length + object.length() + 1 > maxLength) {
                break;
            }
            kept.add(object);
            length += object.length() + 1;
        }
        kept.add(marker);
        return array(kept);
    }

    static List<FieldChange> fromJson(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        try (JsonReader reader = READERS.createReader(new StringReader(json))) {
            JsonArray array = reader.readArray();
            List<FieldChange> changes = new ArrayList<>(array.size());
            for (JsonValue value : array) {
                JsonObject change = value.asJsonObject();
                changes.add(new FieldChange(change.getString("field"),
                        change.getString("before", null), change.getString("after", null)));
            }
            return List.copyOf(changes);
        }
    }

    private static List<String> objects(List<FieldChange> changes, int valueLimit) {
        List<String> objects = new ArrayList<>(changes.size());
        for (FieldChange change : changes) {
            objects.add(object(change, valueLimit));
        }
        return objects;
    }

    private static String object(FieldChange change, int valueLimit) {
        JsonObjectBuilder object = BUILDERS.createObjectBuilder().add("field", change.field());
        add(object, "before", FieldChange.cut(change.before(), valueLimit));
        add(object, "after", FieldChange.cut(change.after(), valueLimit));
        return object.build().toString();
    }

    private static String array(List<String> objects) {
        return "[" + String.join(",", objects) + "]";
    }

    private static void add(JsonObjectBuilder object, String name, String value) {
        if (value == null) {
            object.addNull(name);
        } else {
            object.add(name, value);
        }
    }
}
