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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The register, its gaps, a volunteer team and event photos in headless Chromium: 临江县's preparedness clerk
 * sees 白沙乡 without an assistant, appoints one (the phone shown masked) and the gap closes, then ends the
 * post after confirming and the gap is back; the team shows its members masked and its hours; a photo uploaded
 * to a new event awaiting approval shows as a thumbnail; a city user sees the county column and filter.
 * Screenshots go to target/screenshots.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PreparednessRegisterBrowserIT {

    private static final By GAP_ROWS = By.cssSelector("[id='listForm:gaps_data'] > tr");
    private static final By HOLDER_ROWS = By.cssSelector("[id='listForm:holders_data'] > tr[data-ri]");

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

    private static boolean assistantGapOfBaisha() {
        return driver.findElements(GAP_ROWS).stream().map(WebElement::getText)
                .anyMatch(text -> text.contains("白沙乡") && text.contains("防震减灾助理员"));
    }

    @Test
    void theClerkClosesAGapOfTheRegisterAndOpensItAgain() {
        browser.signIn("lj.prep");
        browser.open("/preparedness/register-gaps.xhtml");
        wait.until(d -> d.findElements(GAP_ROWS).isEmpty() ? null : true);
        assertTrue(driver.findElements(By.id("filters:filterCounty")).isEmpty(), "a county user has no county filter");
        assertTrue(assistantGapOfBaisha(), driver.findElement(By.id("listForm:gaps_data")).getText());
        assertTrue(driver.findElement(By.id("listForm:gaps_data")).getText().contains("沙坪村"));
        // 12 posts held of the demo's 17 (70.6%), more required once other test classes add townships
        String completeness = driver.findElement(By.id("listForm:completeness_data")).getText();
        assertTrue(completeness.contains("12") && completeness.contains("%"), completeness);
        browser.screenshot("register-gaps-clerk.png");

        browser.open("/preparedness/register.xhtml");
        String name = TestData.uniqueName("助理员");
        browser.choose("appointForm:post", "防震减灾助理员");
        browser.choose("appointForm:placeId", "白沙乡");
        driver.findElement(By.id("appointForm:name")).sendKeys(name);
        driver.findElement(By.id("appointForm:phone")).sendKeys("13812345678");
        browser.click(By.id("appointForm:appointButton"));
        wait.until(d -> d.findElement(By.id("appointForm:name")).getDomProperty("value").isEmpty() ? true : null);
        WebElement row = wait.until(d -> d.findElements(HOLDER_ROWS).stream()
                .filter(r -> r.getText().contains(name)).findFirst().orElse(null));
        assertTrue(row.getText().contains("138****5678"), row.getText());
        assertFalse(driver.getPageSource().contains("13812345678"), "the whole number is never shown");
        browser.screenshot("register-clerk.png");

        browser.open("/preparedness/register-gaps.xhtml");
        wait.until(d -> d.findElements(GAP_ROWS).isEmpty() ? null : true);
        assertFalse(assistantGapOfBaisha(), "白沙乡 has its assistant");

        browser.open("/preparedness/register.xhtml");
        WebElement appointed = wait.until(d -> d.findElements(HOLDER_ROWS).stream()
                .filter(r -> r.getText().contains(name)).findFirst().orElse(null));
        browser.click(By.id(appointed.findElement(By.cssSelector("button[id$=':end']")).getDomAttribute("id")));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("endForm:confirmEnd")));
        browser.click(By.id("endForm:confirmEnd"));
        wait.until(d -> d.findElements(HOLDER_ROWS).stream().noneMatch(r -> r.getText().contains(name)) ? true : null);

        browser.open("/preparedness/register-gaps.xhtml");
        wait.until(d -> d.findElements(GAP_ROWS).isEmpty() ? null : true);
        assertTrue(assistantGapOfBaisha(), "the post is open again");
    }

    @Test
    void theTeamShowsItsMembersMaskedAndItsHoursAndAnEventItsPhotos() throws IOException {
        browser.signIn("lj.prep");
        browser.open("/preparedness/volunteers.xhtml");
        browser.click(By.linkText("城关镇地震灾害志愿者队"));
        browser.waitForUrl("/preparedness/volunteer-team.xhtml");
        wait.until(ExpectedConditions.textToBe(By.id("teamHours"), "25.0"));
        String members = driver.findElement(By.id("members_data")).getText();
        assertTrue(members.contains("137****0002"), members);
        browser.screenshot("volunteer-team-clerk.png");

        Path photo = Files.createTempFile("广场", ".jpg");
        BufferedImage image = new BufferedImage(320, 200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x2E7D32));
        g.fillRect(0, 0, 320, 200);
        g.setColor(Color.WHITE);
        g.fillRect(40, 60, 240, 80);
        g.dispose();
        ImageIO.write(image, "jpg", photo.toFile());
        browser.open("/preparedness/event.xhtml?id=" + PreparednessRegisterApiIT.recordedEvent());
        driver.findElement(By.cssSelector("[id='photoForm'] input[type='file']")).sendKeys(photo.toString());
        browser.click(By.id("photoForm:upload"));
        WebElement thumbnail = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[id='photoForm:photoGallery'] img.wb-thumb")));
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return arguments[0].complete && arguments[0].naturalWidth > 0", thumbnail)) ? true : null);
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView()",
                driver.findElement(By.id("photos")));
        browser.screenshot("event-photos-clerk.png");
        Files.delete(photo);
    }

    @Test
    void aCityUserSeesTheCountiesOfTheRegister() {
        browser.signIn("leader");
        browser.open("/preparedness/register-gaps.xhtml");
        wait.until(d -> d.findElements(GAP_ROWS).isEmpty() ? null : true);
        assertFalse(driver.findElements(By.id("filters:filterCounty")).isEmpty(), "a city user chooses a county");
        String gaps = driver.findElement(By.id("listForm:gaps_data")).getText();
        assertTrue(gaps.contains("临江县") && gaps.contains("云岭县"), gaps);
        assertTrue(driver.findElements(By.id("appointForm:appointButton")).isEmpty());
        browser.screenshot("register-gaps-leader.png");
        browser.open("/preparedness/volunteers.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("listForm:teams:county")));
        browser.screenshot("volunteers-leader.png");
    }

}
