package cn.kejiju.workbench.todo;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;

import java.io.StringReader;
import java.util.List;

/** The message arguments of an item as stored: a JSON array of strings, readable in the database. */
final class TodoArguments {

    private TodoArguments() {
    }

    static String encode(List<String> arguments) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        arguments.forEach(array::add);
        return array.build().toString();
    }

    static List<String> decode(String stored) {
        if (stored == null || stored.isBlank()) {
            return List.of();
        }
        try (JsonReader reader = Json.createReader(new StringReader(stored))) {
            JsonArray array = reader.readArray();
            return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
        }
    }
}
