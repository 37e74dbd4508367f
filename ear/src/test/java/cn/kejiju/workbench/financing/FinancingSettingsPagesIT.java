package cn.kejiju.workbench.financing;

import cn.kejiju.workbench.Api;
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

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The financing settings page ({@code admin/financing-settings.xhtml}): the system administrator's only (a clerk is
 * turned away); bands that do not increase are refused next to the field that breaks the order and nothing is
 * saved; a change of the rounding mode and the bands is saved on top of the version read; a save on top of a
 * version someone changed meanwhile is refused (optimistic locking). The settings are restored afterwards.
 */
@ExtendWith(ArquillianExtension.class)
class FinancingSettingsPagesIT {

    private static final String PAGE = "/admin/financing-settings.xhtml";
    private static final String PASSWORD = "Settings#Pass2026";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWith(FinancingSettingsPagesIT.class, TestAccounts.class, PageClient.class, Api.class,
                Api.Reply.class, TestData.class);
    }

    @Inject
    TestAccounts accounts;

    static Map<String, String> fields(JsonObject s, String rounding, int mention, int substandard, int doubtful,
                                      int loss) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("standardMultiple", String.valueOf(s.getInt("standardMultiple")));
        fields.put("smallMicroMultiple", String.valueOf(s.getInt("smallMicroMultiple")));
        fields.put("standardSinglePercent", s.getString("standardSinglePercent"));
        fields.put("smallMicroSinglePercent", s.getString("smallMicroSinglePercent"));
        fields.put("roundingMode_input", rounding);
        fields.put("specialMentionFrom", String.valueOf(mention));
        fields.put("substandardFrom", String.valueOf(substandard));
        fields.put("doubtfulFrom", String.valueOf(doubtful));
        fields.put("lossFrom", String.valueOf(loss));
        return fields;
    }

    @Test
    void theAdministratorChangesTheRoundingAndTheBandsWhichMustIncreaseOnTopOfTheVersionRead() {
        assertEquals(403, new PageClient().login("lj.clerk", "Demo@2026").open(PAGE).status(), "a clerk is turned away");

        String admin = accounts.create("finset", Set.of(Role.SYSTEM_ADMIN), 1, PASSWORD, false);
        TotpSecret secret = TotpSecret.generate();
        accounts.enrol(admin, secret.base32());
        PageClient page = new PageClient().login(admin, PASSWORD)
                .submit("otpForm", Map.of("code", Totp.code(secret, Totp.step(BureauClock.instant()))), "verify");
        assertEquals("/index.xhtml", page.page(), "the system administrator signs in");

        JsonObject before = Api.get("/api/v1/financing/settings").json();
        try {
            page.open(PAGE);
            assertEquals(200, page.status());
            assertTrue(page.body().contains("融资担保设置") && page.body().contains("关注：逾期起始天数"), page.body());
            assertTrue(page.body().contains("value=\"91\""), "the bands as stored");

            page.submit("settingsForm", fields(before, "HALF_EVEN", 30, 30, 181, 361), "save");
            String refusal = PageClient.messageOf(page.body(), "settingsForm:substandardFromMessage");
            assertTrue(refusal.contains("逐级递增"), refusal);
            assertEquals(before.getJsonNumber("version").longValue(),
                    Api.get("/api/v1/financing/settings").json().getJsonNumber("version").longValue(), "nothing saved");

            page.submit("settingsForm", fields(before, "HALF_EVEN", 30, 90, 180, 360), "save");
            assertTrue(page.body().contains("已保存融资担保设置"), PageClient.errors(page.body()));
            JsonObject saved = Api.get("/api/v1/financing/settings").json();
            assertEquals("HALF_EVEN", saved.getString("roundingMode"));
            assertEquals(30, saved.getInt("specialMentionFrom"));
            assertEquals(360, saved.getInt("lossFrom"));
            assertEquals(before.getJsonNumber("version").longValue() + 1, saved.getJsonNumber("version").longValue());

            page.open(PAGE); // reads the version just saved; someone else then changes the settings
            Api.Reply other = Api.send(Api.request("/api/v1/financing/settings", Api.CITY_RW)
                    .header("Content-Type", "application/json")
                    .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(body(saved, "HALF_UP", 1, 91, 181, 361)))
                    .build());
            assertEquals(200, other.status(), other.body());
            page.submit("settingsForm", fields(before, "DOWN", 2, 92, 182, 362), "save");
            assertTrue(PageClient.errors(page.body()).contains("修改"), PageClient.errors(page.body()));
            assertEquals("HALF_UP", Api.get("/api/v1/financing/settings").json().getString("roundingMode"),
                    "the stale save changed nothing");
        } finally {
            JsonObject now = Api.get("/api/v1/financing/settings").json();
            Api.Reply restored = Api.send(Api.request("/api/v1/financing/settings", Api.CITY_RW)
                    .header("Content-Type", "application/json")
                    .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(body(now, before.getString("roundingMode"),
                            before.getInt("specialMentionFrom"), before.getInt("substandardFrom"),
                            before.getInt("doubtfulFrom"), before.getInt("lossFrom")))).build());
            assertEquals(200, restored.status(), restored.body());
        }
    }

    /** The settings API's body: {@code s} with the rounding mode and the bands given, on top of its version. */
    static String body(JsonObject s, String rounding, int mention, int substandard, int doubtful, int loss) {
        return """
                {"version":%d,"standardMultiple":%d,"smallMicroMultiple":%d,"standardSinglePercent":%s,
                 "smallMicroSinglePercent":%s,"roundingMode":"%s","specialMentionFrom":%d,"substandardFrom":%d,
                 "doubtfulFrom":%d,"lossFrom":%d}""".formatted(s.getJsonNumber("version").longValue(),
                s.getInt("standardMultiple"), s.getInt("smallMicroMultiple"), s.getString("standardSinglePercent"),
                s.getString("smallMicroSinglePercent"), rounding, mention, substandard, doubtful, loss);
    }
}
