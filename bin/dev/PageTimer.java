import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times a Faces page as a signed-in user sees it: signs in on the login page, then fetches the page
 * three times to warm up and ten times measured, and prints the median and the slowest.
 *
 *   java bin/dev/PageTimer.java http://localhost:8080/workbench leader Demo@2026 /commissioner/logs.xhtml
 */
public class PageTimer {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"");
    private static final Pattern NONCE = Pattern.compile("nonce=\"([^\"]+)\"");

    public static void main(String[] args) throws Exception {
        String base = args[0];
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.ALWAYS).connectTimeout(Duration.ofSeconds(10)).build();
        String login = get(client, base + "/login.xhtml").body();
        Matcher state = VIEW_STATE.matcher(login);
        Matcher nonce = NONCE.matcher(login);
        if (!state.find() || !nonce.find()) {
            throw new IllegalStateException("no login form at " + base);
        }
        String form = String.join("&", "loginForm=loginForm", "loginForm%3Ausername=" + enc(args[1]),
                "loginForm%3Apassword=" + enc(args[2]), "loginForm%3Alogin=loginForm%3Alogin",
                "jakarta.faces.ViewState=" + enc(state.group(1)), "primefaces.nonce=" + enc(nonce.group(1)));
        HttpResponse<String> signedIn = client.send(HttpRequest.newBuilder(URI.create(base + "/login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (signedIn.uri().getPath().endsWith("login.xhtml")) {
            throw new IllegalStateException("sign-in refused for " + args[1]);
        }
        for (int i = 3; i < args.length; i++) {
            String page = args[i];
            for (int warm = 0; warm < 3; warm++) {
                check(get(client, base + page), page);
            }
            List<Long> millis = new ArrayList<>();
            for (int run = 0; run < 10; run++) {
                long start = System.nanoTime();
                check(get(client, base + page), page);
                millis.add((System.nanoTime() - start) / 1_000_000);
            }
            Collections.sort(millis);
            System.out.printf("%-48s median %6d ms   slowest %6d ms%n", "page " + page, millis.get(4), millis.get(9));
        }
    }

    private static void check(HttpResponse<String> response, String page) {
        if (response.statusCode() != 200 || response.uri().getPath().endsWith("login.xhtml")) {
            throw new IllegalStateException(page + " answered " + response.statusCode() + " at " + response.uri());
        }
    }

    private static HttpResponse<String> get(HttpClient client, String url) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(url)).header("Accept-Language", "zh-CN").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
