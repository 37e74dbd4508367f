package cn.kejiju.workbench.summary;

import cn.kejiju.workbench.Browser;
import cn.kejiju.workbench.Deployments;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
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
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The work summary page in headless Chromium, in Chinese: 临江县's clerk generates the first half-year's draft,
 * reads the seed's commissioner sentence, clicks a figure and lands on its records; then, for a span of its own
 * (so that reruns do not meet an approved summary), writes the highlights, saves a version and downloads the
 * .docx; the city's leader chooses 临江县 and approves the version after confirming, and the summary is frozen.
 * Screenshots go to target/screenshots.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SummaryPagesBrowserIT {

    private static final Path DOWNLOADS = Path.of("target", "downloads", "summary");
    private static final By VERSION_ROWS = By.cssSelector("[id='versionsForm:versions_data'] > tr[data-ri]");

    private static Browser browser;
    private static WebDriver driver;
    private static WebDriverWait wait;

    @Deployment(testable = false)
    public static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @BeforeAll
    static void startBrowser() {
        browser = Browser.start(DOWNLOADS);
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
    void theClerkGeneratesSavesAndDownloadsTheLeaderApproves() throws Exception {
        browser.signIn("lj.clerk");
        browser.open("/summary/draft.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("periodForm:generate")));
        assertTrue(driver.findElements(By.id("periodForm:county")).isEmpty(), "a county user has no county choice");
        if (!"2026".equals(driver.findElement(By.id("periodForm:year_label")).getText())) {
            browser.choose("periodForm:year", "2026"); // the demo's year; the page offers this year first
        }
        browser.click(By.id("periodForm:generate"));
        WebElement title = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("summaryTitle")));
        assertEquals("临江县科技局2026年上半年工作总结", title.getText());
        String headcount = driver.findElement(By.cssSelector("p.wb-summary-body[data-section='commissioner']")).getText();
        assertTrue(headcount.startsWith("2026年上半年全县选派科技特派员"), headcount);
        assertTrue(headcount.contains("其中农业科技特派员由14名增加到"), headcount);
        browser.screenshot("summary-clerk.png");

        // a figure opens the list of its records
        browser.click(By.cssSelector("a[data-figure='commissioner.agriculture']"));
        String list = browser.waitForUrl("/commissioner/list.xhtml");
        assertTrue(list.contains("field=AGRICULTURE") && list.contains("county=2"), list);
        wait.until(d -> d.findElements(By.cssSelector("tr[data-ri]")).isEmpty() ? null : true);

        // a span of its own: save a version with the highlights, download it
        LocalDate from = LocalDate.of(2001, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(0, 5000));
        browser.open("/summary/draft.xhtml");
        chooseSpan(from);
        browser.click(By.id("periodForm:generate"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("summaryTitle")));
        assertTrue(driver.findElements(VERSION_ROWS).isEmpty(), "nothing saved for this span yet");
        driver.findElement(By.id("narrativeForm:highlights")).sendKeys("科技特派员服务覆盖全部重点村");
        browser.click(By.id("narrativeForm:save"));
        wait.until(d -> d.findElements(VERSION_ROWS).size() == 1 ? true : null);
        assertTrue(driver.findElements(By.id("versionsForm:versions:0:approve")).isEmpty(), "the clerk does not approve");
        browser.click(By.id("toolbarForm:download"));
        Path docx = wait.until(d -> downloaded());
        try (InputStream in = Files.newInputStream(docx); XWPFDocument document = new XWPFDocument(in)) {
            assertTrue(document.getParagraphs().get(0).getText().startsWith("临江县科技局"),
                    document.getParagraphs().get(0).getText());
            assertTrue(document.getParagraphs().stream().anyMatch(p -> p.getText().equals("科技特派员服务覆盖全部重点村")));
            assertTrue(document.getTables().size() >= 4, "a table of figures per section");
        }

        // the city's leader approves the clerk's version of 临江县
        browser.signIn("leader");
        browser.open("/summary/draft.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("periodForm:county")));
        chooseSpan(from);
        browser.choose("periodForm:county", "临江县");
        browser.click(By.id("periodForm:generate"));
        wait.until(d -> d.findElements(VERSION_ROWS).size() == 1 ? true : null);
        assertTrue(driver.findElements(By.id("narrativeForm:save")).isEmpty(), "the leader does not prepare");
        browser.click(By.id("versionsForm:versions:0:approve"));
        browser.click(By.id("versionsForm:confirmYes"));
        WebElement frozen = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("toolbarForm:frozen")));
        assertTrue(frozen.getText().contains("已审定第 1 稿"), frozen.getText());
        assertTrue(driver.findElements(By.id("versionsForm:versions:0:approve")).isEmpty(), "frozen");
        browser.screenshot("summary-leader-approved.png");
        assertTrue(browser.policyViolations().isEmpty(), browser.policyViolations().toString());
    }

    /** The custom kind and a span of 31 days from {@code from}. */
    private static void chooseSpan(LocalDate from) {
        browser.choose("periodForm:kind", "自定义");
        WebElement start = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("periodForm:from_input")));
        type(start, from.toString());
        type(driver.findElement(By.id("periodForm:to_input")), from.plusDays(30).toString());
    }

    /** Sets a date picker's text as typed (the picker's overlay and mask left aside). */
    private static void type(WebElement input, String text) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", input, text);
    }

    private static Path downloaded() {
        try (Stream<Path> files = Files.list(DOWNLOADS)) {
            Optional<Path> docx = files.filter(p -> p.toString().endsWith(".docx")).findFirst();
            return docx.orElse(null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
