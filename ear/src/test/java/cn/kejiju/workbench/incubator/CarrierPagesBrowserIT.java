package cn.kejiju.workbench.incubator;

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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The carrier pages in headless Chromium, in Chinese: the county incubator clerk registers a carrier,
 * adds units in the dialog (a repeated room is refused next to the field) and sees the total area; a city
 * leader sees the county column and filter and no editing. Screenshots go to target/screenshots.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CarrierPagesBrowserIT {

    private static final By ROWS = By.cssSelector("[id='listForm:carriers_data'] > tr[data-ri]");
    private static final By UNIT_ROWS = By.cssSelector("[id='unitsForm:units_data'] > tr[data-ri]");

    /** A demo enterprise of 临江县 that no other browser test lets. */
    private static final String ENTERPRISE = "江州天沅化工有限公司";

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
    void theCountyClerkRegistersACarrierAndAddsUnits() {
        browser.signIn("lj.incubator");
        browser.open("/incubator/carriers.xhtml");
        wait.until(d -> d.findElements(ROWS).isEmpty() ? null : true);
        assertTrue(driver.findElements(By.id("filters:filterCounty")).isEmpty(), "a county user has no county filter");
        assertTrue(driver.findElement(By.id("listForm:carriers_data")).getText().contains("长春同心创业科技园"));
        assertTrue(!driver.findElement(By.id("listForm:carriers_data")).getText().contains("云岭青创众创空间"),
                "another county's carrier is not listed");
        browser.screenshot("carriers-county-clerk.png");

        browser.click(By.id("create"));
        String name = TestData.uniqueName("浏览器孵化器");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("editForm:name"))).sendKeys(name);
        browser.choose("editForm:kind", "孵化器");
        driver.findElement(By.id("editForm:operator")).sendKeys("测试运营公司");
        browser.click(By.id("editForm:save"));
        browser.waitForUrl("/incubator/carrier.xhtml");
        assertEquals(name, wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("name"))).getText());
        assertEquals("临江县", driver.findElement(By.id("county")).getText());

        addUnit("301", "120.55");
        wait.until(d -> d.findElements(UNIT_ROWS).size() == 1 ? true : null);
        wait.until(ExpectedConditions.textToBe(By.id("totalArea"), "120.55"));
        addUnit("302", "80.45");
        wait.until(d -> d.findElements(UNIT_ROWS).size() == 2 ? true : null);
        wait.until(ExpectedConditions.textToBe(By.id("totalArea"), "201.00"));

        addUnit("301", "10");
        String refusal = wait.until(d -> {
            String text = d.findElement(By.id("unitForm:roomCodeMessage")).getText();
            return text.isBlank() ? null : text;
        });
        assertTrue(refusal.contains("房间号不能重复"), refusal);
        assertEquals("201.00", driver.findElement(By.id("totalArea")).getText(), "nothing was added");
        // the refused field keeps what the clerk typed, to be corrected rather than typed again
        WebElement room = driver.findElement(By.id("unitForm:roomCode"));
        assertEquals("301", room.getAttribute("value"), "the room code after the refusal");
        assertTrue(room.getAttribute("class").contains("ui-state-error"), "the room code is marked");
        assertEquals("10", driver.findElement(By.id("unitForm:area")).getAttribute("value"), "the area after the refusal");
        browser.screenshot("carrier-units-clerk.png");
        room.clear();
        room.sendKeys("303");
        browser.click(By.id("unitForm:saveUnit"));
        wait.until(d -> d.findElements(UNIT_ROWS).size() == 3 ? true : null);
        wait.until(ExpectedConditions.textToBe(By.id("totalArea"), "211.00"));
    }

    @Test
    void aCityLeaderSeesTheCountyColumnAndFilterButNoEditing() {
        browser.signIn("leader");
        browser.open("/incubator/carriers.xhtml");
        wait.until(d -> d.findElements(ROWS).isEmpty() ? null : true);
        List<String> counties = driver.findElements(By.cssSelector("[id='listForm:carriers_data'] td[id$=':county'], "
                + "[id='listForm:carriers_data'] > tr > td:nth-child(2)")).stream().map(WebElement::getText).toList();
        assertTrue(counties.contains("临江县") && counties.contains("云岭县"), counties.toString());
        assertTrue(driver.findElements(By.id("create")).isEmpty(), "the leader registers nothing");
        browser.screenshot("carriers-city-leader.png");

        browser.choose("filters:filterCounty", "云岭县");
        browser.click(By.id("filters:search"));
        wait.until(d -> d.findElement(By.id("listForm:carriers_data")).getText().contains("长春同心创业科技园") ? null : true);
        assertTrue(driver.findElement(By.id("listForm:carriers_data")).getText().contains("云岭青创众创空间"));

        browser.open("/incubator/carrier.xhtml?id=1");
        assertEquals("11,423.00", wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("totalArea"))).getText());
        assertTrue(driver.findElements(By.id("unitsForm:newUnit")).isEmpty());
        assertTrue(driver.findElements(By.id("edit")).isEmpty());
    }

    @Test
    void theClerkLetsAUnitSeesTheOccupancyChangeAndRecordsTheExitAfterConfirming() {
        browser.signIn("lj.incubator");
        By room401 = By.cssSelector("#grid .wb-tile[data-room='401']");
        browser.open("/incubator/occupancy.xhtml?id=1");
        assertEquals("FREE", wait.until(ExpectedConditions.presenceOfElementLocated(room401)).getDomAttribute("data-occupancy"));
        assertEquals("LET", driver.findElement(By.cssSelector("#grid .wb-tile[data-room='101']")).getDomAttribute("data-occupancy"));

        // the carrier is found by typing (the pinyin initials of 长春同心创业科技园), not in a menu of 200
        browser.open("/incubator/letting.xhtml");
        browser.suggest("lettingForm:carrierId", "txcy", "长春同心创业科技园（临江县）");
        // its choice fetched the carrier's units (an ajax update of the units' menu): wait until it has come back
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return window.PrimeFaces && PrimeFaces.ajax.Queue.isEmpty();")) ? true : null);
        browser.tick("lettingForm:unitIds", "A座 401", By.cssSelector("#lettingForm .wb-form-hint"));
        // the enterprise is found by the pinyin initials of its name (江州天沅化工: jztyhg)
        browser.suggest("lettingForm:enterpriseId", "jzty", ENTERPRISE);
        browser.click(By.id("lettingForm:save"));
        browser.waitForUrl("/incubator/agreement.xhtml");
        assertEquals("执行中", wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("status"))).getText());
        String agreementUrl = driver.getCurrentUrl();

        browser.open("/incubator/occupancy.xhtml?id=1");
        WebElement tile = wait.until(ExpectedConditions.presenceOfElementLocated(room401));
        assertEquals("LET", tile.getDomAttribute("data-occupancy"));
        assertTrue(tile.getText().contains(ENTERPRISE), tile.getText());
        browser.screenshot("occupancy-county-clerk.png");

        driver.get(agreementUrl);
        browser.click(By.id("actions:exit"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("exitDialog")));
        wait.until(d -> d.findElement(By.id("exitForm:exitDate_input")).getDomProperty("value").isEmpty() ? null : true);
        browser.choose("exitForm:reason", "迁出");
        browser.click(By.id("exitForm:saveExit"));
        browser.click(By.id("exitForm:confirmYes"));
        wait.until(ExpectedConditions.textToBe(By.id("status"), "已终止"));
        assertTrue(driver.findElement(By.id("exitInfo")).getText().contains("迁出"));
        assertTrue(driver.findElements(By.id("actions:exit")).isEmpty(), "an ended agreement offers no exit");
    }

    @Test
    void aCityLeaderSeesTheOccupancyButNoLetting() {
        browser.signIn("leader");
        browser.open("/incubator/occupancy.xhtml?id=1");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#grid .wb-tile[data-room='C01']")));
        assertTrue(driver.findElements(By.cssSelector("#grid .wb-tile[data-occupancy='LET']")).size() >= 16,
                "the seed's 16 start-ups");
        assertFalse(driver.findElements(By.id("dayForm:building")).isEmpty(), "the park's two buildings can be chosen");
        browser.screenshot("occupancy-city-leader.png");
        browser.open("/incubator/occupancy.xhtml?id=1&building=B%E5%8C%BA"); // B区: the factory halls only
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#grid .wb-tile[data-room='C01']")));
        assertEquals(6, driver.findElements(By.cssSelector("#grid .wb-tile")).size(), "B区 has six halls");
        assertEquals("7,199.00", driver.findElement(By.id("totalArea")).getText(), "the area of B区");
        browser.open("/incubator/agreements.xhtml");
        wait.until(d -> d.findElements(By.cssSelector("[id='listForm:agreements_data'] > tr[data-ri]")).isEmpty() ? null : true);
        assertTrue(driver.findElements(By.id("create")).isEmpty(), "the leader lets nothing");
        browser.screenshot("agreements-city-leader.png");
    }

    private static void addUnit(String room, String area) {
        browser.click(By.id("unitsForm:newUnit"));
        browser.dialog("unitDialog");
        browser.type(By.id("unitForm:building"), "A座");
        browser.type(By.id("unitForm:floor_input"), "3");
        browser.type(By.id("unitForm:roomCode"), room);
        browser.choose("unitForm:kind", "写字楼");
        browser.type(By.id("unitForm:area"), area);
        browser.type(By.id("unitForm:listRent"), "25.5");
        browser.click(By.id("unitForm:saveUnit"));
    }

}
