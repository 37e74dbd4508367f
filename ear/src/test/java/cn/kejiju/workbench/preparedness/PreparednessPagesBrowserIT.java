package cn.kejiju.workbench.preparedness;

import cn.kejiju.workbench.Browser;
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
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The preparedness pages in headless Chromium, in Chinese: the county's preparedness clerk plans a campaign,
 * receives readers into stock, records the square event and issues readers to it (too many is refused next
 * to the quantity); the leader approves the event after confirming, and the campaign's progress counts it.
 * Screenshots go to target/screenshots.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PreparednessPagesBrowserIT {

    private static final By CAMPAIGN_ROWS = By.cssSelector("[id='listForm:campaigns_data'] > tr[data-ri]");
    private static final By MOVEMENT_ROWS = By.cssSelector("[id='movementsForm:movements_data'] > tr[data-ri]");

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
    void theClerkRecordsAnEventIssuesMaterialsAndTheApprovedEventCountsTowardsTheCampaign() {
        browser.signIn("lj.prep");
        browser.open("/preparedness/campaigns.xhtml");
        wait.until(d -> d.findElements(CAMPAIGN_ROWS).isEmpty() ? null : true);
        assertTrue(driver.findElements(By.id("filters:filterCounty")).isEmpty(), "a county user has no county filter");
        assertTrue(driver.findElement(By.id("listForm:campaigns_data")).getText().contains("5·12 防灾减灾日宣传周"));

        browser.open("/preparedness/materials.xhtml");
        browser.choose("receiptForm:kind", "知识读本");
        type("receiptForm:quantity", "40");
        driver.findElement(By.id("receiptForm:note")).sendKeys("市地震局下发");
        browser.click(By.id("receiptForm:receive"));
        wait.until(d -> d.findElement(By.id("receiptForm:quantity")).getDomProperty("value").isEmpty() ? true : null);

        browser.open("/preparedness/campaigns.xhtml");
        browser.click(By.id("create"));
        String name = TestData.uniqueName("应急知识宣传月");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("editForm:name"))).sendKeys(name);
        driver.findElement(By.id("editForm:leadOffice")).sendKeys("县地震局");
        type("editForm:goalEvents", "2");
        type("editForm:materialGoals:0:target", "100");
        browser.click(By.id("editForm:save"));
        browser.waitForUrl("/preparedness/campaign.xhtml");
        assertEquals(name, wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("name"))).getText());
        assertEquals("临江县", driver.findElement(By.id("county")).getText());
        assertEquals("0", driver.findElement(By.id("goals:0:actual")).getText());

        browser.click(By.id("recordEvent"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("editForm:venueName")));
        browser.choose("editForm:townshipId", "城关镇");
        browser.choose("editForm:venueKind", "广场");
        driver.findElement(By.id("editForm:venueName")).sendKeys("月兔广场");
        browser.click(By.cssSelector("[id='editForm:consultationDesk'] .ui-chkbox-box"));
        type("editForm:displayBoards", "10");
        type("editForm:banners", "2");
        type("editForm:peopleReached", "300");
        type("editForm:consultations", "20");
        browser.click(By.id("editForm:save"));
        String eventUrl = browser.waitForUrl("/preparedness/event.xhtml");
        assertEquals("待审核", wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("status"))).getText());

        browser.choose("materialsForm:kind", "知识读本");
        type("materialsForm:quantity", "9999999");
        browser.click(By.id("materialsForm:move"));
        String refusal = wait.until(d -> {
            String text = d.findElement(By.id("materialsForm:quantityMessage")).getText();
            return text.isBlank() ? null : text;
        });
        assertTrue(refusal.contains("库存不足"), refusal);
        assertTrue(driver.findElements(MOVEMENT_ROWS).isEmpty(), "nothing issued");

        type("materialsForm:quantity", "40");
        browser.click(By.id("materialsForm:move"));
        wait.until(d -> d.findElements(MOVEMENT_ROWS).size() == 1 ? true : null);
        assertTrue(driver.findElement(By.id("movementsForm:movements_data")).getText().contains("知识读本"));
        assertTrue(driver.findElements(By.id("approveForm:approve")).isEmpty(), "the clerk does not approve");
        screenshot("event-clerk.png");

        browser.signIn("leader");
        driver.get(eventUrl);
        browser.click(By.id("approveForm:approve"));
        browser.click(By.id("approveForm:confirmYes"));
        wait.until(ExpectedConditions.textToBe(By.id("status"), "已审核"));
        assertTrue(driver.findElements(By.id("materialsForm:move")).isEmpty(), "the leader issues nothing");

        browser.click(By.id("back"));
        browser.waitForUrl("/preparedness/campaign.xhtml");
        wait.until(ExpectedConditions.textToBe(By.id("goals:0:actual"), "1"));
        assertEquals("300", driver.findElement(By.id("goals:1:actual")).getText());
        WebElement readers = driver.findElement(By.id("goals:3:actual"));
        assertEquals("40", readers.getText());
        assertTrue(driver.findElement(By.id("goals:3:bar")).getText().contains("40%"),
                driver.findElement(By.id("goals:3:bar")).getText());
        screenshot("campaign-progress-leader.png");
    }

    private static void type(String id, String text) {
        WebElement input = driver.findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    private static void screenshot(String name) {
        try {
            Path folder = Path.of("target", "screenshots");
            Files.createDirectories(folder);
            Files.write(folder.resolve(name), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
