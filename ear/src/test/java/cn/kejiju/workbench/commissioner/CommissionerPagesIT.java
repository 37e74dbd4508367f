package cn.kejiju.workbench.commissioner;

import cn.kejiju.workbench.BureauClock;
import cn.kejiju.workbench.Api;
import cn.kejiju.workbench.Deployments;
import cn.kejiju.workbench.PageClient;
import cn.kejiju.workbench.TestData;
import cn.kejiju.workbench.security.Role;
import cn.kejiju.workbench.security.TestAccounts;
import cn.kejiju.workbench.security.Totp;
import cn.kejiju.workbench.security.TotpSecret;
import cn.kejiju.workbench.shared.PhoneNumber;
import cn.kejiju.workbench.shared.ResidentId;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The commissioner pages through plain form posts, in Chinese: the clerk registers a commissioner with
 * the form (a wrong check digit is refused next to the field and nothing is saved), the registry and
 * the detail page show the resident ID and phone masked, another county's commissioner answers 404,
 * the viewer is turned away from the edit page, and the settings page is the system administrator's
 * and refuses weights that do not add up to 100 next to the field.
 */
@ExtendWith(ArquillianExtension.class)
class CommissionerPagesIT {

    private static final String DEMO_PASSWORD = "Demo@2026";
    private static final String PASSWORD = "Settings#Pass2026";
    private static final Pattern DETAIL_ID = Pattern.compile("/commissioner/detail\\.xhtml\\?id=(\\d+)");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWith(CommissionerPagesIT.class, TestAccounts.class, PageClient.class, Api.class,
                Api.Reply.class, TestData.class);
    }

    @Inject
    TestAccounts accounts;

    @Test
    void aWrongCheckDigitIsRefusedNextToTheFieldAndNothingIsSaved() {
        PageClient clerk = new PageClient().login("lj.clerk", DEMO_PASSWORD);
        String name = TestData.uniqueName("校验码");
        String valid = TestData.residentId(true);
        char wrongLast = valid.charAt(17) == '0' ? '1' : '0';
        String wrong = valid.substring(0, 17) + wrongLast;

        clerk.open("/commissioner/edit.xhtml");
        assertEquals(200, clerk.status(), clerk.body());
        clerk.submit("editForm", form(name, wrong, TestData.mobilePhone()), "save");

        assertEquals("/commissioner/edit.xhtml", clerk.page(), "the form stays");
        String message = PageClient.messageOf(clerk.body(), "editForm:residentIdMessage");
        assertTrue(message.contains("校验码") && message.contains("应为 " + valid.charAt(17)), message);

        clerk.open("/commissioner/list.xhtml?q=" + URLEncoder.encode(name, StandardCharsets.UTF_8));
        assertFalse(clerk.body().contains(">" + name + "<"), "nothing was saved under that name");
        assertTrue(clerk.body().contains("没有符合条件的科技特派员"));
    }

    @Test
    void theRegistryAndTheDetailShowPersonalDataMasked() {
        PageClient clerk = new PageClient().login("lj.clerk", DEMO_PASSWORD);
        String name = TestData.uniqueName("茶叶专家");
        String id = TestData.residentId(false);
        String phone = TestData.mobilePhone();
        long commissionerId = register(clerk, name, id, phone, "FEMALE");

        clerk.open("/commissioner/list.xhtml?q=" + URLEncoder.encode(name, StandardCharsets.UTF_8));
        assertEquals(200, clerk.status());
        assertTrue(clerk.body().contains(">" + name + "<"), "the new commissioner is listed");
        assertTrue(clerk.body().contains(PhoneNumber.mask(phone)), "the phone is shown masked");
        assertFalse(clerk.body().contains(phone), "the whole phone is not on the page");
        assertFalse(clerk.body().contains(id), "the resident ID is not on the page");
        assertTrue(clerk.body().contains("0/"), "the active load is shown against the cap");

        clerk.open("/commissioner/detail.xhtml?id=" + commissionerId);
        assertEquals(200, clerk.status());
        assertTrue(clerk.body().contains(ResidentId.mask(id)), "the resident ID is shown masked");
        assertTrue(clerk.body().contains(PhoneNumber.mask(phone)));
        assertFalse(clerk.body().contains(id));
        assertFalse(clerk.body().contains(phone));

        clerk.open("/commissioner/edit.xhtml?id=" + commissionerId);
        assertEquals(200, clerk.status());
        assertTrue(clerk.body().contains(ResidentId.mask(id)), "the edit form shows the ID masked");
        assertFalse(clerk.body().contains(id), "the edit form never carries the whole ID");
    }

    @Test
    void anotherCountysCommissionerAnswersTheNotFoundPage() {
        PageClient linjiang = new PageClient().login("lj.clerk", DEMO_PASSWORD);
        long commissionerId = register(linjiang, TestData.uniqueName("临江特派员"), TestData.residentId(true), TestData.mobilePhone(), "MALE");

        PageClient yunling = new PageClient().login("yl.clerk", DEMO_PASSWORD);
        yunling.open("/commissioner/detail.xhtml?id=" + commissionerId);
        assertEquals(404, yunling.status());
        assertTrue(yunling.body().contains("页面不存在"), "the 404 page");
        assertFalse(yunling.body().contains("临江特派员"), "nothing of the record is shown");

        yunling.open("/commissioner/edit.xhtml?id=" + commissionerId);
        assertEquals(404, yunling.status(), "nor can it be edited");

        linjiang.open("/commissioner/detail.xhtml?id=" + commissionerId);
        assertEquals(200, linjiang.status(), "its own county sees it");
    }

    @Test
    void theViewerReadsTheRegistryButCannotOpenTheEditPage() {
        PageClient viewer = new PageClient().login("viewer", DEMO_PASSWORD);
        assertEquals(200, viewer.open("/commissioner/list.xhtml").status());
        assertEquals(200, viewer.open("/commissioner/assignments.xhtml").status());
        assertEquals(200, viewer.open("/commissioner/demands.xhtml").status());
        assertEquals(403, viewer.open("/commissioner/edit.xhtml").status());
        assertEquals("/commissioner/edit.xhtml", viewer.page());
        assertEquals(403, viewer.open("/admin/commissioner-settings.xhtml").status());
    }

    @Test
    void settingsAreTheSystemAdministratorsAndWeightsMustAddUpTo100() {
        PageClient clerk = new PageClient().login("lj.clerk", DEMO_PASSWORD);
        assertEquals(403, clerk.open("/admin/commissioner-settings.xhtml").status(), "a clerk is turned away");

        String admin = accounts.create("cset", Set.of(Role.SYSTEM_ADMIN), 1, PASSWORD, false);
        TotpSecret secret = TotpSecret.generate();
        accounts.enrol(admin, secret.base32());
        PageClient browser = new PageClient().login(admin, PASSWORD)
                .submit("otpForm", Map.of("code", Totp.code(secret, Totp.step(BureauClock.instant()))), "verify");
        assertEquals("/index.xhtml", browser.page(), "the system administrator signs in");

        browser.open("/admin/commissioner-settings.xhtml");
        assertEquals(200, browser.status());
        String storedWeight = hiddenNumber(browser.body(), "settingsForm:serviceWeight");
        assertTrue(browser.body().contains("提交审核须附佐证材料"), "the evidence rule is a setting");

        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("barPartyGovernmentStaff_input", "on");
        number(fields, "maxActiveAssignments", 3);
        number(fields, "quotaVisits", 12);
        number(fields, "quotaDays", 30);
        number(fields, "resultsTarget", 6);
        number(fields, "serviceWeight", 50);
        number(fields, "resultsWeight", 20);
        number(fields, "satisfactionWeight", 20);
        number(fields, "excellentFrom", 90);
        number(fields, "goodFrom", 75);
        number(fields, "passFrom", 60);
        number(fields, "minMonthsAssessed", 3);
        fields.put("missingRating_input", "LEFT_OUT");
        number(fields, "evidenceMaxMegabytes", 10);
        fields.put("evidenceRequired_input", "on");
        browser.submit("settingsForm", fields, "save");

        assertEquals("/admin/commissioner-settings.xhtml", browser.page());
        String message = PageClient.messageOf(browser.body(), "settingsForm:serviceWeightMessage");
        assertTrue(message.contains("三项权重之和应为 100") && message.contains("90"), message);

        browser.open("/admin/commissioner-settings.xhtml");
        assertEquals(storedWeight, hiddenNumber(browser.body(), "settingsForm:serviceWeight"), "nothing was saved");
    }

    /** Registers an individual commissioner of 临江县 through the form; returns its id. */
    private static long register(PageClient clerk, String name, String residentId, String phone, String gender) {
        clerk.open("/commissioner/edit.xhtml");
        Map<String, String> fields = form(name, residentId, phone);
        fields.put("gender", gender);
        clerk.submit("editForm", fields, "save");
        Matcher id = DETAIL_ID.matcher(clerk.url());
        assertTrue(id.find(), "saved and shown: " + clerk.url() + "\n" + PageClient.errors(clerk.body()));
        return Long.parseLong(id.group(1));
    }

    private static Map<String, String> form(String name, String residentId, String phone) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("kind_input", "INDIVIDUAL");
        fields.put("gender", residentId.charAt(16) % 2 == 1 ? "MALE" : "FEMALE");
        fields.put("residentId", residentId);
        fields.put("phone", phone);
        fields.put("title_input", "SENIOR");
        fields.put("specialties_hinput", "茶叶栽培");
        fields.put("employerId_input", "");
        fields.put("employerName", "福建农林大学");
        fields.put("employerCategory_input", "UNIVERSITY");
        fields.put("field_input", "AGRICULTURE");
        fields.put("dispatchLevel_input", "COUNTY");
        fields.put("postedOn_input", "2026-01-15");
        return fields;
    }

    private static void number(Map<String, String> fields, String name, int value) {
        fields.put(name + "_input", String.valueOf(value));
        fields.put(name + "_hinput", String.valueOf(value));
    }

    /** The value of a p:inputNumber's hidden input. */
    private static String hiddenNumber(String body, String clientId) {
        Matcher tag = Pattern.compile("<input[^>]*id=\"" + Pattern.quote(clientId + "_hinput") + "\"[^>]*>").matcher(body);
        assertTrue(tag.find(), "no input " + clientId);
        Matcher value = Pattern.compile("value=\"([^\"]*)\"").matcher(tag.group());
        assertTrue(value.find());
        return value.group(1);
    }
}
