package cn.kejiju.workbench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A browser without a screen: keeps cookies, follows redirects itself (so tests see where they went),
 * and submits Faces forms with the view state of the page it is on. Enough for login flows and
 * authorization checks; the browser tests use Chromium.
 */
public final class PageClient {

    private static final Pattern NONCE = Pattern.compile("nonce=\"([^\"]+)\"");
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"");

    private final CookieManager cookies = new CookieManager();
    private final HttpClient client = Api.client().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    private String url;
    private String body = "";
    private int status;

    /** Opens a page (path below the application, e.g. /enterprise/list.xhtml) and follows redirects. */
    public PageClient open(String path) {
        return follow(send(HttpRequest.newBuilder(uri(path)).GET()));
    }

    /** Fills and submits a form of the current page by pressing the given button. */
    public PageClient submit(String formId, Map<String, String> fields, String button) {
        return submit(formId, fields, button, formViewState());
    }

    /** Submits a form of the current page with the given view state instead of the page's own (a forged postback). */
    public PageClient submit(String formId, Map<String, String> fields, String button, String viewState) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put(formId, formId);
        fields.forEach((name, value) -> form.put(formId + ":" + name, value));
        form.put(formId + ":" + button, formId + ":" + button);
        return follow(send(postback(form, viewState)));
    }

    /**
     * Presses a non-AJAX button of a form of the current page that answers a file (an Excel export): the
     * response with the file's bytes; the page stays as it was.
     */
    public HttpResponse<byte[]> download(String formId, String button) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put(formId, formId);
        form.put(formId + ":" + button, formId + ":" + button);
        try {
            return client.send(postback(form, formViewState()).header("Accept-Language", "zh-CN")
                    .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Where a browser posts a form of the current page: its {@code action} (with the query a page keeps, such
     * as {@code ?id=}), or the current address without its query when the form names none.
     */
    private URI formAction(String formId) {
        Matcher form = Pattern.compile("<form id=\"" + Pattern.quote(formId) + "\"[^>]*>").matcher(body);
        Matcher action = form.find() ? Pattern.compile(" action=\"([^\"]*)\"").matcher(form.group()) : null;
        if (action != null && action.find()) {
            return URI.create(url).resolve(action.group(1).replace("&amp;", "&"));
        }
        return URI.create(url.contains("?") ? url.substring(0, url.indexOf('?')) : url);
    }

    /**
     * Submits a form of the current page as multipart/form-data with one file in the given input, by pressing
     * the given button, as a browser sends a form with {@code enctype="multipart/form-data"}.
     */
    public PageClient upload(String formId, String fileInput, String fileName, byte[] bytes, String button) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put(formId, formId);
        form.put(formId + ":" + button, formId + ":" + button);
        form.put("jakarta.faces.ViewState", formViewState());
        Matcher nonce = NONCE.matcher(body);
        if (nonce.find()) {
            form.put("primefaces.nonce", nonce.group(1));
        }
        String boundary = "----wbpage" + Long.toHexString(System.nanoTime());
        java.io.ByteArrayOutputStream multipart = new java.io.ByteArrayOutputStream();
        form.forEach((name, value) -> multipart.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        multipart.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + formId + ":" + fileInput
                + "\"; filename=\"" + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        multipart.writeBytes(bytes);
        multipart.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return follow(send(HttpRequest.newBuilder(formAction(formId))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipart.toByteArray()))));
    }

    /**
     * Sends a Faces AJAX request from a form of the current page, as PrimeFaces does: the source component,
     * what it executes and renders, and its own parameters (e.g. an autocomplete's {@code _query}). Answers
     * the partial response; the page stays as it was.
     */
    public String ajax(String formId, String source, Map<String, String> parameters) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("jakarta.faces.partial.ajax", "true");
        form.put("jakarta.faces.source", source);
        form.put("jakarta.faces.partial.execute", source);
        form.put("jakarta.faces.partial.render", source);
        form.put(formId, formId);
        form.putAll(parameters);
        return send(postback(form, formViewState()).header("Faces-Request", "partial/ajax")).body();
    }

    /** The view state a postback from the current page sends; a page without a form is a test error. */
    private String formViewState() {
        String state = viewState();
        if (state == null) {
            throw new IllegalStateException("no form on " + url + " (status " + status + ")");
        }
        return state;
    }

    /** A POST of the form to the current page with the view state and, when the page has one, its CSP nonce. */
    private HttpRequest.Builder postback(Map<String, String> form, String viewState) {
        form.put("jakarta.faces.ViewState", viewState);
        Matcher nonce = NONCE.matcher(body);
        if (nonce.find()) {
            // PrimeFaces' Content-Security-Policy mode checks the page's nonce on every postback
            form.put("primefaces.nonce", nonce.group(1));
        }
        String encoded = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        String action = url.contains("?") ? url.substring(0, url.indexOf('?')) : url;
        return HttpRequest.newBuilder(URI.create(action))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encoded));
    }

    /** Signs in with user name and password on the login page; returns where the login led. */
    public PageClient login(String username, String password) {
        return open("/login.xhtml").submit("loginForm", Map.of("username", username, "password", password), "login");
    }

    /** An API request with this client's session cookie (and no token). */
    public HttpResponse<String> api(HttpRequest.Builder request) {
        return send(request);
    }

    /** The view state of the current page's form. */
    public String viewState() {
        Matcher state = VIEW_STATE.matcher(body);
        return state.find() ? state.group(1) : null;
    }

    public String sessionId() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue).findFirst().orElse(null);
    }

    public String url() {
        return url;
    }

    /** The path of the current page below the application, without the query. */
    public String page() {
        String path = URI.create(url).getPath();
        return path.substring(URI.create(Api.BASE).getPath().length());
    }

    public String body() {
        return body;
    }

    public int status() {
        return status;
    }

    private PageClient follow(HttpResponse<String> response) {
        HttpResponse<String> current = response;
        for (int hops = 0; hops < 10 && current.statusCode() / 100 == 3; hops++) {
            String location = current.headers().firstValue("Location").orElseThrow();
            current = send(HttpRequest.newBuilder(current.uri().resolve(location)).GET());
        }
        url = current.uri().toString();
        body = current.body();
        status = current.statusCode();
        return this;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.header("Accept-Language", "zh-CN").timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static URI uri(String path) {
        return URI.create(path.startsWith("http") ? path : Api.BASE + path);
    }

    /** The text of the p:message with the given client id, tags stripped; fails the test when there is none. */
    public static String messageOf(String body, String clientId) {
        Matcher matcher = Pattern.compile("id=\"" + Pattern.quote(clientId) + "\"[^>]*>(.*?)</div>", Pattern.DOTALL)
                .matcher(body);
        assertTrue(matcher.find(), "no message " + clientId + " on the page:\n" + errors(body));
        return matcher.group(1).replaceAll("<[^>]+>", " ");
    }

    /** The error messages on a page, for failure reports (the page's beginning when it shows none). */
    public static String errors(String body) {
        StringBuilder found = new StringBuilder();
        Matcher matcher = Pattern.compile("ui-message-error-detail\">([^<]*)<|ui-messages-error-summary\">([^<]*)<")
                .matcher(body);
        while (matcher.find()) {
            found.append(matcher.group(1) != null ? matcher.group(1) : matcher.group(2)).append('\n');
        }
        return found.length() == 0 ? body.substring(0, Math.min(body.length(), 3000)) : found.toString();
    }
}
