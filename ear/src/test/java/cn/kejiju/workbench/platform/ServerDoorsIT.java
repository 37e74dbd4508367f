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
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The server's own doors, as an outside attacker tries them: the admin listener wants the admin password
 * and listens on this machine only, the metrics endpoint is not public (health is), and answers outside
 * the application name no server and no version.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ServerDoorsIT {

    private static final URI SERVER = URI.create(Api.BASE).resolve("/");
    private static final int ADMIN_PORT = Integer.getInteger("arquillian.adminPort", 28048);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void theManagementApiRefusesCallsWithoutThePassword() {
        Reply domain = Api.send(HttpRequest.newBuilder(URI.create("http://localhost:" + ADMIN_PORT + "/management/domain"))
                .header("Accept", "application/json").GET().build());
        assertEquals(401, domain.status(), domain.body());
        Reply console = Api.send(HttpRequest.newBuilder(URI.create("http://localhost:" + ADMIN_PORT + "/management/domain/applications/application"))
                .header("Accept", "application/json").header("Authorization", "Basic YWRtaW46")   // admin, empty password
                .GET().build());
        assertEquals(401, console.status(), "the empty password of a fresh Payara does not open it");
    }

    @Test
    void theAdminListenerIsNotReachableFromOtherAddresses() throws SocketException {
        Optional<InetAddress> outside = Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                .flatMap(NetworkInterface::inetAddresses)
                .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress() && !a.isLinkLocalAddress()).findFirst();
        assumeTrue(outside.isPresent(), "this machine has no address besides loopback");
        assertThrows(IOException.class, () -> {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(outside.get(), ADMIN_PORT), 3000);
            }
        }, "admin port open on " + outside.get());
    }

    @Test
    void metricsAreNotPublicButHealthIs() {
        Reply metrics = Api.get(SERVER.resolve("metrics").toString());
        assertTrue(metrics.status() == 401 || metrics.status() == 403 || metrics.status() == 404, "metrics: " + metrics.status());
        assertFalse(metrics.body().contains("# TYPE"), "no figures");
        assertEquals(200, Api.get(SERVER.resolve("health").toString()).status());
    }

    @Test
    void errorsOutsideTheApplicationNameNoServer() {
        for (String path : List.of("no-such-application/", "workbench-does-not-exist.html", "metrics")) {
            Reply reply = Api.get(SERVER.resolve(path).toString());
            assertTrue(reply.status() >= 400, path + ": " + reply.status());
            String body = reply.body();
            for (String word : List.of("Payara", "GlassFish", "Grizzly", "6.20", "Error report", "badassfish")) {
                assertFalse(body.contains(word), path + " names " + word + ": " + body);
            }
            assertTrue(reply.header("Server") == null, path + " Server: " + reply.header("Server"));
            assertTrue(reply.header("X-Powered-By") == null, path + " X-Powered-By: " + reply.header("X-Powered-By"));
        }
    }
}
