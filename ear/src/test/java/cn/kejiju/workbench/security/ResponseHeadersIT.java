package cn.kejiju.workbench.security;

import cn.kejiju.workbench.Api;
import cn.kejiju.workbench.Deployments;
import cn.kejiju.workbench.PageClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The attack's header checks: every answer of the application, whatever its status (200, 302 to the
 * sign-in page, 401 of the API, 403 of a role constraint, 404, 500), carries the same security headers,
 * and the session cookie is HttpOnly, SameSite=Strict, and Secure whenever the request came over HTTPS:
 * directly (the TLS listener) or through the proxy the test server trusts (X-Forwarded-Proto, see
 * {@code WORKBENCH_TRUST_FORWARDED_PROTO} in bin/server.sh).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ResponseHeadersIT {

    private static final String PASSWORD = "Demo@2026";
    private static final List<String> POLICY_DIRECTIVES = List.of("default-src 'self'", "object-src 'none'",
            "base-uri 'self'", "frame-ancestors 'none'", "form-action 'self'", "script-src 'self'");
    private final HttpClient client = Api.client().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.earWith(FailingServlet.class);
    }

    @Test
    void everyStatusCarriesTheSameHeaders() {
        String clerk = new PageClient().login("lj.clerk", PASSWORD).sessionId();
        Map<String, HttpResponse<String>> answers = new java.util.LinkedHashMap<>();
        answers.put("200 page", get("/login.xhtml", null, null));
        answers.put("200 api", get("/api/v1/jurisdictions", null, Api.CITY_RO));
        answers.put("302 sign-in", get("/index.xhtml", null, null));
        answers.put("401 api", get("/api/v1/jurisdictions", null, null));
        answers.put("403 page", get("/audit/list.xhtml", clerk, null));
        answers.put("403 api", get("/api/v1/audit-entries", null, Api.CITY_RO));
        answers.put("404 page", get("/no-such-page.xhtml", clerk, null));
        answers.put("404 api", get("/api/v1/enterprises/999999999", null, Api.CITY_RO));
        answers.put("500 page", get("/test/failure", clerk, null));
        int[] expected = {200, 200, 302, 401, 403, 403, 404, 404, 500};
        List<String> wrong = new ArrayList<>();
        int i = 0;
        for (Map.Entry<String, HttpResponse<String>> answer : answers.entrySet()) {
            HttpResponse<String> response = answer.getValue();
            String what = answer.getKey();
            if (response.statusCode() != expected[i++]) {
                wrong.add(what + ": status " + response.statusCode());
            }
            HttpHeaders headers = response.headers();
            expectOnly(wrong, what, headers, "X-Content-Type-Options", "nosniff");
            expectOnly(wrong, what, headers, "X-Frame-Options", "DENY");
            expectOnly(wrong, what, headers, "Cache-Control", "no-store");
            expectOnly(wrong, what, headers, "Referrer-Policy", "same-origin");
            List<String> policies = headers.allValues("Content-Security-Policy");
            if (policies.size() != 1) {
                wrong.add(what + ": Content-Security-Policy " + policies);
            } else {
                POLICY_DIRECTIVES.stream().filter(d -> !policies.get(0).contains(d))
                        .forEach(d -> wrong.add(what + ": the policy lacks " + d + ": " + policies.get(0)));
            }
            for (String name : new String[] {"Server", "X-Powered-By"}) {
                headers.firstValue(name).ifPresent(v -> wrong.add(what + ": " + name + ": " + v));
            }
            if (response.body().contains("Payara") || response.body().contains("GlassFish")) {
                wrong.add(what + ": the body names the server");
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    void aPageCarriesItsScriptNonceInTheOnePolicy() {
        String policy = get("/login.xhtml", null, null).headers().firstValue("Content-Security-Policy").orElseThrow();
        assertTrue(policy.matches(".*script-src 'self' 'nonce-[^']+';\\s*$"), policy);
    }

    @Test
    void theSessionCookieIsStrictAndNotSecureOverPlainHttp() {
        String cookie = sessionCookie(get("/login.xhtml", null, null));
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.contains("SameSite=Strict"), cookie);
        assertFalse(cookie.contains("Secure"), cookie);
    }

    /** The test server trusts X-Forwarded-Proto on its HTTP listener, as a server behind a TLS proxy does. */
    @Test
    void theSessionCookieIsSecureBehindTheTrustedTlsProxy() {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(Api.BASE + "/login.xhtml"))
                .header("X-Forwarded-Proto", "https").GET().build());
        String cookie = sessionCookie(response);
        assertTrue(cookie.contains("Secure"), cookie);
        assertTrue(cookie.contains("SameSite=Strict"), cookie);
        HttpResponse<String> redirect = send(HttpRequest.newBuilder(URI.create(Api.BASE + "/index.xhtml"))
                .header("X-Forwarded-Proto", "https").GET().build());
        assertTrue(redirect.headers().firstValue("Location").orElse("").startsWith("https://"),
                "the sign-in redirect keeps the client's scheme");
    }

    /**
     * Over the server's own TLS listener (HTTP port + 1) the cookie is Secure, and there, where no proxy is
     * trusted, a forwarded "http" changes nothing.
     */
    @Test
    void theSessionCookieIsSecureOverHttpsAndTheHeaderIsIgnoredWhereNotTrusted() throws Exception {
        URI http = URI.create(Api.BASE);
        URI https = new URI("https", null, http.getHost(), http.getPort() + 1, http.getPath() + "/login.xhtml", null, null);
        HttpsURLConnection connection = (HttpsURLConnection) https.toURL().openConnection();
        connection.setSSLSocketFactory(trustingEveryone().getSocketFactory());
        connection.setHostnameVerifier((host, session) -> true);
        connection.setRequestProperty("X-Forwarded-Proto", "http");
        try {
            assertEquals(200, connection.getResponseCode());
            String cookie = connection.getHeaderFields().entrySet().stream()
                    .filter(e -> e.getKey() != null && e.getKey().equalsIgnoreCase("Set-Cookie"))
                    .flatMap(e -> e.getValue().stream()).filter(v -> v.startsWith("JSESSIONID=")).findFirst().orElseThrow();
            assertTrue(cookie.contains("Secure"), cookie);
            assertTrue(cookie.contains("SameSite=Strict"), cookie);
            assertTrue(cookie.contains("HttpOnly"), cookie);
        } finally {
            connection.disconnect();
        }
    }

    private static void expectOnly(List<String> wrong, String what, HttpHeaders headers, String name, String value) {
        List<String> values = headers.allValues(name);
        if (!values.equals(List.of(value))) {
            wrong.add(what + ": " + name + " " + values);
        }
    }

    private static String sessionCookie(HttpResponse<String> response) {
        Optional<String> cookie = response.headers().allValues("Set-Cookie").stream()
                .filter(v -> v.startsWith("JSESSIONID=")).findFirst();
        assertTrue(cookie.isPresent(), "no session cookie: " + response.headers().map());
        return cookie.get();
    }

    private HttpResponse<String> get(String path, String sessionId, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Api.BASE + path)).GET();
        if (sessionId != null) {
            request.header("Cookie", "JSESSIONID=" + sessionId);
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request.build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The test server's TLS listener has Payara's self-signed certificate. */
    private static SSLContext trustingEveryone() throws GeneralSecurityException {
        TrustManager everyone = new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        };
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, new TrustManager[] {everyone}, null);
        return context;
    }
}
