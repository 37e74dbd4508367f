package cn.kejiju.workbench.platform;

import cn.kejiju.workbench.Api;
import cn.kejiju.workbench.Api.Reply;
import cn.kejiju.workbench.Deployments;
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
                "/audit-entries", "/audit-entries/verification", "/todo"}) {
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
