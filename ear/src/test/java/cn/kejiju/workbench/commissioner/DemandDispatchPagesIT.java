package cn.kejiju.workbench.commissioner;

import cn.kejiju.workbench.PageClient;
import cn.kejiju.workbench.TestData;
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
import org.openqa.selenium.ElementClickInterceptedException;
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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A demand in headless Chromium, in Chinese: the clerk of 临江县 records the demand of a village, sees
 * the commissioner whose field and specialty match it ranked first, dispatches that commissioner and
 * lands on the new assignment.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DemandDispatchPagesIT {

    private static final String BASE = System.getProperty("workbench.baseUrl", "http://localhost:28080/workbench");
    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Demo village 东岭村 of 城关镇, 临江县. */
    private static final String VILLAGE = "东岭村";

    private static WebDriver driver;
    private static WebDriverWait wait;

    @Deployment(testable = false)
    public static EnterpriseArchive deployment() {
        return cn.kejiju.workbench.Deployments.ear();
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
        driver.get(BASE + "/login.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("loginForm:username"))).sendKeys("lj.clerk");
        driver.findElement(By.id("loginForm:password")).sendKeys("Demo@2026");
        driver.findElement(By.id("loginForm:login")).click();
        wait.until(d -> d.getCurrentUrl().contains("/login") ? null : true);
    }

    @AfterAll
    static void quitBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void postingADemandRanksTheMatchingCommissionerFirstAndDispatchingLandsOnTheAssignment() {
        String specialty = TestData.uniqueName("蓝莓");
        String name = TestData.uniqueName("蓝莓专家");
        registerCommissioner(name, specialty);

        driver.get(BASE + "/commissioner/demand.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("postForm:problem")));
        choose("postForm:targetKind", "村/社区");
        // the villages arrive with the AJAX update of the target field; its panel is built when first opened
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//select[@id='postForm:targetId_input']//option[text()='" + VILLAGE + "']")));
        choose("postForm:targetId", VILLAGE);
        choose("postForm:field", "农业");
        driver.findElement(By.id("postForm:problem")).sendKeys("需要" + specialty + "的种植技术指导");
        driver.findElement(By.id("postForm:post")).click();

        wait.until(d -> d.getCurrentUrl().contains("/commissioner/demand.xhtml?id=") ? true : null);
        assertEquals(VILLAGE, wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("target"))).getText());
        WebElement first = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.id("dispatchForm:candidates:0:candidateLink")));
        assertEquals(name, first.getText(), "the commissioner whose field and specialty match comes first");

        driver.findElement(By.id("dispatchForm:candidates:0:dispatch")).click();

        wait.until(d -> d.getCurrentUrl().contains("/commissioner/assignment.xhtml?id=") ? true : null);
        assertEquals(name, wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("commissioner"))).getText());
        assertEquals(VILLAGE, driver.findElement(By.id("target")).getText());
        assertTrue(driver.findElement(By.id("status")).getText().contains("派驻中"));
    }

    /** Registers an agricultural commissioner of 临江县 through the edit form (plain form post). */
    private static void registerCommissioner(String name, String specialty) {
        String first17 = "350102" + (1970 + RANDOM.nextInt(30)) + String.format("%02d%02d%03d",
                1 + RANDOM.nextInt(12), 1 + RANDOM.nextInt(28), RANDOM.nextInt(500) * 2 + 1);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("kind_input", "INDIVIDUAL");
        fields.put("gender", "MALE");
        fields.put("residentId", first17 + ResidentId.checkCharacter(first17));
        fields.put("phone", "137" + String.format("%08d", RANDOM.nextInt(100_000_000)));
        fields.put("title_input", "ASSOCIATE_SENIOR");
        fields.put("specialties_hinput", specialty);
        fields.put("employerId_input", "");
        fields.put("employerName", "省农业科学院");
        fields.put("employerCategory_input", "INSTITUTE");
        fields.put("field_input", "AGRICULTURE");
        fields.put("dispatchLevel_input", "CITY");
        fields.put("postedOn_input", "2026-01-10");
        PageClient clerk = new PageClient().login("lj.clerk", "Demo@2026").open("/commissioner/edit.xhtml")
                .submit("editForm", fields, "save");
        Matcher saved = Pattern.compile("/commissioner/detail\\.xhtml\\?id=\\d+").matcher(clerk.url());
        assertTrue(saved.find(), "the commissioner is registered: " + clerk.url());
    }

    private static By item(String menuId, String label) {
        return By.cssSelector("[id='" + menuId + "_items'] li.ui-selectonemenu-item[data-label='" + label + "']");
    }

    /**
     * Opens a PrimeFaces select menu and clicks the item with the given label, as EnterprisePagesIT does:
     * animations off, a missed click (or one that lands on the panel before it is placed) retried.
     */
    private static void choose(String menuId, String label) {
        ((JavascriptExecutor) driver).executeScript("if (window.jQuery) { jQuery.fx.off = true; }");
        By item = item(menuId, label);
        WebDriverWait shortWait = new WebDriverWait(driver, Duration.ofSeconds(4));
        for (int attempt = 1; ; attempt++) {
            try {
                driver.findElement(By.id(menuId)).click();
                wait.until(ExpectedConditions.elementToBeClickable(item)).click();
                shortWait.until(ExpectedConditions.textToBe(By.id(menuId + "_label"), label));
                return;
            } catch (TimeoutException | ElementClickInterceptedException missed) {
                if (attempt == 3) {
                    throw missed;
                }
                driver.findElement(By.tagName("body")).sendKeys(Keys.ESCAPE);
            }
        }
    }
}
