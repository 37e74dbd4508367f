package cn.kejiju.workbench.project;

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
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The project pages in headless Chromium, in Chinese: 临江县's project clerk prepares an application to an open call
 * for an enterprise found in the search field and attaches its document; the city leader opens the recommendation
 * dialog, sees the document and recommends it (confirmed first); once lodged and reviewed (through the API) the
 * clerk records it as won with the grant and a tranche received, and the list shows the funds. The call is
 * published through the API.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProjectPagesBrowserIT {

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

    private static String summary() {
        return driver.findElement(By.id("summary")).getText();
    }

    @Test
    void theClerkPreparesTheLeaderRecommendsAndTheResultIsRecordedAsWon() throws IOException {
        try {
            prepareRecommendAndWin();
        } catch (RuntimeException | AssertionError e) {
            browser.screenshot("project-failed.png");
            throw e;
        }
    }

    private void prepareRecommendAndWin() throws IOException {
        String programme = TestData.uniqueName("测试省重点研发");
        Reply created = ProjectApiIT.send("POST", "/api/v1/projects/programmes", """
                {"name":"%s","level":"PROVINCIAL","kindCode":"KEY_RD"}""".formatted(programme), Api.CITY_RW);
        long programmeId = ProjectApiIT.id(ProjectApiIT.created(created));
        LocalDate today = BureauClock.today();
        String title = TestData.uniqueName("测试指南");
        ProjectApiIT.created(ProjectApiIT.send("POST", "/api/v1/projects/calls", """
                {"programmeId":%d,"year":%d,"title":"%s","opensOn":"%s","closesOn":"%s","capPerProject":"500000.00"}
                """.formatted(programmeId, today.getYear(), title, today.minusDays(5), today.plusDays(20)),
                Api.CITY_RW));
        String enterprise = TestData.uniqueName("页面申报企业");
        ProjectApiIT.created(Api.post("/api/v1/enterprises", TestData.enterpriseJson(TestData.creditCode(), enterprise,
                TestData.TOWNSHIP_CHENGGUAN)));

        browser.signIn("proj.clerk");
        browser.open("/project/application-edit.xhtml");
        browser.choose("editForm:callId", title + "（" + programme + "，" + today.plusDays(20) + " 截止）");
        browser.suggest("editForm:leadId", enterprise.substring(enterprise.length() - 6), enterprise);
        driver.findElement(By.id("editForm:title")).sendKeys("县域特色农产品溯源平台研发");
        driver.findElement(By.id("editForm:field")).sendKeys("软件和信息服务");
        driver.findElement(By.id("editForm:total")).sendKeys("1200000");
        driver.findElement(By.id("editForm:selfRaised")).sendKeys("800000");
        driver.findElement(By.id("editForm:requested")).sendKeys("400000");
        browser.click(By.id("editForm:save"));
        browser.waitForUrl("/project/application.xhtml");
        wait.until(d -> summary().contains("准备中") ? true : null);
        String url = driver.getCurrentUrl();
        assertTrue(driver.getPageSource().contains("已保存项目申报"), "the save says what happened");

        Path document = Files.createTempFile("申报书", ".png");
        Files.write(document, TestData.png());
        browser.centre(By.id("documentsForm:file_input")).sendKeys(document.toAbsolutePath().toString());
        browser.click(By.id("documentsForm:upload"));
        wait.until(d -> d.findElement(By.id("documentsForm")).getText().contains("申报书") ? true : null);
        assertTrue(driver.findElements(By.id("actions:openRecommend")).isEmpty(), "the clerk does not recommend");
        browser.screenshot("project-clerk.png");

        browser.signIn("leader");
        driver.get(url);
        browser.click(By.id("actions:openRecommend"));
        String dialog = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("recommendForm"))).getText();
        assertTrue(dialog.contains(enterprise) && dialog.contains("申报书") && dialog.contains("400,000.00"), dialog);
        browser.screenshot("project-leader.png");
        browser.click(By.id("recommendForm:recommend"));
        browser.click(By.id("confirmYes"));
        wait.until(d -> summary().contains("县局已推荐") ? true : null);
        assertTrue(driver.getPageSource().contains("已推荐上报"), "the recommendation says what happened");

        long id = Long.parseLong(url.replaceAll(".*[?&]id=(\\d+).*", "$1"));
        long version = ProjectApiIT.version(Api.get("/api/v1/projects/applications/" + id));
        Reply lodged = ProjectApiIT.ok(ProjectApiIT.step(id, version, "LODGE", "", Api.CITY_RW));
        ProjectApiIT.ok(ProjectApiIT.step(id, ProjectApiIT.version(lodged), "REVIEW", "", Api.CITY_RW));

        browser.signIn("proj.clerk");
        driver.get(url);
        browser.click(By.id("actions:openStep"));
        browser.dialog("stepDialog");
        browser.choose("stepForm:step", "立项");
        browser.type(By.id("stepForm:grant"), "350000");
        browser.click(By.id("stepForm:takeStep"));
        browser.click(By.id("confirmYes"));
        wait.until(d -> summary().contains("已立项") ? true : null);
        assertTrue(driver.findElement(By.id("funds")).getText().contains("350,000.00"));

        browser.click(By.id("actions:openTranche"));
        browser.dialog("trancheDialog");
        browser.type(By.id("trancheForm:amount"), "200000");
        String offered = driver.findElement(By.id("trancheForm:receivedOn_input")).getDomProperty("value");
        assertTrue(offered.matches("\\d{4}-\\d{2}-\\d{2}"), "the day offered, untouched: " + offered);
        browser.click(By.id("trancheForm:receive"));
        browser.click(By.id("confirmYes"));
        wait.until(d -> d.findElement(By.id("fundsReceived")).getText().contains("200,000.00") ? true : null);
        assertTrue(driver.findElement(By.id("story")).getText().contains("资金拨付"));

        browser.signIn("viewer");
        browser.open("/project/applications.xhtml?level=PROVINCIAL");
        String list = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("listForm:applications")))
                .getText();
        assertTrue(list.contains("县域特色农产品溯源平台研发") && list.contains("临江县") && list.contains("35.00"), list);
        assertFalse(list.contains("国家级"), "filtered by level");
        browser.screenshot("project-city.png");
    }
}
