package cn.kejiju.workbench.incubator;

import cn.kejiju.workbench.Browser;
import cn.kejiju.workbench.BureauClock;
import cn.kejiju.workbench.Deployments;
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

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Graduation and the incubator statistics in headless Chromium, in Chinese: the county incubator clerk records a
 * year's figures that make a tenant eligible but cannot graduate it; the city leader graduates it after the
 * confirmation; the city leader reads the statistics by county and chooses one county; a county clerk sees
 * only the own county. Screenshots go to target/screenshots.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GraduationPagesBrowserIT {

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
    void theClerkRecordsFiguresAndTheLeaderGraduatesAfterConfirming() {
        LocalDate today = BureauClock.today();
        long carrier = TenantApiIT.carrier();
        long tenant = TenantApiIT.let(TenantApiIT.enterprise(false), carrier, TenantApiIT.unit(carrier, "101", "90"),
                today.minusYears(1).toString(), today.plusYears(1).toString()).getJsonNumber("incubateeId").longValue();

        browser.signIn("lj.incubator");
        browser.open("/incubator/tenant.xhtml?id=" + tenant);
        assertEquals("尚不符合", wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("eligibleTag"))).getText());
        assertTrue(driver.findElements(By.id("actions:graduate")).isEmpty(), "the clerk does not graduate");

        browser.click(By.id("actions:addYear"));
        browser.dialog("figuresDialog");
        browser.type(By.id("figuresForm:investment_input"), "600");
        browser.type(By.id("figuresForm:revenue_input"), "88.5");
        browser.type(By.id("figuresForm:employees_input"), "9");
        browser.click(By.id("figuresForm:saveFigures"));
        try {
            wait.until(ExpectedConditions.textToBe(By.id("eligibleTag"), "符合毕业条件"));
        } finally {
            browser.screenshot("tenant-figures-saved.png");
        }
        String reasons = driver.findElement(By.id("reasons")).getText();
        assertTrue(reasons.contains("累计获得投资 600") && reasons.contains("500"), reasons);
        assertTrue(driver.findElement(By.id("figuresList:figures_data")).getText().contains("88.50"));
        assertTrue(driver.findElements(By.id("actions:graduate")).isEmpty(), "still no graduation for the clerk");
        browser.screenshot("tenant-clerk.png");

        browser.open("/incubator/tenants.xhtml");
        wait.until(d -> d.findElements(By.cssSelector("[id='listForm:tenants_data'] > tr[data-ri]")).isEmpty() ? null : true);
        assertTrue(driver.findElements(By.id("filters:filterCounty")).isEmpty(), "a county user has no county filter");

        browser.signIn("leader");
        browser.open("/incubator/tenant.xhtml?id=" + tenant);
        browser.click(By.id("actions:graduate"));
        browser.dialog("graduationDialog");
        wait.until(d -> d.findElement(By.id("graduationForm:graduationDate_input")).getDomProperty("value").isEmpty() ? null : true);
        browser.click(By.id("graduationForm:saveGraduation"));
        browser.click(By.id("graduationForm:confirmYes"));
        wait.until(ExpectedConditions.textToBe(By.id("eligibleTag"), "已毕业"));
        assertTrue(driver.findElement(By.id("status")).getText().contains("毕业"), driver.findElement(By.id("status")).getText());
        assertTrue(driver.findElement(By.id("graduatedBy")).isDisplayed());
        assertTrue(driver.findElements(By.id("actions:graduate")).isEmpty(), "a graduate graduates once");
        browser.screenshot("tenant-graduated-leader.png");
    }

    @Test
    void theCityReadsTheStatisticsByCountyAndChoosesOne() {
        browser.signIn("leader");
        browser.open("/incubator/statistics.xhtml");
        WebElement table = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("figuresForm:counties")));
        String counties = table.getText();
        assertTrue(counties.contains("临江县") && counties.contains("云岭县") && counties.contains("全市合计"), counties);
        assertTrue(driver.findElement(By.id("figuresForm:carriers")).getText().contains("长春同心创业科技园"));
        List<WebElement> tags = driver.findElements(By.cssSelector("[id='figuresForm:carriers'] [data-key='tenants']"));
        assertTrue(!tags.isEmpty(), "a recognised carrier shows its indicators");
        assertTrue(driver.findElement(By.cssSelector("[data-key='tenants.atStart']")).isDisplayed());
        browser.screenshot("incubator-statistics-city.png");

        browser.choose("periodForm:county", "云岭县");
        browser.click(By.id("periodForm:compute"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("periodShown"), "云岭县"));
        String carriers = driver.findElement(By.id("figuresForm:carriers")).getText();
        assertTrue(carriers.contains("云岭青创众创空间") && !carriers.contains("长春同心创业科技园"), carriers);
    }

    @Test
    void aCountyClerkReadsTheOwnCountyOnly() {
        browser.signIn("yl.incubator");
        browser.open("/incubator/statistics.xhtml");
        String shown = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("periodShown"))).getText();
        assertTrue(shown.contains("云岭县"), shown);
        assertTrue(driver.findElements(By.id("periodForm:county")).isEmpty(), "no choice of county");
        assertTrue(!driver.findElement(By.id("figuresForm:counties")).getText().contains("临江县"));
    }

}
