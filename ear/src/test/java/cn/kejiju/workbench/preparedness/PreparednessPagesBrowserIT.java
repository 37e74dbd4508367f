package cn.kejiju.workbench.preparedness;

import cn.kejiju.workbench.Browser;
import cn.kejiju.workbench.Deployments;
import cn.kejiju.workbench.TestData;
import jakarta.json.JsonObject;
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


import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The preparedness pages in headless Chromium, in Chinese: the county's preparedness clerk plans a campaign,
 * receives readers into stock, records the square event and issues readers to it (too many is refused next
 * to the quantity); the leader approves the event after confirming, and the campaign's progress, its calendar
 * and the statistics count it. The clerk scores a township's year, the leader confirms it and it is frozen.
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
        browser.screenshot("event-clerk.png");

        browser.open("/preparedness/statistics.xhtml");
        browser.screenshot("statistics-clerk.png");

        browser.signIn("leader");
        long eventsBefore = figure("events");
        long peopleBefore = figure("people");
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
        wait.until(d -> d.findElements(By.cssSelector("[id='calendarForm:calendar'] .fc-event")).isEmpty() ? null : true);
        assertTrue(driver.findElement(By.id("calendarForm:calendar")).getText().contains("月兔广场"),
                "the calendar shows the event");
        browser.screenshot("campaign-progress-leader.png");

        // the approved event counts in the statistics of the year
        assertEquals(eventsBefore + 1, figure("events"));
        assertEquals(peopleBefore + 300, figure("people"));
        browser.screenshot("statistics-leader.png");
    }

    @Test
    void theClerkScoresATownshipAndTheLeaderConfirmsIt() {
        JsonObject township = PreparednessFixtures.township();
        String page = "/preparedness/assessment.xhtml?township=" + township.getJsonNumber("id").longValue();

        browser.signIn("lj.prep");
        browser.open("/preparedness/assessments.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("results:townships")));
        assertTrue(driver.findElement(By.id("results:townships")).getText().contains(township.getString("name")));
        browser.screenshot("assessments-clerk.png");

        browser.open(page);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("scoreForm:criteria:0:score")));
        // a manual criterion without evidence is refused, naming the criterion
        type("scoreForm:criteria:0:score", "18");
        browser.click(By.id("scoreForm:save"));
        String refusal = wait.until(d -> {
            String text = d.findElement(By.id("scoreForm:messages")).getText();
            return text.isBlank() ? null : text;
        });
        assertTrue(refusal.contains("组织领导") && refusal.contains("评分依据"), refusal);
        driver.findElement(By.id("scoreForm:criteria:0:evidence")).sendKeys("成立防震减灾工作领导小组");
        type("scoreForm:criteria:3:score", "16");
        driver.findElement(By.id("scoreForm:criteria:3:evidence")).sendKeys("村（社区）测报员配齐");
        type("scoreForm:criteria:4:score", "12");
        driver.findElement(By.id("scoreForm:criteria:4:evidence")).sendKeys("申报县级示范学校");
        browser.click(By.id("scoreForm:save"));
        wait.until(ExpectedConditions.textToBe(By.id("status"), "评分中"));
        // no events: publicity and drills pre-filled with 0
        assertEquals("46.0", driver.findElement(By.id("total")).getText());
        assertEquals("不达标", driver.findElement(By.id("grade")).getText());
        assertTrue(driver.findElements(By.id("scoreForm:confirm")).isEmpty(), "the clerk does not confirm");
        browser.screenshot("assessment-clerk.png");

        browser.signIn("leader");
        browser.open(page);
        browser.click(By.id("scoreForm:confirm"));
        browser.click(By.id("scoreForm:confirmYes"));
        wait.until(ExpectedConditions.textToBe(By.id("status"), "已确认"));
        assertTrue(driver.findElements(By.id("scoreForm:confirm")).isEmpty(), "confirmed once");
        browser.screenshot("assessment-leader.png");

        browser.signIn("lj.prep");
        browser.open(page);
        wait.until(ExpectedConditions.textToBe(By.id("status"), "已确认"));
        assertTrue(driver.findElements(By.id("scoreForm:save")).isEmpty(), "frozen: nothing to save");
    }

    /** A figure of the statistics page (the current year) as shown. */
    private static long figure(String key) {
        browser.open("/preparedness/statistics.xhtml");
        WebElement value = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[data-key='" + key + "']")));
        return Long.parseLong(value.getText().trim());
    }

    private static void type(String id, String text) {
        WebElement input = driver.findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

}
