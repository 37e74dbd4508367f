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

import java.math.BigDecimal;

import static cn.kejiju.workbench.project.ProjectApiIT.created;
import static cn.kejiju.workbench.project.ProjectApiIT.enterprise;
import static cn.kejiju.workbench.project.ProjectApiIT.id;
import static cn.kejiju.workbench.project.ProjectApiIT.ok;
import static cn.kejiju.workbench.project.ProjectApiIT.openCall;
import static cn.kejiju.workbench.project.ProjectApiIT.prepare;
import static cn.kejiju.workbench.project.ProjectApiIT.step;
import static cn.kejiju.workbench.project.ProjectApiIT.upload;
import static cn.kejiju.workbench.project.ProjectApiIT.version;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The project statistics page in headless Chromium, in Chinese: the city leader reads the table of counties and
 * the figures of this year (the demo's national funds among them), chooses 云岭县, and after an application of
 * 云岭县 is won with 200,000 yuan (through the API) reads one approval and 20万元 more, and finds the application
 * with its grant and the 12万元 received on the lead applicant's page; 临江县's project clerk sees the own county
 * only. Screenshots go to target/screenshots.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProjectStatisticsBrowserIT {

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

    private static BigDecimal figure(String key) {
        return new BigDecimal(driver.findElement(By.cssSelector("[id='figuresForm:summary'] [data-key='" + key + "']"))
                .getText().strip());
    }

    private static void showYunling() {
        browser.open("/project/statistics.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("figuresForm:counties")));
        browser.choose("periodForm:county", "云岭县");
        browser.click(By.id("periodForm:compute"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("periodShown"), "云岭县"));
    }

    @Test
    void theCityReadsTheCountiesAndTheFiguresChangeWithAnApproval() {
        browser.signIn("leader");
        browser.open("/project/statistics.xhtml");
        String counties = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("figuresForm:counties")))
                .getText();
        assertTrue(counties.contains("临江县") && counties.contains("云岭县") && counties.contains("全市合计"), counties);
        assertTrue(driver.findElement(By.id("figuresForm:summary")).getText().contains("国家资金"));
        if (BureauClock.today().getYear() == 2026) {
            assertTrue(figure("funds.NATIONAL").compareTo(new BigDecimal("563")) >= 0, "the demo's 563万元 national funds");
        }
        assertTrue(driver.findElement(By.id("figuresForm:fundChart")).isDisplayed());
        browser.screenshot("project-statistics-city.png");

        showYunling();
        BigDecimal approvals = figure("approvals");
        BigDecimal funds = figure("funds.NATIONAL");

        long call = openCall();
        long lead = enterprise(TestData.TOWNSHIP_CHASHAN, Api.YUNLING_RW);
        Reply prepared = created(prepare(call, lead, enterprise(TestData.TOWNSHIP_CHASHAN, Api.YUNLING_RW),
                "300000.00", Api.YUNLING_RW));
        long application = id(prepared);
        created(upload(application, TestData.png(), Api.YUNLING_RW));
        long current = version(Api.get("/api/v1/projects/applications/" + application));
        Reply recommended = ok(step(application, current, "RECOMMEND", "", Api.CITY_RW));
        Reply lodged = ok(step(application, version(recommended), "LODGE", "", Api.YUNLING_RW));
        Reply reviewed = ok(step(application, version(lodged), "REVIEW", "", Api.YUNLING_RW));
        Reply won = ok(step(application, version(reviewed), "WIN", ",\"grant\":\"200000.00\"", Api.YUNLING_RW));
        ok(ProjectApiIT.send("POST", "/api/v1/projects/applications/" + application + "/tranches", """
                {"version":%d,"on":"%s","amount":"120000.00"}""".formatted(version(won), BureauClock.today()),
                Api.YUNLING_RW));

        showYunling();
        assertEquals(0, approvals.add(BigDecimal.ONE).compareTo(figure("approvals")), "one approval more");
        assertEquals(0, funds.add(new BigDecimal("20")).compareTo(figure("funds.NATIONAL")), "20万元 more");
        browser.screenshot("project-statistics-yunling.png");

        // the lead applicant's page: the application with its status, grant and the funds received
        browser.open("/enterprise/detail.xhtml?id=" + lead);
        String panel = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("projects"))).getText();
        assertTrue(panel.contains("智能传感器研发") && panel.contains("已立项") && panel.contains("国家级"), panel);
        String totals = driver.findElement(By.id("projectTotals")).getText();
        assertTrue(totals.contains("共 1 个申报") && totals.contains("立项资金 20") && totals.contains("到位资金 12"),
                totals);
    }

    @Test
    void aCountyClerkReadsTheOwnCountyOnly() {
        browser.signIn("proj.clerk");
        browser.open("/project/statistics.xhtml");
        String shown = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("periodShown"))).getText();
        assertTrue(shown.contains("临江县"), shown);
        assertTrue(driver.findElements(By.id("periodForm:county")).isEmpty(), "no choice of county");
        assertFalse(driver.findElement(By.id("figuresForm:counties")).getText().contains("云岭县"));
    }
}
