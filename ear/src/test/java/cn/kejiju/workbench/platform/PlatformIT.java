package cn.kejiju.workbench.platform;

import cn.kejiju.workbench.Api;
import cn.kejiju.workbench.Api.Reply;
import cn.kejiju.workbench.Deployments;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Health and the OpenAPI document. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PlatformIT {

    private static final String SERVER = URI.create(Api.BASE).resolve("/").toString();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void healthReportsTheDatabaseUp() {
        Reply health = Api.get(SERVER + "health/ready");
        assertEquals(200, health.status(), health.body());
        assertTrue(health.body().contains("\"database\""), health.body());
        assertTrue(health.body().contains("UP"), health.body());
    }

    @Test
    void openApiDescribesEveryOperation() {
        Reply openapi = Api.send(Api.request(SERVER + "openapi").header("Accept", "application/json").GET().build());
        assertEquals(200, openapi.status());
        String document = openapi.body();
        for (String path : new String[] {"/enterprises", "/enterprises/{id}", "/jurisdictions", "/jurisdictions/{id}",
                "/audit-entries", "/audit-entries/verification", "/todo", "/projects/county-plan/{id}/documents",
                "/projects/county-plan/{id}/documents/{documentId}"}) {
            assertTrue(document.contains(path + "\""), "missing " + path);
        }
        assertTrue(document.contains("Register an enterprise"), "operations carry summaries");
        assertTrue(document.contains("Delete a division"), "operations carry summaries");
        assertTrue(document.contains("Verify the audit chain"), "operations carry summaries");
        assertTrue(document.contains("List my open to-do items"), "operations carry summaries");
        assertTrue(document.contains("\"bearer\""), "the token is declared as the security scheme");
        assertTrue(document.contains("#/components/responses/NotFound"), "problem responses are referred to by name");
    }

    /**
     * Integrators see what each call returns: every 2xx response (but 204, and downloads whose media types
     * are not JSON) has a JSON body whose schema is a named component, or an array of one (Payara copies
     * the items of an {@code implementation = X[].class} in place of referring to them). Payara drops the
     * body of an {@code @APIResponse} without {@code content}, renders the items of a generic record as bare
     * objects, and the items of a list property that carries an {@code @Schema} as arrays: all would show here.
     */
    @Test
    void everySuccessfulResponseDocumentsItsJsonBody() {
        JsonObject document = openApi();
        List<String> undocumented = new ArrayList<>();
        forEachOperation(document, (operation, definition) -> definition.getJsonObject("responses").forEach((status, response) -> {
            JsonObject content = response.asJsonObject().getJsonObject("content");
            boolean download = content != null && !content.isEmpty()
                    && content.keySet().stream().noneMatch(type -> type.endsWith("json"));
            if (!status.startsWith("2") || "204".equals(status) || download) {
                return;
            }
            JsonObject json = content == null ? null : content.getJsonObject("application/json");
            JsonObject schema = json == null ? null : json.getJsonObject("schema");
            if (schema == null || !(schema.containsKey("$ref") || "array".equals(schema.getString("type", null))
                    && isObjectSchema(schema.getJsonObject("items")))) {
                undocumented.add(operation + " " + status + ": " + response);
            }
        }));
        assertEquals(List.of(), undocumented, "2xx responses without the schema of their JSON body");

        List<String> bareItems = new ArrayList<>();
        document.getJsonObject("components").getJsonObject("schemas").forEach((name, schema) -> schema.asJsonObject()
                .getOrDefault("properties", JsonValue.EMPTY_JSON_OBJECT).asJsonObject().forEach((property, definition) -> {
                    JsonObject items = definition.asJsonObject().getJsonObject("items");
                    boolean bareObject = items != null && "object".equals(items.getString("type", null))
                            && !isObjectSchema(items);
                    boolean arrayOfNothing = items != null && "array".equals(items.getString("type", null))
                            && !items.containsKey("items");
                    if (bareObject || arrayOfNothing) {
                        bareItems.add(name + "." + property + " " + items);
                    }
                }));
        assertEquals(List.of(), bareItems, "lists whose items are documented as bare objects or as arrays");
    }

    /**
     * Every schema the document declares is used by an operation or by another schema (no dead components),
     * by reference or as the copied items of an array body (see above).
     */
    @Test
    void everyComponentSchemaIsUsed() {
        JsonObject document = openApi();
        Set<String> referred = new TreeSet<>();
        collectReferences(document, referred);
        List<JsonObject> copiedItems = new ArrayList<>();
        forEachOperation(document, (operation, definition) -> definition.getJsonObject("responses").values().forEach(response -> {
            JsonObject content = response.asJsonObject().getJsonObject("content");
            JsonObject json = content == null ? null : content.getJsonObject("application/json");
            JsonObject schema = json == null ? null : json.getJsonObject("schema");
            if (schema != null && schema.containsKey("items")) {
                copiedItems.add(schema.getJsonObject("items"));
            }
        }));
        JsonObject schemas = document.getJsonObject("components").getJsonObject("schemas");
        Set<String> unused = new TreeSet<>(schemas.keySet());
        unused.removeIf(name -> referred.contains("#/components/schemas/" + name)
                || copiedItems.contains(schemas.getJsonObject(name)));
        assertEquals(Set.of(), unused, "component schemas no operation refers to");
    }

    /**
     * Every operation names the problems every call can meet (401 without a valid token, 429 over the rate
     * limit) and at least one more 4xx; the resources declare 401 and 429 once per class, which Payara only
     * merges into an operation that declares more than one response itself.
     */
    @Test
    void everyOperationDocumentsItsProblems() {
        List<String> missing = new ArrayList<>();
        forEachOperation(openApi(), (operation, definition) -> {
            Set<String> statuses = definition.getJsonObject("responses").keySet();
            if (!statuses.containsAll(Set.of("401", "429"))
                    || statuses.stream().filter(s -> s.startsWith("4")).count() < 3) {
                missing.add(operation + " " + statuses);
            }
        });
        assertEquals(List.of(), missing, "operations without 401, 429 and a problem of their own");
    }

    /** The licence the document names is served where its (server-relative) URL says, without a token. */
    @Test
    void theLicenceStatementIsServed() {
        JsonObject document = openApi();
        String server = document.getJsonArray("servers").getJsonObject(0).getString("url");
        String licence = document.getJsonObject("info").getJsonObject("license").getString("url");
        Reply served = Api.send(Api.request(URI.create(server + "/").resolve(licence).toString(), null).GET().build());
        assertEquals(200, served.status(), licence);
        assertTrue(served.body().contains("Proprietary"), served.body());
    }

    private static JsonObject openApi() {
        Reply openapi = Api.send(Api.request(SERVER + "openapi").header("Accept", "application/json").GET().build());
        assertEquals(200, openapi.status());
        return openapi.json();
    }

    /** A reference to a component, or an object schema with its properties (a copied component). */
    private static boolean isObjectSchema(JsonObject schema) {
        return schema != null && (schema.containsKey("$ref") || schema.containsKey("properties"));
    }

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    /** Calls back with "METHOD /path" and the operation object for every operation of the document. */
    private static void forEachOperation(JsonObject document, BiConsumer<String, JsonObject> action) {
        document.getJsonObject("paths").forEach((path, item) -> item.asJsonObject().forEach((method, operation) -> {
            if (METHODS.contains(method)) {
                action.accept(method.toUpperCase() + " " + path, operation.asJsonObject());
            }
        }));
    }

    private static void collectReferences(JsonValue value, Set<String> references) {
        switch (value.getValueType()) {
            case OBJECT -> value.asJsonObject().forEach((key, member) -> {
                if ("$ref".equals(key) && member instanceof JsonString ref) {
                    references.add(ref.getString());
                } else {
                    collectReferences(member, references);
                }
            });
            case ARRAY -> value.asJsonArray().forEach(element -> collectReferences(element, references));
            default -> { }
        }
    }

    /**
     * The document as the server serves it, kept in {@code target/openapi.json} for the lint that CI runs
     * on it ({@code redocly lint}, see .ci/run).
     */
    @Test
    void theDocumentIsKeptForTheLint() throws IOException {
        Reply openapi = Api.send(Api.request(SERVER + "openapi").header("Accept", "application/json").GET().build());
        assertEquals(200, openapi.status());
        Path kept = Path.of(System.getProperty("workbench.openapi.file", "target/openapi.json"));
        Files.writeString(kept, openapi.body(), StandardCharsets.UTF_8);
        assertTrue(Files.size(kept) > 10_000);
    }
}
