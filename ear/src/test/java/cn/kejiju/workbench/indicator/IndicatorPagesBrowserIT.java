package cn.kejiju.workbench.indicator;

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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;


import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The indicator pages in headless Chromium, in Chinese: the projects clerk records a patent of an enterprise on
 * its indicators page and sees it counted on the enterprise's page; a leader sees the pages without the forms;
 * the lists render with their county column for city users. The enterprise is made through the API.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IndicatorPagesBrowserIT {

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
    void theClerkRecordsAPatentAndSeesItOnTheEnterprisePage() {
        try {
            recordAndSee();
        } catch (RuntimeException | AssertionError e) {
            browser.screenshot("indicator-failed.png");
            throw e;
        }
    }

    private void recordAndSee() {
        long enterprise = IndicatorApiIT.enterprise(TestData.TOWNSHIP_CHENGGUAN);
        String number = "CN" + System.nanoTime() % 1_000_000_000_000L + ".5";

        browser.signIn("hitech.clerk");
        browser.open("/indicator/enterprise.xhtml?id=" + enterprise);
        wait.until(d -> d.findElement(By.id("patentForm:number")));
        driver.findElement(By.id("patentForm:number")).sendKeys(number);
        driver.findElement(By.id("patentForm:title")).sendKeys("一种智能灌溉控制装置");
        browser.choose("patentForm:type", "发明");
        browser.centre(By.id("patentForm:appliedOn_input")).sendKeys(BureauClock.today().minusDays(7).toString(),
                Keys.ESCAPE);
        browser.click(By.id("patentForm:recordPatent"));
        wait.until(d -> d.findElement(By.id("patentsForm:patents")).getText().contains(number) ? true : null);
        browser.screenshot("indicator-enterprise-clerk.png");

        browser.open("/enterprise/detail.xhtml?id=" + enterprise);
        String panel = wait.until(d -> d.findElement(By.id("indicators"))).getText();
        assertTrue(panel.contains("发明 1 0"), panel);
        assertTrue(panel.contains("高新技术企业证书"), "the high-tech status: " + panel);
        browser.screenshot("indicator-panel-clerk.png");

        browser.open("/indicator/patents.xhtml?q=" + number);
        String list = wait.until(d -> d.findElement(By.id("listForm:patents"))).getText();
        assertTrue(list.contains(number) && list.contains("临江县"), "a city user sees the county column: " + list);
        browser.screenshot("indicator-patents-city.png");
        browser.open("/indicator/high-tech.xhtml");
        wait.until(d -> d.findElement(By.id("listForm:cases")));
        browser.screenshot("indicator-high-tech-city.png");

        browser.signIn("leader");
        browser.open("/indicator/enterprise.xhtml?id=" + enterprise);
        String page = wait.until(d -> d.findElement(By.id("patentsForm:patents"))).getText();
        assertTrue(page.contains(number), page);
        assertTrue(driver.findElements(By.id("patentForm:number")).isEmpty(), "a leader records no patents");
        browser.screenshot("indicator-enterprise-leader.png");
    }
}
