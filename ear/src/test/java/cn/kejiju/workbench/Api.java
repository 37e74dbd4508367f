package cn.kejiju.workbench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A small HTTP client for the API under test: JSON in, status and JSON out. */
public final class Api {

    /** From failsafe's system property; inside the server from the resource the test deployment carries. */
    public static final String BASE = baseUrl();
    /** Demo integrator tokens (db/demo/V2__demo_accounts.sql): city read-write, city read-only, 云岭县 read-write. */
    public static final String CITY_RW = "wbt_demoRWcity" + "x".repeat(30);
    public static final String CITY_RO = "wbt_demoROcity" + "x".repeat(30);
    public static final String YUNLING_RW = "wbt_demoRWyunl" + "x".repeat(30);
    private static final HttpClient CLIENT = client().build();

    /** A response: status, headers and the body parsed when it is JSON. */
    public record Reply(int status, HttpResponse<String> raw) {

        public JsonObject json() {
            try (JsonReader reader = Json.createReader(new StringReader(raw.body()))) {
                return reader.readObject();
            }
        }

        public JsonStructure jsonStructure() {
            try (JsonReader reader = Json.createReader(new StringReader(raw.body()))) {
                return reader.read();
            }
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        public String body() {
            return raw.body();
        }
    }

    private Api() {
    }

    private static String baseUrl() {
        String property = System.getProperty("workbench.baseUrl");
        if (property != null) {
            return property;
        }
        try (var in = Api.class.getResourceAsStream("/workbench-test.properties")) {
            java.util.Properties properties = new java.util.Properties();
            if (in != null) {
                properties.load(in);
            }
            return properties.getProperty("baseUrl", "http://localhost:28080/workbench");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A client as the tests use it: HTTP/1.1, as the proxy in front of the server speaks it (README, TLS in front). Java's
     * HttpClient otherwise asks every new connection to upgrade to cleartext HTTP/2 (h2c), a path no browser or proxy
     * takes and Payara's least reliable one.
     */
    public static HttpClient.Builder client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10));
    }

    /** The shared client of {@link #client()}, for a request the helpers here do not make (a download by its address). */
    public static HttpClient http() {
        return CLIENT;
    }

    public static Reply get(String path) {
        return send(request(path).GET().build());
    }

    public static Reply get(String path, String acceptLanguage) {
        return send(request(path).header("Accept-Language", acceptLanguage).GET().build());
    }

    public static Reply post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    public static Reply put(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    public static Reply delete(String path) {
        return send(request(path).DELETE().build());
    }

    /** A request with the city read-write token. */
    public static HttpRequest.Builder request(String path) {
        return request(path, CITY_RW);
    }

    /** A request with the given token, or none when it is null. */
    public static HttpRequest.Builder request(String path, String token) {
        String url = path.startsWith("http") ? path : BASE + path;
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json");
        return token == null ? builder : builder.header("Authorization", "Bearer " + token);
    }

    public static Reply get(String path, String acceptLanguage, String token) {
        HttpRequest.Builder builder = request(path, token);
        if (acceptLanguage != null) {
            builder.header("Accept-Language", acceptLanguage);
        }
        return send(builder.GET().build());
    }

    /**
     * Sends the request as a well-behaved integrator would: a 429 whose {@code Retry-After} is short is waited
     * out and the request sent again (a few times), so that a test's setup never depends on how fast the machine
     * is. Tests of the limit itself use {@link #sendOnce}.
     */
    public static Reply send(HttpRequest request) {
        Reply reply = sendOnce(request);
        for (int attempt = 0; attempt < 5 && reply.status() == 429; attempt++) {
            String retryAfter = reply.header("Retry-After");
            int seconds = retryAfter == null ? 1 : Integer.parseInt(retryAfter.trim());
            if (seconds > 5) {
                return reply;
            }
            try {
                Thread.sleep(seconds * 1000L);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            reply = sendOnce(request);
        }
        return reply;
    }

    /** Sends the request once and answers whatever came back, a 429 included. */
    public static Reply sendOnce(HttpRequest request) {
        try {
            HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
