package cn.kejiju.workbench.commissioner;

import cn.kejiju.workbench.Api;
import cn.kejiju.workbench.Browser;
import cn.kejiju.workbench.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.util.List;

import static cn.kejiju.workbench.commissioner.ApiFixtures.YUNLING;
import static cn.kejiju.workbench.commissioner.ApiFixtures.created;
import static cn.kejiju.workbench.commissioner.ApiFixtures.get;
import static cn.kejiju.workbench.commissioner.ApiFixtures.id;
import static cn.kejiju.workbench.commissioner.ApiFixtures.log;
import static cn.kejiju.workbench.commissioner.ApiFixtures.openAssignment;
import static cn.kejiju.workbench.commissioner.ApiFixtures.register;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * City users see counties, in headless Chromium: the city's leader narrows the commissioner list and the
 * review queue (日志审核) to 云岭县 with the county filter and reads the county column; approving a log of
 * that county takes it off the queue and the 待办 badge goes down by one at once, without reloading the
 * page. Screenshots of both lists are kept in target/screenshots.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CountyListsBrowserIT {

    private static final String COUNTY = "云岭县";

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
    }

    @AfterEach
    void nothingWasBlockedByThePolicy() {
        assertEquals(List.of(), browser.policyViolations());
    }

    @AfterAll
    static void quitBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theCitysLeaderFiltersTheCommissionerListByCounty() {
        register(YUNLING);
        browser.signIn("leader");
        browser.open("/commissioner/list.xhtml");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("listForm:commissioners_data")));
        browser.choose("filters:filterCounty", COUNTY);
        String before = pageReport("listForm:commissioners");
        browser.click(By.id("filters:search"));
        wait.until(d -> before.equals(pageReport("listForm:commissioners")) ? null : true);

        assertOnlyCounty("listForm:commissioners");
        long total = get("/api/v1/commissioners?size=1&county=" + YUNLING, Api.CITY_RO).json()
                .getJsonNumber("total").longValue();
        assertTrue(pageReport("listForm:commissioners").contains("共 " + total + " 条"),
                "the list counts the county's commissioners: " + pageReport("listForm:commissioners"));
        browser.screenshot("commissioners-by-county-leader.png");
    }

    @Test
    void approvingALogOfTheChosenCountyShortensTheQueueAndTheBadgeAtOnce() {
        long commissioner = id(register(YUNLING));
        long assignment = id(created(openAssignment(commissioner, "VILLAGE", 21, Api.YUNLING_RW)));
        ApiFixtures.submitLog(log(assignment), Api.YUNLING_RW);
        String name = get("/api/v1/commissioners/" + commissioner, Api.CITY_RO).json().getString("name");

        browser.signIn("leader");
        browser.open("/commissioner/approvals.xhtml");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("approvalsForm:logs_data")));
        String everyCounty = pageReport("approvalsForm:logs");
        browser.choose("filters:filterCounty", COUNTY);
        wait.until(d -> everyCounty.equals(pageReport("approvalsForm:logs")) ? null : true);
        assertOnlyCounty("approvalsForm:logs");
        long queue = queueLength();
        assertTrue(pageReport("approvalsForm:logs").contains("共 " + queue + " 条"), pageReport("approvalsForm:logs"));
        int badge = badge();
        browser.screenshot("approvals-by-county-leader.png");

        By row = By.xpath("//tbody[@id='approvalsForm:logs_data']/tr[.//*[normalize-space(text())='" + name + "']]");
        wait.until(ExpectedConditions.presenceOfElementLocated(row));
        browser.click(By.xpath("//tbody[@id='approvalsForm:logs_data']/tr[.//*[normalize-space(text())='" + name
                + "']]//button[contains(@id,':approve')]"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("confirmYes")));
        browser.click(By.id("confirmYes"));
        wait.until(d -> d.findElements(row).isEmpty() ? true : null);

        assertEquals(queue - 1, queueLength(), "the log left the queue");
        wait.until(d -> pageReport("approvalsForm:logs").contains("共 " + (queue - 1) + " 条") ? true : null);
        wait.until(d -> badge() == badge - 1 ? true : null);
        assertOnlyCounty("approvalsForm:logs");
    }

    @Test
    void theAssessmentOfTheChosenCountySaysWhyEachGradeIsWhatItIs() {
        register(YUNLING);
        browser.signIn("leader");
        browser.open("/commissioner/assessment.xhtml?county=" + YUNLING);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("assessmentForm:assessments_data")));
        assertEquals(COUNTY, driver.findElement(By.id("yearForm:filterCounty_label")).getText().strip(),
                "the county of the address is chosen");
        assertOnlyCounty("assessmentForm:assessments");
        List<WebElement> reasons = driver.findElements(By.cssSelector("[id='assessmentForm:assessments_data'] li.wb-reason"));
        assertFalse(reasons.isEmpty(), "every row gives its reasons");
        assertTrue(reasons.stream().map(WebElement::getText).noneMatch(text -> text.isBlank() || text.startsWith("assessment.")),
                "in words: " + reasons.stream().map(WebElement::getText).toList());
        browser.screenshot("assessment-by-county-leader.png");
    }

    private static long queueLength() {
        return get("/api/v1/service-logs?status=SUBMITTED&size=1&county=" + YUNLING, Api.CITY_RO).json()
                .getJsonNumber("total").longValue();
    }

    /** The number on the 待办 menu entry (0 when it shows none). */
    private static int badge() {
        List<WebElement> badge = driver.findElements(By.cssSelector("#menu .wb-menu-badge"));
        return badge.isEmpty() ? 0 : Integer.parseInt(badge.get(0).getText().strip());
    }

    private static String pageReport(String table) {
        List<WebElement> report = driver.findElements(By.cssSelector("[id='" + table + "'] .ui-paginator-current"));
        return report.isEmpty() ? "" : report.get(0).getText();
    }

    private static void assertOnlyCounty(String table) {
        List<WebElement> cells = driver.findElements(By.cssSelector("[id='" + table + "_data'] [id$=':countyName']"));
        assertFalse(cells.isEmpty(), "the county column is shown to the city");
        assertTrue(cells.stream().allMatch(cell -> COUNTY.equals(cell.getText().strip())),
                "only " + COUNTY + ": " + cells.stream().map(WebElement::getText).toList());
    }

}
