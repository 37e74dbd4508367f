package cn.kejiju.workbench.commissioner;

import cn.kejiju.workbench.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The commissioner programme end to end in headless Chromium, in Chinese: a clerk of 临江县 has a
 * commissioner assigned to a village, logs a training visit with people trained and a new variety;
 * a leader approves it on the review page and sees the statistics change by exactly that visit.
 * Each step is a method of its own, so the registry and assignment steps can replace the fixture.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CommissionerFlowBrowserIT {

    private static final String BASE = System.getProperty("workbench.baseUrl", "http://localhost:28080/workbench");
    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
    private static final String PASSWORD = "Demo@2026";

    private static WebDriver driver;
    private static WebDriverWait wait;

    @Deployment(testable = false)
    public static EnterpriseArchive deployment() {
        return ShrinkWrap.create(EnterpriseArchive.class, "workbench-CommissionerFlowBrowserIT.ear")
                .merge(Deployments.earWith(CommissionerFixtureServlet.class));
    }

    @BeforeAll
    static void startBrowser() {
        assumeTrue(CHROMIUM.canExecute() && CHROMEDRIVER.canExecute(),
                "Chromium and ChromeDriver are not installed (apt-get install chromium chromium-driver)");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--lang=zh-CN", "--window-size=1400,1000");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN,zh"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER)
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        wait.ignoring(StaleElementReferenceException.class);
    }

    @AfterAll
    static void quitBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void aLoggedTrainingVisitCountsInTheStatisticsOnceALeaderApprovesIt() {
        signIn("lj.clerk");
        Assigned assigned = commissionerAssignedToAVillage();
        String variety = "临稻" + Long.toString(System.nanoTime(), 36).toUpperCase();
        int people = 37;
        long logId = logTrainingVisit(assigned, people, variety);
        assertEquals("待审核", statusOfLog(logId));

        signIn("leader");
        Map<String, String> before = statisticsFigures();
        approveLogOf(assigned.commissioner());
        Map<String, String> after = statisticsFigures();

        assertEquals(number(before, "visits") + 1, number(after, "visits"), "one more visit");
        assertEquals(number(before, "trainings") + 1, number(after, "trainings"), "one more training");
        assertEquals(number(before, "peopleTrained") + people, number(after, "peopleTrained"), "people trained");
        assertEquals(number(before, "varietiesDistinct") + 1, number(after, "varietiesDistinct"), "a new variety");
        assertEquals(number(before, "varietyIntroductions") + 1, number(after, "varietyIntroductions"));

        signIn("lj.clerk");
        assertEquals("已通过", statusOfLog(logId));
        assertEquals(variety, driver.findElement(By.cssSelector("[id='introductionsForm:introductions_data'] [id$=':name']")).getText(),
                "the approved log lists its variety for the adoption record");
    }

    /** A commissioner and the name of the target as the assignment menu shows them. */
    record Assigned(String commissioner, String target) {
    }

    /**
     * Step: a commissioner of the clerk's county assigned to a village. Until the registry and assignment
     * pages exist this goes through the test fixture, in the clerk's session and the real services.
     */
    private static Assigned commissionerAssignedToAVillage() {
        driver.get(BASE + "/test/commissioner-fixture?op=assignment");
        String text = wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("body"))).getText();
        Map<String, String> values = text.lines().filter(line -> line.contains("="))
                .collect(Collectors.toMap(line -> line.substring(0, line.indexOf('=')),
                        line -> line.substring(line.indexOf('=') + 1)));
        assertTrue(values.containsKey("assignmentId"), text);
        return new Assigned(values.get("name"), values.get("target"));
    }

    /** Step: the clerk logs a training with people trained and a new variety; answers the log's id. */
    private static long logTrainingVisit(Assigned assigned, int people, String variety) {
        driver.get(BASE + "/commissioner/log.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("logForm:assignmentId")));
        choose("logForm:assignmentId", assigned.commissioner() + " – " + assigned.target());
        choose("logForm:kind", "技术培训");
        WebElement trained = driver.findElement(By.id("logForm:peopleTrained_input"));
        trained.click();
        trained.sendKeys(String.valueOf(people));
        driver.findElement(By.id("logForm:summary")).sendKeys("举办水稻绿色高产技术培训班，现场讲解新品种栽培要点");
        addChip("logForm:varieties", variety);
        WebElement save = driver.findElement(By.id("logForm:save"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", save);
        save.click();

        wait.until(d -> d.getCurrentUrl().contains("/commissioner/log.xhtml?") && d.getCurrentUrl().contains("id=")
                ? true : null);
        String url = driver.getCurrentUrl();
        return Long.parseLong(url.replaceAll(".*[?&]id=(\\d+).*", "$1"));
    }

    private static String statusOfLog(long logId) {
        driver.get(BASE + "/commissioner/log.xhtml?id=" + logId);
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("status"))).getText();
    }

    /** Step: the figures of this year as the statistics page shows them, by key. */
    private static Map<String, String> statisticsFigures() {
        driver.get(BASE + "/commissioner/statistics.xhtml");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".wb-figure[data-key='visits']")));
        assertTrue(driver.findElement(By.id("figuresForm:monthChart")).isDisplayed(), "the month chart is drawn");
        return driver.findElements(By.cssSelector(".wb-figure")).stream()
                .collect(Collectors.toMap(e -> e.getDomAttribute("data-key"), WebElement::getText));
    }

    /** Step: the leader approves the log of the commissioner on the review page. */
    private static void approveLogOf(String commissioner) {
        driver.get(BASE + "/commissioner/approvals.xhtml");
        By approve = By.xpath("//tbody[@id='approvalsForm:logs_data']/tr[.//*[normalize-space(text())='" + commissioner
                + "']]//button[contains(@id,':approve')]");
        wait.until(ExpectedConditions.elementToBeClickable(approve)).click();
        wait.until(d -> d.findElements(approve).isEmpty() ? true : null);
    }

    private static void signIn(String username) {
        driver.manage().deleteAllCookies();
        driver.get(BASE + "/login.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("loginForm:username"))).sendKeys(username);
        driver.findElement(By.id("loginForm:password")).sendKeys(PASSWORD);
        driver.findElement(By.id("loginForm:login")).click();
        wait.until(d -> d.getCurrentUrl().contains("/login") ? null : true);
    }

    private static long number(Map<String, String> figures, String key) {
        assertTrue(figures.containsKey(key), key + " in " + figures);
        return Long.parseLong(figures.get(key).strip());
    }

    /** Types a name into a chips autocomplete and picks it (the typed name is always the first suggestion). */
    private static void addChip(String autoCompleteId, String name) {
        WebElement input = driver.findElement(By.id(autoCompleteId + "_input"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", input);
        input.sendKeys(name);
        By suggestion = By.cssSelector("[id='" + autoCompleteId + "_panel'] li.ui-autocomplete-item[data-item-label='"
                + name + "']");
        wait.until(ExpectedConditions.elementToBeClickable(suggestion)).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath("//*[@id='" + autoCompleteId
                + "']//li[contains(@class,'ui-autocomplete-token')][contains(.,'" + name + "')]")));
    }

    /**
     * Opens a PrimeFaces select menu and clicks the item with the given label. jQuery animations are switched off
     * first so the panel does not move under the click, the menu is scrolled to the middle of the window, and a
     * menu with a filter is narrowed to the label; a click that still misses is retried.
     */
    private static void choose(String menuId, String label) {
        ((JavascriptExecutor) driver).executeScript("if (window.jQuery) { jQuery.fx.off = true; }");
        By item = By.cssSelector("[id='" + menuId + "_items'] li.ui-selectonemenu-item[data-label='" + label + "']");
        WebDriverWait shortWait = new WebDriverWait(driver, Duration.ofSeconds(4));
        for (int attempt = 1; ; attempt++) {
            // in the middle of the window, so that neither the sticky header nor the window's edge covers the panel
            WebElement menu = driver.findElement(By.id(menuId));
            ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", menu);
            menu.click();
            List<WebElement> filter = driver.findElements(By.id(menuId + "_filter"));
            if (!filter.isEmpty()) {
                // a long list: narrow it to the one item, which may be far down a scrolling panel
                wait.until(ExpectedConditions.visibilityOf(filter.get(0)));
                filter.get(0).clear();
                filter.get(0).sendKeys(label);
            }
            WebElement option = wait.until(ExpectedConditions.visibilityOfElementLocated(item));
            ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'nearest'});", option);
            wait.until(ExpectedConditions.elementToBeClickable(item)).click();
            try {
                shortWait.until(ExpectedConditions.textToBe(By.id(menuId + "_label"), label));
                return;
            } catch (TimeoutException missed) {
                if (attempt == 3) {
                    throw missed;
                }
                driver.findElement(By.tagName("body")).sendKeys(Keys.ESCAPE);
            }
        }
    }
}
