package cn.kejiju.workbench.commissioner;

import cn.kejiju.workbench.Browser;
import cn.kejiju.workbench.BureauClock;
import cn.kejiju.workbench.Deployments;
import cn.kejiju.workbench.TestData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The commissioner programme end to end in headless Chromium, in Chinese, entirely through the pages: a
 * clerk of 临江县 registers a commissioner on the registry form, assigns it to a village on the assignment
 * page, logs a training visit with people trained and a new variety; a leader approves it on the review
 * page and sees the statistics change by exactly that visit. The log is saved as a draft, refused for review
 * without evidence, and submitted once a photo is attached; the leader sees the photo in the review dialog
 * and reads the log on its read-only page before approving. Each step is a method of its own. Every run
 * makes its own commissioner (unique name, random valid resident ID), so it passes on a database that
 * keeps the records of earlier runs and the demo data.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CommissionerFlowBrowserIT {

    /** Demo village 东岭村 of 城关镇, 临江县. */
    private static final String VILLAGE = "东岭村";

    private static Browser browser;
    private static LocalDate browsersDay;
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

    /** The pages work under the full Content-Security-Policy: nothing of theirs was blocked. */
    @AfterEach
    void nothingWasBlockedByThePolicy() {
        assertEquals(List.of(), browser.policyViolations());
    }

    @AfterAll
    static void quitBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    /**
     * The whole flow runs in a browser whose date is not the bureau's: every date the pages offer and
     * store is the bureau's (the server's clock), never the browser's.
     */
    @Test
    void aLoggedTrainingVisitCountsInTheStatisticsOnceALeaderApprovesIt() {
        browsersDay = browser.inAnotherDayThanTheBureau();
        browser.signIn("lj.clerk");
        String name = TestData.uniqueName("流程特派员");
        long commissionerId = registerCommissioner(name, "水稻栽培");
        Assigned assigned = assignToVillage(commissionerId, name, VILLAGE);
        String variety = TestData.uniqueName("临稻");
        int people = 37;
        long logId = logTrainingVisit(assigned, people, variety);
        assertEquals("待审核", statusOfLog(logId));

        browser.signIn("leader");
        Map<String, String> before = statisticsFigures();
        leaderSeesThePhotoAndReadsTheLogPage(assigned.commissioner(), logId);
        approveLogOf(assigned.commissioner());
        Map<String, String> after = statisticsFigures();

        assertEquals(number(before, "visits") + 1, number(after, "visits"), "one more visit");
        assertEquals(number(before, "trainings") + 1, number(after, "trainings"), "one more training");
        assertEquals(number(before, "peopleTrained") + people, number(after, "peopleTrained"), "people trained");
        assertEquals(number(before, "varietiesDistinct") + 1, number(after, "varietiesDistinct"), "a new variety");
        assertEquals(number(before, "varietyIntroductions") + 1, number(after, "varietyIntroductions"));

        browser.signIn("lj.clerk");
        assertEquals("已通过", statusOfLog(logId));
        assertEquals(variety, driver.findElement(By.cssSelector("[id='introductionsForm:introductions_data'] [id$=':name']")).getText(),
                "the approved log lists its variety for the adoption record");
    }

    /** A commissioner and the name of the target as the assignment menu shows them. */
    record Assigned(String commissioner, String target) {
    }

    /**
     * Step: the clerk registers an individual agricultural commissioner of the own county on the registry
     * form (posted today, the form's default); answers the id the detail page it lands on shows.
     */
    private static long registerCommissioner(String name, String specialty) {
        browser.open("/commissioner/edit.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("editForm:name"))).sendKeys(name);
        assertTrue(driver.findElements(By.id("editForm:countyId")).isEmpty(), "a county clerk registers in the own county");
        browser.choose("editForm:kind", "个人特派员");
        browser.click(By.xpath("//*[@id='editForm:gender']//label[normalize-space(text())='男']"));
        driver.findElement(By.id("editForm:residentId")).sendKeys(TestData.residentId());
        driver.findElement(By.id("editForm:phone")).sendKeys(TestData.mobilePhone());
        browser.choose("editForm:title", "副高");
        browser.centre(By.id("editForm:specialties_input")).sendKeys(specialty, Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath("//*[@id='editForm:specialties']"
                + "//li[contains(@class,'ui-chips-token')][contains(.,'" + specialty + "')]")));
        driver.findElement(By.id("editForm:employerName")).sendKeys("省农业科学院");
        browser.choose("editForm:employerCategory", "科研院所");
        browser.choose("editForm:field", "农业");
        browser.choose("editForm:dispatchLevel", "县派");
        browser.click(By.id("editForm:save"));

        String detail = browser.waitForUrl("/commissioner/detail.xhtml?");
        long id = Long.parseLong(detail.replaceAll(".*[?&]id=(\\d+).*", "$1"));
        assertTrue(wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("body"))).getText().contains(name),
                "the detail page shows the registered commissioner");
        return id;
    }

    /**
     * Step: from the commissioner's detail page the clerk opens a new assignment (the commissioner is
     * preselected), chooses the village, keeps the default period (today for a year) and enters the goals;
     * lands on the assignment.
     */
    private static Assigned assignToVillage(long commissionerId, String name, String village) {
        browser.open("/commissioner/detail.xhtml?id=" + commissionerId);
        browser.click(By.id("openAssignment"));
        browser.waitForUrl("/commissioner/assignment.xhtml?commissionerId=" + commissionerId);
        WebElement chosen = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("openForm:commissionerId_input")));
        assertTrue(chosen.getAttribute("value").startsWith(name + "（"),
                "the commissioner is preselected with their county and load: " + chosen.getAttribute("value"));
        browser.choose("openForm:targetKind", "村/社区");
        // the villages arrive with the AJAX update of the target field
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//select[@id='openForm:targetId_input']//option[text()='" + village + "']")));
        browser.choose("openForm:targetId", village);
        driver.findElement(By.id("openForm:goals")).sendKeys("示范推广水稻新品种，培训种植户");
        browser.click(By.id("openForm:open"));

        browser.waitForUrl("/commissioner/assignment.xhtml?id=");
        assertEquals(name, wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("commissioner"))).getText());
        assertEquals(village, driver.findElement(By.id("target")).getText());
        assertEquals("派驻中", driver.findElement(By.id("status")).getText());
        return new Assigned(name, village);
    }

    /** Step: the clerk logs a training with people trained and a new variety; answers the log's id. */
    private static long logTrainingVisit(Assigned assigned, int people, String variety) {
        browser.open("/commissioner/log.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("logForm:assignmentId")));
        browser.choose("logForm:assignmentId", assigned.commissioner() + " – " + assigned.target());
        assertEquals(BureauClock.today().toString(), serviceDate(),
                "a new log is dated the bureau's today, not the browser's " + browsersDay);
        browser.choose("logForm:kind", "技术培训");
        WebElement trained = driver.findElement(By.id("logForm:peopleTrained_input"));
        trained.click();
        trained.sendKeys(String.valueOf(people));
        driver.findElement(By.id("logForm:summary")).sendKeys("举办水稻绿色高产技术培训班，现场讲解新品种栽培要点");
        addChip("logForm:varieties", variety);
        browser.click(By.id("logForm:save"));

        wait.until(d -> d.getCurrentUrl().contains("/commissioner/log.xhtml?") && d.getCurrentUrl().contains("id=")
                ? true : null);
        String url = driver.getCurrentUrl();
        long logId = Long.parseLong(url.replaceAll(".*[?&]id=(\\d+).*", "$1"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("logForm:serviceDate_input")));
        assertEquals(BureauClock.today().toString(), serviceDate(), "the saved log keeps the bureau's date");
        assertEquals("草稿", driver.findElement(By.id("status")).getText(), "saved as a draft first");

        // without evidence the draft is not submitted: the refusal stands next to the evidence section's file
        browser.click(By.id("logForm:submit"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("evidenceForm:fileMessage"), "佐证材料"));
        assertEquals("草稿", driver.findElement(By.id("status")).getText(), "still a draft");

        // with a photo it is
        attachPhoto();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[id='evidenceForm:gallery'] img.wb-thumb")));
        browser.click(By.id("logForm:submit"));
        wait.until(ExpectedConditions.textToBe(By.id("status"), "待审核"));
        return logId;
    }

    /** Step: the clerk chooses a photo (a real PNG) in the evidence section and uploads it. */
    private static void attachPhoto() {
        try {
            Path photo = Files.createTempFile("site-photo", ".png");
            Files.write(photo, TestData.png());
            photo.toFile().deleteOnExit();
            WebElement input = wait.until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("#evidenceForm input[type='file']")));
            input.sendKeys(photo.toAbsolutePath().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        browser.click(By.id("evidenceForm:upload"));
    }

    /**
     * Step: the leader opens the log in the review dialog, sees the photo as a thumbnail that loaded (a
     * screenshot of the dialog is kept in target/screenshots), and opens the log's read-only page from it.
     */
    private static void leaderSeesThePhotoAndReadsTheLogPage(String commissioner, long logId) {
        reviewRowOf(commissioner);
        browser.click(By.xpath("//tbody[@id='approvalsForm:logs_data']/tr[.//*[normalize-space(text())='"
                + commissioner + "']]//a[contains(@id,':show')]"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("logDialog")));
        By thumbnail = By.cssSelector("[id='dialogEvidence'] img.wb-thumb");
        WebElement image = wait.until(ExpectedConditions.visibilityOfElementLocated(thumbnail));
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return arguments[0].complete && arguments[0].naturalWidth > 0;", image)) ? true : null);
        assertTrue(image.getSize().getWidth() <= 200, "a thumbnail, scaled down: " + image.getSize());
        assertEquals("_blank", image.findElement(By.xpath("./ancestor::a")).getDomAttribute("target"),
                "the full photo opens in a new tab");
        browser.screenshot("approval-dialog-leader.png");

        WebElement openLog = driver.findElement(By.id("openLog"));
        assertEquals("_blank", openLog.getDomAttribute("target"));
        String href = openLog.getDomProperty("href");
        assertTrue(href.contains("id=" + logId), href);
        driver.get(href);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("readOnly")));
        assertTrue(driver.findElements(By.id("logForm")).isEmpty(), "no form to change for the leader");
        assertTrue(driver.findElements(By.id("evidenceForm:upload")).isEmpty(), "no upload for the leader");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[id='evidenceForm:gallery'] img.wb-thumb")));
        assertEquals("待审核", driver.findElement(By.id("status")).getText());
        browser.screenshot("log-page-leader.png");
    }

    private static String serviceDate() {
        return driver.findElement(By.id("logForm:serviceDate_input")).getDomProperty("value");
    }

    private static String statusOfLog(long logId) {
        browser.open("/commissioner/log.xhtml?id=" + logId);
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("status"))).getText();
    }

    /** Step: the figures of this year as the statistics page shows them, by key. */
    private static Map<String, String> statisticsFigures() {
        browser.open("/commissioner/statistics.xhtml");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".wb-figure[data-key='visits']")));
        assertTrue(driver.findElement(By.id("figuresForm:monthChart")).isDisplayed(), "the month chart is drawn");
        return driver.findElements(By.cssSelector(".wb-figure")).stream()
                .collect(Collectors.toMap(e -> e.getDomAttribute("data-key"), WebElement::getText));
    }

    /**
     * Step: the leader approves the log of the commissioner on the review page, turning its pages until the
     * row shows (logs left waiting by other tests may come first).
     */
    private static void approveLogOf(String commissioner) {
        reviewRowOf(commissioner);
        By approve = By.xpath("//tbody[@id='approvalsForm:logs_data']/tr[.//*[normalize-space(text())='" + commissioner
                + "']]//button[contains(@id,':approve')]");
        browser.click(approve);
        // approving is irreversible: the dialog names the log and asks first
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("confirmYes")));
        assertTrue(driver.findElement(By.cssSelector(".ui-confirm-dialog-message")).getText().contains(commissioner),
                "the confirmation names the commissioner");
        browser.click(By.id("confirmYes"));
        wait.until(d -> d.findElements(approve).isEmpty() ? true : null);
    }

    /** Opens the review page and turns its pages until the commissioner's row shows; answers the row. */
    private static By reviewRowOf(String commissioner) {
        browser.open("/commissioner/approvals.xhtml");
        By row = By.xpath("//tbody[@id='approvalsForm:logs_data']/tr[.//*[normalize-space(text())='" + commissioner + "']]");
        By next = By.cssSelector("[id='approvalsForm:logs'] .ui-paginator-next:not(.ui-state-disabled)");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("approvalsForm:logs_data")));
        while (driver.findElements(row).isEmpty()) {
            List<WebElement> nextPage = driver.findElements(next);
            assertTrue(!nextPage.isEmpty(), "the log of " + commissioner + " waits for review");
            String report = driver.findElement(By.cssSelector("[id='approvalsForm:logs'] .ui-paginator-current")).getText();
            browser.click(next);
            wait.until(d -> report.equals(d.findElement(By.cssSelector("[id='approvalsForm:logs'] .ui-paginator-current"))
                    .getText()) ? null : true);
        }
        return row;
    }

    private static long number(Map<String, String> figures, String key) {
        assertTrue(figures.containsKey(key), key + " in " + figures);
        return Long.parseLong(figures.get(key).strip());
    }

    /** Types a name into a chips autocomplete and picks it (the typed name is always the first suggestion). */
    private static void addChip(String autoCompleteId, String name) {
        browser.centre(By.id(autoCompleteId + "_input")).sendKeys(name);
        By suggestion = By.cssSelector("[id='" + autoCompleteId + "_panel'] li.ui-autocomplete-item[data-item-label='"
                + name + "']");
        wait.until(ExpectedConditions.elementToBeClickable(suggestion)).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath("//*[@id='" + autoCompleteId
                + "']//li[contains(@class,'ui-autocomplete-token')][contains(.,'" + name + "')]")));
    }
}
