package cn.kejiju.workbench.summary;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The sections of a saved version as stored: a JSON array, readable in the database. */
public final class SectionsJson {

    private SectionsJson() {
    }

    public static String encode(List<RenderedSection> sections) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (RenderedSection section : sections) {
            JsonArrayBuilder figures = Json.createArrayBuilder();
            for (Figure figure : section.figures()) {
                JsonObjectBuilder f = Json.createObjectBuilder().add("key", figure.key())
                        .add("unit", figure.unit().name()).add("value", figure.value());
                optional(f, "atStart", figure.atStart());
                optional(f, "previous", figure.previous());
                optional(f, "lastYear", figure.lastYear());
                if (figure.link() != null) {
                    f.add("link", figure.link());
                }
                figures.add(f);
            }
            JsonArrayBuilder counties = Json.createArrayBuilder();
            for (CountyFigures row : section.counties()) {
                JsonObjectBuilder values = Json.createObjectBuilder();
                row.values().forEach(values::add);
                JsonObjectBuilder c = Json.createObjectBuilder().add("values", values);
                if (row.countyId() != null) {
                    c.add("countyId", row.countyId()).add("county", row.county());
                }
                counties.add(c);
            }
            JsonArrayBuilder sentences = Json.createArrayBuilder();
            section.sentences().forEach(sentences::add);
            JsonObjectBuilder stored = Json.createObjectBuilder().add("section", section.section())
                    .add("order", section.order()).add("title", section.title()).add("figures", figures)
                    .add("sentences", sentences).add("counties", counties);
            if (!section.targets().isEmpty()) {
                JsonObjectBuilder targets = Json.createObjectBuilder();
                new java.util.TreeMap<>(section.targets()).forEach(targets::add);
                stored.add("targets", targets);
            }
            array.add(stored);
        }
        return array.build().toString();
    }

    public static List<RenderedSection> decode(String stored) {
        List<RenderedSection> sections = new ArrayList<>();
        try (JsonReader reader = Json.createReader(new StringReader(stored))) {
            for (JsonValue value : reader.readArray()) {
                JsonObject s = value.asJsonObject();
                List<Figure> figures = new ArrayList<>();
                for (JsonValue f : s.getJsonArray("figures")) {
                    JsonObject o = f.asJsonObject();
                    figures.add(new Figure(o.getString("key"), FigureUnit.valueOf(o.getString("unit")),
                            o.getJsonNumber("value").bigDecimalValue(), decimal(o, "atStart"), decimal(o, "previous"),
                            decimal(o, "lastYear"), o.getString("link", null)));
                }
                List<CountyFigures> counties = new ArrayList<>();
                for (JsonValue c : s.getJsonArray("counties")) {
                    JsonObject o = c.asJsonObject();
                    Map<String, BigDecimal> values = new LinkedHashMap<>();
                    o.getJsonObject("values").forEach((k, v) -> values.put(k, ((JsonNumber) v).bigDecimalValue()));
                    counties.add(new CountyFigures(o.containsKey("countyId") ? o.getJsonNumber("countyId").longValue() : null,
                            o.getString("county", null), values));
                }
                JsonArray sentences = s.getJsonArray("sentences");
                // versions saved before targets existed have none
                Map<String, BigDecimal> targets = new LinkedHashMap<>();
                if (s.containsKey("targets")) {
                    s.getJsonObject("targets").forEach((k, v) -> targets.put(k, ((JsonNumber) v).bigDecimalValue()));
                }
                sections.add(new RenderedSection(s.getString("section"), s.getInt("order"), s.getString("title"), figures,
                        sentences.getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList(),
                        counties, targets));
            }
        }
        return sections;
    }

    private static void optional(JsonObjectBuilder builder, String name, BigDecimal value) {
        if (value != null) {
            builder.add(name, value);
        }
    }

    private static BigDecimal decimal(JsonObject object, String name) {
        return object.containsKey(name) && !object.isNull(name) ? object.getJsonNumber(name).bigDecimalValue() : null;
    }
}
