package cn.kejiju.workbench.summary;

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

import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The summary's sentence templates page ({@code admin/summary-templates.xhtml}): the system administrator's only
 * (a clerk is turned away); every section's sentences are listed, the new sections' among them; a sentence with
 * a placeholder its section does not have is refused next to the field and nothing is saved; a valid text is
 * saved on top of the version read and confirmed.
 */
@ExtendWith(ArquillianExtension.class)
class SummaryTemplatesPagesIT {

    private static final String PAGE = "/admin/summary-templates.xhtml";
    private static final String PASSWORD = "Templates#Pass2026";
    private static final String NO_COMPENSATION = "平台运行以来没有发生一笔代偿。";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWith(SummaryTemplatesPagesIT.class, TestAccounts.class, PageClient.class, Api.class,
                Api.Reply.class, TestData.class);
    }

    @Inject
    TestAccounts accounts;

    @Test
    void theAdministratorRewritesASentenceAndAnUnknownPlaceholderIsRefusedNextToTheField() {
        assertEquals(403, new PageClient().login("lj.clerk", "Demo@2026").open(PAGE).status(), "a clerk is turned away");

        String admin = accounts.create("stpl", Set.of(Role.SYSTEM_ADMIN), 1, PASSWORD, false);
        TotpSecret secret = TotpSecret.generate();
        accounts.enrol(admin, secret.base32());
        PageClient page = new PageClient().login(admin, PASSWORD)
                .submit("otpForm", Map.of("code", Totp.code(secret, Totp.step(BureauClock.instant()))), "verify");
        assertEquals("/index.xhtml", page.page(), "the system administrator signs in");

        page.open(PAGE);
        assertEquals(200, page.status());
        assertTrue(page.body().contains("科技计划项目") && page.body().contains("知识产权与高新技术企业"),
                "the sections of projects and indicators are listed");
        JsonObject before = template("financing", "noCompensation");
        assertEquals(NO_COMPENSATION, before.getString("text"));

        page.submit("templatesForm", Map.of(), "templates:" + row(page.body(), "noCompensation") + ":edit");
        assertTrue(page.body().contains("id=\"editForm:text\""), "the sentence opens for editing");
        assertTrue(page.body().contains("{compensationsTotal}"), "with the placeholders of its section");

        page.submit("editForm", Map.of("text", "截至{period}末{compensationTotal}。"), "save");
        String refusal = PageClient.messageOf(page.body(), "editForm:textMessage");
        assertTrue(refusal.contains("{compensationTotal}") && refusal.contains("不认识"), refusal);
        assertEquals(before.getJsonNumber("version").longValue(),
                template("financing", "noCompensation").getJsonNumber("version").longValue(), "nothing was saved");

        page.submit("editForm", Map.of("text", NO_COMPENSATION), "save");
        assertTrue(page.body().contains("已保存句式 financing.noCompensation"), PageClient.errors(page.body()));
        JsonObject after = template("financing", "noCompensation");
        assertEquals(before.getJsonNumber("version").longValue() + 1, after.getJsonNumber("version").longValue());
        assertEquals(NO_COMPENSATION, after.getString("text"));
    }

    private static JsonObject template(String section, String key) {
        return Api.get("/api/v1/summaries/templates").jsonStructure().asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getString("section").equals(section) && t.getString("key").equals(key))
                .findFirst().orElseThrow(() -> new AssertionError(section + "." + key));
    }

    /** The table row showing the template key. */
    private static String row(String body, String key) {
        Matcher matcher = Pattern.compile("id=\"templatesForm:templates:(\\d+):key\">" + Pattern.quote(key) + "<")
                .matcher(body);
        assertTrue(matcher.find(), "no row " + key);
        return matcher.group(1);
    }
}
