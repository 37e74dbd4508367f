package cn.kejiju.workbench.incubator;

import cn.kejiju.workbench.Api;
import cn.kejiju.workbench.Api.Reply;
import cn.kejiju.workbench.BureauClock;
import cn.kejiju.workbench.Deployments;
import cn.kejiju.workbench.PageClient;
import cn.kejiju.workbench.TestData;
import cn.kejiju.workbench.security.Role;
import cn.kejiju.workbench.security.TestAccounts;
import cn.kejiju.workbench.security.Totp;
import cn.kejiju.workbench.security.TotpSecret;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The graduation criteria and the recognition thresholds: read by every business token through the API,
 * changed only by the system administrator (on the settings page: no token holds the role, and a signed-in
 * session writes nothing through the API). A changed amount or threshold is followed at once by a tenant's
 * eligibility and by the statistics' indicators; a bad value is refused next to its field (422 rule) and changes
 * nothing; a stale version (409) is refused; a clerk is turned away (403). Every change is undone at the end.
 */
@ExtendWith(ArquillianExtension.class)
class IncubatorSettingsApiIT {

    private static final String PASSWORD = "Settings#Pass2026";
    private static final String GRADUATION = "/api/v1/tenants/graduation-settings";
    private static final String THRESHOLDS = "/api/v1/incubator-statistics/recognition-thresholds";
    private static final String PAGE = "/admin/incubator-graduation-settings.xhtml";
    private static final List<String> LEVELS = List.of("NATIONAL", "PROVINCIAL", "MUNICIPAL");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWith(IncubatorSettingsApiIT.class, TenantApiIT.class, CarrierApiIT.class,
                TestAccounts.class, PageClient.class, Api.class, Api.Reply.class, TestData.class);
    }

    @Inject
    TestAccounts accounts;

    private PageClient admin(String stem) {
        String name = accounts.create(stem, Set.of(Role.SYSTEM_ADMIN), 1, PASSWORD, false);
        TotpSecret secret = TotpSecret.generate();
        accounts.enrol(name, secret.base32());
        PageClient browser = new PageClient().login(name, PASSWORD)
                .submit("otpForm", Map.of("code", Totp.code(secret, Totp.step(BureauClock.instant()))), "verify");
        assertEquals("/index.xhtml", browser.page(), "the system administrator signs in");
        browser.open(PAGE);
        assertEquals(200, browser.status(), browser.body());
        return browser;
    }

    private static JsonObject read(String path) {
        Reply reply = Api.get(path, null, Api.CITY_RO);
        assertEquals(200, reply.status(), reply.body());
        return reply.json();
    }

    private static void number(Map<String, String> fields, String name, String value) {
        fields.put(name + "_input", value);
        fields.put(name + "_hinput", value);
    }

    /** The criteria form's fields as the settings read, with the investment threshold given. */
    private static Map<String, String> criteria(JsonObject settings, String investmentOver) {
        Map<String, String> fields = new LinkedHashMap<>();
        check(fields, "highTech", settings.getBoolean("highTech"));
        check(fields, "investmentEnabled", settings.getBoolean("investmentEnabled"));
        number(fields, "investmentOver", investmentOver);
        check(fields, "revenueEnabled", settings.getBoolean("revenueEnabled"));
        number(fields, "revenueOver", settings.getJsonNumber("revenueOver").bigDecimalValue().toPlainString());
        check(fields, "listingEnabled", settings.getBoolean("listingEnabled"));
        return fields;
    }

    private static void check(Map<String, String> fields, String name, boolean on) {
        if (on) {
            fields.put(name + "_input", "on");
        }
    }

    /** The thresholds form's fields as read, with one level's minimum of tenants and used share given. */
    private static Map<String, String> thresholds(JsonObject read, String level, int minTenants, String usedPercent) {
        Map<String, String> fields = new LinkedHashMap<>();
        List<JsonObject> levels = read.getJsonArray("levels").getValuesAs(JsonObject.class);
        for (int row = 0; row < levels.size(); row++) {
            JsonObject t = levels.get(row);
            boolean changed = t.getString("level").equals(level);
            String prefix = "thresholds:" + row + ":";
            number(fields, prefix + "minTenants", String.valueOf(changed ? minTenants : t.getInt("minTenants")));
            number(fields, prefix + "minPerThousand", t.getJsonNumber("minPerThousand").bigDecimalValue().toPlainString());
            number(fields, prefix + "minUsedPercent", changed ? usedPercent
                    : t.getJsonNumber("minUsedPercent").bigDecimalValue().toPlainString());
            number(fields, prefix + "minGraduates", String.valueOf(t.getInt("minGraduates")));
        }
        return fields;
    }

    private static JsonObject level(JsonObject read, String level) {
        return read.getJsonArray("levels").getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getString("level").equals(level)).findFirst().orElseThrow();
    }

    @Test
    void everyTokenReadsAndNoTokenNorClerkChanges() {
        JsonObject settings = read(GRADUATION);
        assertTrue(settings.getJsonNumber("investmentOver").bigDecimalValue().signum() > 0, settings.toString());
        JsonObject thresholds = read(THRESHOLDS);
        assertEquals(LEVELS, thresholds.getJsonArray("levels").getValuesAs(JsonObject.class).stream()
                .map(t -> t.getString("level")).toList());

        for (String[] pair : new String[][] {{GRADUATION, settings.toString()}, {THRESHOLDS, thresholds.toString()}}) {
            for (String token : List.of(Api.CITY_RW, Api.CITY_RO)) {
                Reply put = Api.send(Api.request(pair[0], token).header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString(pair[1])).build());
                assertEquals(403, put.status(), pair[0] + " " + put.body());
            }
        }
        PageClient clerk = new PageClient().login("lj.clerk", "Demo@2026");
        assertEquals(403, clerk.open(PAGE).status(), "a clerk is turned away from the page");
        // a signed-in session only reads the API: its write is not even authenticated
        assertEquals(401, clerk.api(Api.request(GRADUATION, null).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(settings.toString()))).statusCode());
        assertEquals(settings.getJsonNumber("version"), read(GRADUATION).getJsonNumber("version"), "nothing changed");
    }

    @Test
    void theTenantsEligibilityFollowsTheInvestmentThreshold() {
        long carrier = TenantApiIT.carrier();
        long tenant = TenantApiIT.let(TenantApiIT.enterprise(false), carrier, TenantApiIT.unit(carrier, "301", "80"),
                "2025-01-01", "2027-12-31").getJsonNumber("incubateeId").longValue();
        JsonObject before = TenantApiIT.putFigures(tenant, 2025, TenantApiIT.figures(null, "10", "300", 3, 0, 0));
        assertFalse(before.getBoolean("eligible"), before.toString());

        JsonObject settings = read(GRADUATION);
        String original = settings.getJsonNumber("investmentOver").bigDecimalValue().toPlainString();
        PageClient browser = admin("gset");
        PageClient late = admin("gsetl");
        try {
            browser.submit("criteriaForm", criteria(settings, "0"), "saveCriteria");
            assertTrue(messageOf(browser.body(), "criteriaForm:investmentOverMessage").contains("0.01"),
                    "0 is refused next to the field:\n" + errors(browser.body()));
            assertEquals(settings.getJsonNumber("version"), read(GRADUATION).getJsonNumber("version"), "nothing saved");

            browser.submit("criteriaForm", criteria(settings, "299.99"), "saveCriteria");
            assertTrue(browser.body().contains("已保存毕业条件"), errors(browser.body()));
            JsonObject changed = read(GRADUATION);
            assertEquals(0, new BigDecimal("299.99").compareTo(changed.getJsonNumber("investmentOver").bigDecimalValue()));
            assertEquals(settings.getJsonNumber("version").longValue() + 1, changed.getJsonNumber("version").longValue());
            JsonObject after = Api.get("/api/v1/tenants/" + tenant).json();
            assertTrue(after.getBoolean("eligible"), "300 is over 299.99: " + after);

            late.submit("criteriaForm", criteria(settings, "100"), "saveCriteria");
            assertTrue(late.body().contains("已被他人修改"), "the version read is stale:\n" + errors(late.body()));
            assertEquals(changed.getJsonNumber("version"), read(GRADUATION).getJsonNumber("version"), "nothing saved");
        } finally {
            admin("gsetr").submit("criteriaForm", criteria(read(GRADUATION), original), "saveCriteria");
        }
        assertFalse(Api.get("/api/v1/tenants/" + tenant).json().getBoolean("eligible"), "restored");
    }

    @Test
    void theStatisticsIndicatorFollowsTheLevelsThreshold() {
        String year = "/api/v1/incubator-statistics?year=" + BureauClock.today().getYear();
        JsonObject carrier = read(year).getJsonArray("carriers").getValuesAs(JsonObject.class).stream()
                .filter(c -> !c.getJsonArray("indicators").isEmpty()).findFirst()
                .orElseThrow(() -> new AssertionError("a recognised demo carrier"));
        String level = carrier.getString("level");
        JsonObject thresholds = read(THRESHOLDS);
        JsonObject original = level(thresholds, level);
        String usedPercent = original.getJsonNumber("minUsedPercent").bigDecimalValue().toPlainString();
        int raised = original.getInt("minTenants") + 1000;
        PageClient browser = admin("tset");
        PageClient late = admin("tsetl");
        try {
            browser.submit("thresholdsForm", thresholds(thresholds, level, raised, "100.5"), "saveThresholds");
            assertTrue(errors(browser.body()).contains("应在 0 到 100 之间"), errors(browser.body()));
            assertEquals(original.getJsonNumber("version"), level(read(THRESHOLDS), level).getJsonNumber("version"),
                    "a share over 100 % is refused and nothing saved");

            browser.submit("thresholdsForm", thresholds(thresholds, level, raised, usedPercent), "saveThresholds");
            assertTrue(browser.body().contains("已保存认定指标"), errors(browser.body()));
            assertEquals(raised, level(read(THRESHOLDS), level).getInt("minTenants"));
            JsonObject tenants = read(year).getJsonArray("carriers").getValuesAs(JsonObject.class).stream()
                    .filter(c -> c.getJsonNumber("carrierId").equals(carrier.getJsonNumber("carrierId"))).findFirst()
                    .orElseThrow().getJsonArray("indicators").getValuesAs(JsonObject.class).stream()
                    .filter(i -> i.getString("key").equals("tenants")).findFirst().orElseThrow();
            assertEquals(raised, tenants.getJsonNumber("required").intValue(), tenants.toString());
            assertFalse(tenants.getBoolean("met"), tenants.toString());

            late.submit("thresholdsForm", thresholds(thresholds, level, raised + 1, usedPercent), "saveThresholds");
            assertTrue(late.body().contains("已被他人修改"), "the version read is stale:\n" + errors(late.body()));
            assertEquals(raised, level(read(THRESHOLDS), level).getInt("minTenants"), "nothing saved");
        } finally {
            admin("tsetr").submit("thresholdsForm", thresholds(read(THRESHOLDS), level, original.getInt("minTenants"),
                    usedPercent), "saveThresholds");
        }
        assertEquals(original.getInt("minTenants"), level(read(THRESHOLDS), level).getInt("minTenants"), "restored");
    }

    /** The text of the p:message with the given client id (empty when it shows nothing). */
    private static String messageOf(String body, String clientId) {
        Matcher matcher = Pattern.compile("id=\"" + Pattern.quote(clientId) + "\"[^>]*>(.*?)</div>", Pattern.DOTALL)
                .matcher(body);
        assertTrue(matcher.find(), "no message " + clientId + " on the page:\n" + errors(body));
        return matcher.group(1).replaceAll("<[^>]+>", " ");
    }

    /** The error messages on a page, for failure reports. */
    private static String errors(String body) {
        StringBuilder found = new StringBuilder();
        Matcher matcher = Pattern.compile("ui-message-error-detail\">([^<]*)<|ui-messages-error-summary\">([^<]*)<"
                        + "|ui-messages-info-summary\">([^<]*)<").matcher(body);
        while (matcher.find()) {
            found.append(matcher.group(1) != null ? matcher.group(1) : matcher.group(2) != null ? matcher.group(2)
                    : matcher.group(3)).append('\n');
        }
        return found.length() == 0 ? body.substring(0, Math.min(body.length(), 3000)) : found.toString();
    }
}
