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
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The county plan's pages in headless Chromium, in Chinese: 临江县's project clerk enters an application to an open
 * county call for an enterprise found in the search field, attaches its document and submits it (confirmed first);
 * once 临江县's expert has scored it (assigned through the API, scored on the expert's page), the city leader opens
 * the decision dialog, sees the document and decides to fund it (confirmed first): the call's budget holds the grant.
 * The statistics page of 临江县 counts the county plan's projects by 立项, after the public notice: the decision
 * leaves its figure as it was, and the city's figures keep the county named. The call is published through the API.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CountyPlanBrowserIT {

    private static final long LJ_REVIEWER = 53;

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

    private static BigDecimal figure(String key) {
        return new BigDecimal(driver.findElement(By.cssSelector("[id='figuresForm:summary'] [data-key='" + key + "']"))
                .getText().strip());
    }

    private static void showLinjiang() {
        browser.open("/project/statistics.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("figuresForm:counties")));
        browser.choose("periodForm:county", "临江县");
        browser.click(By.id("periodForm:compute"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("periodShown"), "临江县"));
    }

    @Test
    void theClerkSubmitsWithADocumentAndTheLeaderDecidesSeeingIt() throws IOException {
        try {
            enterSubmitAndDecide();
        } catch (RuntimeException | AssertionError e) {
            browser.screenshot("county-plan-failed.png");
            throw e;
        }
    }

    private void enterSubmitAndDecide() throws IOException {
        String programme = TestData.uniqueName("临江县科技计划");
        long programmeId = ProjectApiIT.id(ProjectApiIT.created(ProjectApiIT.send("POST", "/api/v1/projects/programmes",
                """
                {"name":"%s","level":"COUNTY","kindCode":"SUPPORT","authority":"临江县科学技术局"}
                """.formatted(programme), Api.CITY_RW)));
        LocalDate today = BureauClock.today();
        String title = TestData.uniqueName("县级计划指南");
        ProjectApiIT.created(ProjectApiIT.send("POST", "/api/v1/projects/calls", """
                {"programmeId":%d,"year":%d,"title":"%s","opensOn":"%s","closesOn":"%s","budget":"1000000.00",
                 "capPerProject":"300000.00"}
                """.formatted(programmeId, today.getYear(), title, today.minusDays(5), today.plusDays(20)),
                Api.CITY_RW));
        String enterprise = TestData.uniqueName("县级计划企业");
        ProjectApiIT.created(Api.post("/api/v1/enterprises", TestData.enterpriseJson(TestData.creditCode(), enterprise,
                TestData.TOWNSHIP_CHENGGUAN)));

        browser.signIn("leader");
        showLinjiang();
        BigDecimal approvals = figure("planApprovals");
        BigDecimal funds = figure("planFunds");

        // the clerk enters the application, attaches its document and submits it
        browser.signIn("proj.clerk");
        browser.open("/project/county-plan-edit.xhtml");
        browser.choose("editForm:callId", title + "（" + programme + "，" + today.plusDays(20) + " 截止）");
        browser.suggest("editForm:leadId", enterprise.substring(enterprise.length() - 6), enterprise);
        driver.findElement(By.id("editForm:title")).sendKeys("茶园病虫害智能监测预警系统");
        driver.findElement(By.id("editForm:field")).sendKeys("现代农业");
        driver.findElement(By.id("editForm:total")).sendKeys("500000");
        driver.findElement(By.id("editForm:selfRaised")).sendKeys("300000");
        driver.findElement(By.id("editForm:requested")).sendKeys("200000");
        browser.click(By.id("editForm:save"));
        browser.waitForUrl("/project/county-plan-project.xhtml");
        wait.until(d -> summary().contains("草稿") ? true : null);
        String url = driver.getCurrentUrl();
        assertTrue(driver.getPageSource().contains("已保存：茶园病虫害智能监测预警系统"), "the save says what happened");
        assertTrue(summary().contains("临江县"), summary());

        Path document = Files.createTempDirectory("county-plan").resolve("可行性报告.png");
        Files.write(document, TestData.png());
        browser.centre(By.id("documentsForm:file_input")).sendKeys(document.toAbsolutePath().toString());
        browser.click(By.id("documentsForm:upload"));
        wait.until(d -> d.findElement(By.id("documentsForm")).getText().contains("可行性报告") ? true : null);
        assertTrue(driver.getPageSource().contains("已上传 可行性报告.png"), "the upload says what happened");
        browser.click(By.id("actions:submit"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("confirm")));
        assertTrue(driver.findElement(By.id("confirm")).getText().contains("申报材料"), "the confirmation warns");
        browser.screenshot("county-plan-clerk-submit.png");
        browser.click(By.id("confirmYes"));
        wait.until(d -> summary().contains("已申报") ? true : null);
        assertTrue(driver.getPageSource().contains("已提交申报：茶园病虫害智能监测预警系统"));
        assertTrue(driver.findElements(By.id("documentsForm:upload")).isEmpty(), "no upload once submitted");
        assertTrue(driver.findElement(By.id("documentsForm")).getText().contains("可行性报告"));
        browser.screenshot("county-plan-clerk.png");

        // 临江县's expert reviews it
        long id = Long.parseLong(url.replaceAll(".*[?&]id=(\\d+).*", "$1"));
        Reply read = Api.get(CountyPlanApiIT.PLAN + "/" + id);
        ProjectApiIT.ok(CountyPlanApiIT.act(id, "reviewers", "{\"version\":%d,\"reviewerIds\":[%d]}"
                .formatted(ProjectApiIT.version(read), LJ_REVIEWER), Api.CITY_RW));
        CountyPlanApiIT.score(CountyPlanApiIT.reviewer("lj.reviewer"), id, "26", "21", "20", "17");
        assertEquals("REVIEWED", CountyPlanApiIT.read(id).getString("status"));

        // the leader decides in the dialog, beside the document
        browser.signIn("leader");
        driver.get(url);
        String committed = driver.findElement(By.id("committed")).getText();
        browser.click(By.id("actions:openDecision"));
        String dialog = browser.dialog("decisionDialog").getText();
        assertTrue(dialog.contains("可行性报告.png") && dialog.contains("84.00") && dialog.contains("200000.00"), dialog);
        assertFalse(driver.findElement(By.id("decisionForm")).findElements(By.tagName("a")).isEmpty(),
                "the document opens from the dialog");
        browser.type(By.id("decisionForm:grant"), "180000");
        browser.click(By.id("decisionForm:decide"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("confirm")));
        assertTrue(driver.findElement(By.id("confirm")).getText().contains("立项决定"), "the decision asks first");
        browser.screenshot("county-plan-leader.png");
        browser.click(By.id("confirmYes"));
        wait.until(d -> summary().contains("拟立项公示中") ? true : null);
        assertTrue(driver.getPageSource().contains("已拟立项并进入公示：茶园病虫害智能监测预警系统"));
        assertTrue(driver.findElement(By.id("granted")).getText().contains("180000.00"));
        assertFalse(committed.equals(driver.findElement(By.id("committed")).getText()), "the call's budget holds it");
        browser.screenshot("county-plan-decided.png");

        // the statistics count 立项, after the notice: the decision is not one yet
        showLinjiang();
        assertEquals(0, approvals.compareTo(figure("planApprovals")), "拟立项 is not 立项");
        assertEquals(0, funds.compareTo(figure("planFunds")));
        assertTrue(driver.findElement(By.id("figuresForm:summary")).getText().contains("县级科技计划立项"));
        browser.centre(By.cssSelector("[id='figuresForm:summary'] [data-key='planApprovals']"));
        browser.screenshot("county-plan-statistics.png");
    }
}
