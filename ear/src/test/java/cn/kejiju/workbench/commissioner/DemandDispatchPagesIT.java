package cn.kejiju.workbench.commissioner;

import cn.kejiju.workbench.Browser;
import cn.kejiju.workbench.Deployments;
import cn.kejiju.workbench.PageClient;
import cn.kejiju.workbench.TestData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A demand in headless Chromium, in Chinese: the clerk of 临江县 records the demand of a village, sees
 * the commissioner whose field and specialty match it ranked first, dispatches that commissioner and
 * lands on the new assignment.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DemandDispatchPagesIT {

    /** Demo village 东岭村 of 城关镇, 临江县. */
    private static final String VILLAGE = "东岭村";

    private static Browser browser;
    private static WebDriver driver;
    private static WebDriverWait wait;

    @Deployment(testable = false)
    public static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @BeforeAll
    static void startBrowser() {
        browser = Browser.start();
        driver = browser.driver();
        wait = browser.waitFor();
        browser.signIn("lj.clerk");
    }

    @AfterAll
    static void quitBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void postingADemandRanksTheMatchingCommissionerFirstAndDispatchingLandsOnTheAssignment() {
        String specialty = TestData.uniqueName("蓝莓");
        String name = TestData.uniqueName("蓝莓专家");
        registerCommissioner(name, specialty);

        browser.open("/commissioner/demand.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("postForm:problem")));
        browser.choose("postForm:targetKind", "村/社区");
        // the villages arrive with the AJAX update of the target field; its panel is built when first opened
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//select[@id='postForm:targetId_input']//option[text()='" + VILLAGE + "']")));
        browser.choose("postForm:targetId", VILLAGE);
        browser.choose("postForm:field", "农业");
        driver.findElement(By.id("postForm:problem")).sendKeys("需要" + specialty + "的种植技术指导");
        driver.findElement(By.id("postForm:post")).click();

        browser.waitForUrl("/commissioner/demand.xhtml?id=");
        assertEquals(VILLAGE, wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("target"))).getText());
        WebElement first = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.id("dispatchForm:candidates:0:candidateLink")));
        assertEquals(name, first.getText(), "the commissioner whose field and specialty match comes first");

        driver.findElement(By.id("dispatchForm:candidates:0:dispatch")).click();

        browser.waitForUrl("/commissioner/assignment.xhtml?id=");
        assertEquals(name, wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("commissioner"))).getText());
        assertEquals(VILLAGE, driver.findElement(By.id("target")).getText());
        assertTrue(driver.findElement(By.id("status")).getText().contains("派驻中"));
    }

    /** Registers an agricultural commissioner of 临江县 through the edit form (plain form post). */
    private static void registerCommissioner(String name, String specialty) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("kind_input", "INDIVIDUAL");
        fields.put("gender", "MALE");
        fields.put("residentId", TestData.residentId());
        fields.put("phone", TestData.mobilePhone());
        fields.put("title_input", "ASSOCIATE_SENIOR");
        fields.put("specialties_hinput", specialty);
        fields.put("employerId_input", "");
        fields.put("employerName", "省农业科学院");
        fields.put("employerCategory_input", "INSTITUTE");
        fields.put("field_input", "AGRICULTURE");
        fields.put("dispatchLevel_input", "CITY");
        fields.put("postedOn_input", "2026-01-10");
        PageClient clerk = new PageClient().login("lj.clerk", Browser.DEMO_PASSWORD).open("/commissioner/edit.xhtml")
                .submit("editForm", fields, "save");
        Matcher saved = Pattern.compile("/commissioner/detail\\.xhtml\\?id=\\d+").matcher(clerk.url());
        assertTrue(saved.find(), "the commissioner is registered: " + clerk.url());
    }
}
