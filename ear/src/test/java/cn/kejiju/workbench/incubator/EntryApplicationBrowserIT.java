package cn.kejiju.workbench.incubator;

import cn.kejiju.workbench.Api;
import cn.kejiju.workbench.Api.Reply;
import cn.kejiju.workbench.Browser;
import cn.kejiju.workbench.BureauClock;
import cn.kejiju.workbench.Deployments;
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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An entry application from start to tenancy in headless Chromium, in Chinese: the county incubator clerk
 * applies for a new enterprise (found by typing) and assigns a reviewer, the reviewer scores on their own
 * page, the city leader sees the scores and rank in the decision dialog and approves after confirming, and
 * the clerk lets a unit from the approved application: the carrier's occupancy shows it let.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EntryApplicationBrowserIT {

    private static final String REVIEWER = "张明远（评审专家）";

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

    @AfterAll
    static void quitBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void applyReviewApproveAndLetAUnit() throws IOException {
        String carrierName = TestData.uniqueName("入孵流程园");
        Reply carrier = Api.post("/api/v1/carriers", CarrierApiIT.carrierJson(TestData.COUNTY_LINJIANG, carrierName));
        assertEquals(201, carrier.status(), carrier.body());
        long carrierId = carrier.json().getJsonNumber("id").longValue();
        Reply unit = Api.post("/api/v1/carriers/" + carrierId + "/units", CarrierApiIT.unitJson("501", "100", "20"));
        assertEquals(201, unit.status(), unit.body());
        String enterprise = TestData.uniqueName("浏览器入孵企业");
        Reply created = Api.post("/api/v1/enterprises", TestData.enterpriseJson(TestData.creditCode(), enterprise,
                TestData.TOWNSHIP_CHENGGUAN));
        assertEquals(201, created.status(), created.body());

        // the clerk applies: the enterprise is found by typing part of its name
        browser.signIn("lj.incubator");
        browser.open("/incubator/application-edit.xhtml?carrier=" + carrierId);
        browser.suggest("entryForm:enterpriseId", enterprise, enterprise);
        WebElement founded = browser.centre(By.id("entryForm:foundedOn_input"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", founded,
                BureauClock.today().minusMonths(8).toString());
        browser.choose("entryForm:unitKind", "写字楼");
        driver.findElement(By.id("entryForm:area")).sendKeys("100");
        driver.findElement(By.id("entryForm:technologyField_input")).sendKeys("电子信息");
        driver.findElement(By.id("entryForm:businessSummary")).sendKeys("工业视觉检测设备研发");
        browser.screenshot("entry-new-clerk.png");
        browser.click(By.id("entryForm:save"));
        String applicationUrl = wait.until(d -> {
            if (d.getCurrentUrl().contains("/incubator/application.xhtml")) {
                return d.getCurrentUrl();
            }
            List<WebElement> refusals = d.findElements(By.cssSelector(".ui-message-error, .ui-messages-error"));
            if (!refusals.isEmpty() && !refusals.get(0).getText().isBlank()) {
                browser.screenshot("entry-new-refused.png");
                throw new AssertionError("refused: " + refusals.stream().map(WebElement::getText).toList());
            }
            return null;
        });
        assertEquals("草稿", wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("status"))).getText());

        // the documents come before submission: the business plan through the page, the licence through the API
        browser.choose("documentsForm:kind", "商业计划书");
        Path plan = Files.createTempFile("商业计划书", ".pdf");
        Files.writeString(plan, EntryApplicationApiIT.PDF);
        driver.findElement(By.id("documentsForm:file_input")).sendKeys(plan.toString());
        browser.click(By.id("documentsForm:upload"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("documentsForm:files"),
                plan.getFileName().toString()));
        assertTrue(driver.findElement(By.id("documentsForm:missing")).getText().contains("营业执照"),
                "the page says what is still required");
        browser.screenshot("entry-documents-clerk.png");
        long applicationId = Long.parseLong(applicationUrl.replaceAll(".*[?&]id=(\\d+).*", "$1"));
        Reply licence = EntryApplicationApiIT.attach(applicationId, "BUSINESS_LICENCE", "营业执照.png", "image/png",
                new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13}, Api.CITY_RW);
        assertEquals(201, licence.status(), licence.body());
        driver.get(applicationUrl);

        browser.click(By.id("actions:submit"));
        browser.click(By.id("actions:confirmYes"));
        wait.until(ExpectedConditions.textToBe(By.id("status"), "已提交"));

        browser.click(By.id("actions:assign"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("reviewersDialog")));
        browser.tick("reviewersForm:reviewerIds", REVIEWER, By.cssSelector("#reviewersForm .wb-form-hint"));
        browser.click(By.id("reviewersForm:saveReviewers"));
        wait.until(ExpectedConditions.textToBe(By.id("status"), "评审中"));
        browser.screenshot("entry-under-review-clerk.png");

        // the reviewer finds it among their own assignments and scores it
        browser.signIn("reviewer.zhang");
        browser.open("/review/assignments.xhtml");
        browser.click(By.xpath("//tbody[@id='listForm:assignments_data']//a[contains(.,'" + enterprise + "')]"));
        browser.waitForUrl("/review/assignment.xhtml");
        String[] scores = {"28", "20", "22.5", "18"};
        for (int i = 0; i < scores.length; i++) {
            browser.centre(By.id("scoreForm:lines:" + i + ":score")).sendKeys(scores[i]);
        }
        browser.screenshot("entry-scoring-reviewer.png");
        browser.click(By.id("scoreForm:submitScores"));
        browser.click(By.id("scoreForm:confirmYes"));
        browser.waitForUrl("/review/assignments.xhtml");

        // the leader sees the scores and the rank in the decision dialog and approves after confirming
        browser.signIn("leader");
        browser.open("/incubator/applications.xhtml?status=REVIEWED");
        By decide = By.xpath("//tbody[@id='listForm:applications_data']/tr[.//a[contains(.,'" + enterprise
                + "')]]//button[contains(@id,':decide')]");
        browser.click(decide);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("decisionDialog")));
        wait.until(ExpectedConditions.textToBe(By.id("decisionForm:decisionAverage"), "88.50"));
        assertEquals("1 / 1", driver.findElement(By.id("decisionForm:decisionRank")).getText(),
                "the only ranked application of its carrier this year");
        assertTrue(driver.findElement(By.id("decisionForm:decisionScores")).getText().contains("22.5"),
                "every criterion's score is shown");
        assertTrue(driver.findElement(By.id("decisionForm:decisionFiles")).getText().contains("营业执照.png"),
                "the leader sees the documents approved");
        browser.screenshot("entry-decision-leader.png");
        browser.click(By.id("decisionForm:approve"));
        browser.click(By.id("decisionForm:confirmYes"));
        browser.waitForUrl("/incubator/application.xhtml");
        wait.until(ExpectedConditions.textToBe(By.id("status"), "已批准"));

        // the clerk lets a unit from the approved application; the occupancy shows it let
        browser.signIn("lj.incubator");
        By room501 = By.cssSelector("#grid .wb-tile[data-room='501']");
        browser.open("/incubator/occupancy.xhtml?id=" + carrierId);
        assertEquals("FREE", wait.until(ExpectedConditions.presenceOfElementLocated(room501)).getDomAttribute("data-occupancy"));
        driver.get(applicationUrl);
        browser.click(By.id("actions:let"));
        browser.waitForUrl("/incubator/letting.xhtml?application=");
        assertEquals(enterprise, wait.until(ExpectedConditions.presenceOfElementLocated(
                By.id("lettingForm:enterpriseId_input"))).getDomProperty("value"), "prefilled from the application");
        assertTrue(driver.findElement(By.id("lettingForm:fromApplication")).getText().contains(enterprise));
        browser.tick("lettingForm:unitIds", "A座 501", By.cssSelector("#lettingForm .wb-form-hint"));
        browser.click(By.id("lettingForm:save"));
        browser.waitForUrl("/incubator/agreement.xhtml");
        assertEquals("执行中", wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("status"))).getText());

        browser.open("/incubator/occupancy.xhtml?id=" + carrierId);
        WebElement tile = wait.until(ExpectedConditions.presenceOfElementLocated(room501));
        assertEquals("LET", tile.getDomAttribute("data-occupancy"));
        assertTrue(tile.getText().contains(enterprise), tile.getText());
        driver.get(applicationUrl);
        assertTrue(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("actions:agreement"))).isDisplayed(),
                "the application links its agreement");
        assertTrue(driver.findElements(By.id("actions:let")).isEmpty(), "an application is let once");
        browser.screenshot("entry-let-clerk.png");
    }

}
