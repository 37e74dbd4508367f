package cn.kejiju.workbench.commissioner;

import cn.kejiju.workbench.Deployments;
import cn.kejiju.workbench.shared.ResidentId;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementNotInteractableException;
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
import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The commissioner programme end to end in headless Chromium, in Chinese, entirely through the pages: a
 * clerk of 临江县 registers a commissioner on the registry form, assigns it to a village on the assignment
 * page, logs a training visit with people trained and a new variety; a leader approves it on the review
 * page and sees the statistics change by exactly that visit. Each step is a method of its own. Every run
 * makes its own commissioner (unique name, random valid resident ID), so it passes on a database that
 * keeps the records of earlier runs and the demo data.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CommissionerFlowBrowserIT {

    private static final String BASE = System.getProperty("workbench.baseUrl", "http://localhost:28080/workbench");
    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
    private static final String PASSWORD = "Demo@2026";
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Demo village 东岭村 of 城关镇, 临江县. */
    private static final String VILLAGE = "东岭村";

    private static WebDriver driver;
    private static WebDriverWait wait;

    @Deployment(testable = false)
    public static EnterpriseArchive deployment() {
        return Deployments.ear();
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
        String name = "流程特派员" + Long.toString(System.nanoTime(), 36).toUpperCase();
        long commissionerId = registerCommissioner(name, "水稻栽培");
        Assigned assigned = assignToVillage(commissionerId, name, VILLAGE);
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
     * Step: the clerk registers an individual agricultural commissioner of the own county on the registry
     * form (posted today, the form's default); answers the id the detail page it lands on shows.
     */
    private static long registerCommissioner(String name, String specialty) {
        driver.get(BASE + "/commissioner/edit.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("editForm:name"))).sendKeys(name);
        assertTrue(driver.findElements(By.id("editForm:countyId")).isEmpty(), "a county clerk registers in the own county");
        choose("editForm:kind", "个人特派员");
        WebElement male = driver.findElement(By.xpath("//*[@id='editForm:gender']//label[normalize-space(text())='男']"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", male);
        male.click();
        driver.findElement(By.id("editForm:residentId")).sendKeys(residentId());
        driver.findElement(By.id("editForm:phone")).sendKeys("137" + String.format("%08d", RANDOM.nextInt(100_000_000)));
        choose("editForm:title", "副高");
        WebElement specialties = driver.findElement(By.id("editForm:specialties_input"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", specialties);
        specialties.sendKeys(specialty, Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath("//*[@id='editForm:specialties']"
                + "//li[contains(@class,'ui-chips-token')][contains(.,'" + specialty + "')]")));
        driver.findElement(By.id("editForm:employerName")).sendKeys("省农业科学院");
        choose("editForm:employerCategory", "科研院所");
        choose("editForm:field", "农业");
        choose("editForm:dispatchLevel", "县派");
        click(By.id("editForm:save"));

        wait.until(d -> d.getCurrentUrl().contains("/commissioner/detail.xhtml?") ? true : null);
        long id = Long.parseLong(driver.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));
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
        driver.get(BASE + "/commissioner/detail.xhtml?id=" + commissionerId);
        click(By.id("openAssignment"));
        wait.until(d -> d.getCurrentUrl().contains("/commissioner/assignment.xhtml?commissionerId=" + commissionerId)
                ? true : null);
        WebElement chosen = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("openForm:commissionerId_label")));
        assertTrue(chosen.getText().startsWith(name + "（"), "the commissioner is preselected: " + chosen.getText());
        choose("openForm:targetKind", "村/社区");
        // the villages arrive with the AJAX update of the target field
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//select[@id='openForm:targetId_input']//option[text()='" + village + "']")));
        choose("openForm:targetId", village);
        driver.findElement(By.id("openForm:goals")).sendKeys("示范推广水稻新品种，培训种植户");
        click(By.id("openForm:open"));

        wait.until(d -> d.getCurrentUrl().contains("/commissioner/assignment.xhtml?id=") ? true : null);
        assertEquals(name, wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("commissioner"))).getText());
        assertEquals(village, driver.findElement(By.id("target")).getText());
        assertEquals("派驻中", driver.findElement(By.id("status")).getText());
        return new Assigned(name, village);
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

    /**
     * Step: the leader approves the log of the commissioner on the review page, turning its pages until the
     * row shows (logs left waiting by other tests may come first).
     */
    private static void approveLogOf(String commissioner) {
        driver.get(BASE + "/commissioner/approvals.xhtml");
        By row = By.xpath("//tbody[@id='approvalsForm:logs_data']/tr[.//*[normalize-space(text())='" + commissioner + "']]");
        By approve = By.xpath("//tbody[@id='approvalsForm:logs_data']/tr[.//*[normalize-space(text())='" + commissioner
                + "']]//button[contains(@id,':approve')]");
        By next = By.cssSelector("[id='approvalsForm:logs'] .ui-paginator-next:not(.ui-state-disabled)");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("approvalsForm:logs_data")));
        while (driver.findElements(row).isEmpty()) {
            List<WebElement> nextPage = driver.findElements(next);
            assertTrue(!nextPage.isEmpty(), "the log of " + commissioner + " waits for review");
            String report = driver.findElement(By.cssSelector("[id='approvalsForm:logs'] .ui-paginator-current")).getText();
            click(next);
            wait.until(d -> report.equals(d.findElement(By.cssSelector("[id='approvalsForm:logs'] .ui-paginator-current"))
                    .getText()) ? null : true);
        }
        click(approve);
        wait.until(d -> d.findElements(approve).isEmpty() ? true : null);
    }

    /** Scrolls the element to the middle of the window (clear of the sticky header) and clicks it. */
    private static void click(By by) {
        WebElement element = wait.until(ExpectedConditions.presenceOfElementLocated(by));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        wait.until(ExpectedConditions.elementToBeClickable(by)).click();
    }

    /** A valid resident ID (GB 11643 check character) of a man born 1965–1999, random so every run has its own. */
    private static String residentId() {
        LocalDate born = LocalDate.of(1965, 1, 1).plusDays(RANDOM.nextInt(12_500));
        String first17 = "350102" + born.format(DateTimeFormatter.BASIC_ISO_DATE) + String.format("%03d",
                RANDOM.nextInt(500) * 2 + 1);
        return first17 + ResidentId.checkCharacter(first17);
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
            try {
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
                shortWait.until(ExpectedConditions.textToBe(By.id(menuId + "_label"), label));
                return;
            } catch (TimeoutException | ElementNotInteractableException missed) {
                // the panel closed under the click, or the click landed beside the item: close it and try again
                if (attempt == 3) {
                    throw missed;
                }
                driver.findElement(By.tagName("body")).sendKeys(Keys.ESCAPE);
            }
        }
    }
}
