package cn.kejiju.workbench;

import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Headless Debian Chromium for the page tests, in Chinese, with the few moves that make PrimeFaces pages
 * reliable to drive: signing in, choosing from a select menu, clicking what the sticky header may cover.
 * One per test class: start it in {@code @BeforeAll}, close it in {@code @AfterAll}. Where Chromium or its
 * driver is not installed, {@link #start()} aborts the test class (skipped, not failed).
 */
public final class Browser implements AutoCloseable {

    /** The password of the demo accounts. */
    public static final String DEMO_PASSWORD = "Demo@2026";

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
    /** Long enough for a page of a busy test server on two shared cores. */
    private static final Duration WAIT = Duration.ofSeconds(20);
    /** How long a select menu's label may take to show the chosen item before the choice counts as missed. */
    private static final Duration CHOICE_SHOWN = Duration.ofSeconds(4);
    private static final int CHOICE_ATTEMPTS = 3;

    private final WebDriver driver;
    private final WebDriverWait wait;

    private Browser(WebDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, WAIT);
        // AJAX updates replace elements while a condition looks at them: look again rather than fail. Chromium
        // reports some of those replacements not as a stale element but as an inspector error ("Node with given id
        // does not belong to the document"), a plain WebDriverException; the wait's timeout keeps the last one as
        // its cause, so a real failure still shows what it was
        this.wait.ignoring(StaleElementReferenceException.class);
        this.wait.ignoring(WebDriverException.class);
    }

    /** Starts Chromium, or aborts the calling test class where it is not installed. */
    public static Browser start() {
        return new Browser(chrome());
    }

    /**
     * Starts Chromium saving downloads into the given folder (created if missing): headless Chromium only
     * saves a download when told where, through the DevTools protocol.
     */
    public static Browser start(Path downloads) {
        try {
            Files.createDirectories(downloads);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeDriver chrome = chrome();
        chrome.executeCdpCommand("Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", downloads.toAbsolutePath().toString()));
        return new Browser(chrome);
    }

    /**
     * Debian's Chromium and ChromeDriver (apt packages chromium, chromium-driver), headless, in zh-CN both
     * for the interface and for the Accept-Language header the application picks its bundle by, with a
     * window wide enough for the desktop layout. Sandbox, GPU and /dev/shm are off because containers lack
     * them; background networking, component updates and sync because a test has no use for them.
     */
    private static ChromeDriver chrome() {
        assumeTrue(CHROMIUM.canExecute() && CHROMEDRIVER.canExecute(),
                "Chromium and ChromeDriver are not installed (apt-get install chromium chromium-driver)");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--lang=zh-CN", "--window-size=1400,1000");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN,zh"));
        // the console, for what the Content-Security-Policy blocked (policyViolations)
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER)
                .usingAnyFreePort()
                .build();
        return new ChromeDriver(service, options);
    }

    /**
     * Puts the browser in a time zone whose date is not the bureau's at this moment (UTC-12 while the
     * bureau's clock reads before 18:00, UTC+14 after), so that a page that took "today" from the browser
     * would show the wrong day; answers the browser's own date, which differs from {@link BureauClock#today()}.
     */
    public LocalDate inAnotherDayThanTheBureau() {
        String zone = BureauClock.now().getHour() < 18 ? "Etc/GMT+12" : "Pacific/Kiritimati";
        ((ChromeDriver) driver).executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", zone));
        open("/login.xhtml");
        String browsersDay = (String) ((JavascriptExecutor) driver).executeScript(
                "const d = new Date(); return d.getFullYear() + '-' + String(d.getMonth() + 1).padStart(2, '0')"
                        + " + '-' + String(d.getDate()).padStart(2, '0');");
        LocalDate day = LocalDate.parse(browsersDay);
        if (day.equals(BureauClock.today())) {
            throw new IllegalStateException("the browser in " + zone + " still has the bureau's date " + day);
        }
        return day;
    }

    public WebDriver driver() {
        return driver;
    }

    /** The wait of the page tests: 20 seconds, ignoring elements gone stale under an AJAX update. */
    public WebDriverWait waitFor() {
        return wait;
    }

    /** Opens a page of the application by its path, e.g. {@code /enterprise/list.xhtml?q=x}, under {@link Api#BASE}. */
    public void open(String path) {
        driver.get(Api.BASE + path);
    }

    /** Waits until the address of the window contains the given part; answers the address. */
    public String waitForUrl(String part) {
        return wait.until(d -> d.getCurrentUrl().contains(part) ? d.getCurrentUrl() : null);
    }

    /**
     * Signs in on the login page and waits until it is left. The cookies are cleared first, so that this
     * also switches from one account to another (signing the former out of this browser).
     */
    public void signIn(String username, String password) {
        driver.manage().deleteAllCookies();
        open("/login.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("loginForm:username"))).sendKeys(username);
        driver.findElement(By.id("loginForm:password")).sendKeys(password);
        driver.findElement(By.id("loginForm:login")).click();
        wait.until(d -> d.getCurrentUrl().contains("/login") ? null : true);
    }

    /** Signs in with a demo account ({@value #DEMO_PASSWORD}). */
    public void signIn(String username) {
        signIn(username, DEMO_PASSWORD);
    }

    /**
     * Finds the element and scrolls it to the middle of the window: at the top the sticky header would
     * cover it, at the bottom edge a panel it opens would not fit, and either way a click would land on
     * something else.
     */
    public WebElement centre(By by) {
        WebElement element = wait.until(ExpectedConditions.presenceOfElementLocated(by));
        scroll(element, "center");
        return element;
    }

    /**
     * Scrolls the element to the middle of the window (see {@link #centre(By)}) and clicks it once clickable.
     * A click that another element would receive (an overlay still closing) is not delivered by ChromeDriver,
     * so it is tried again until the way is clear.
     */
    public void click(By by) {
        centre(by);
        wait.until(d -> {
            WebElement element = ExpectedConditions.elementToBeClickable(by).apply(d);
            if (element == null) {
                return null;
            }
            try {
                element.click();
                return true;
            } catch (ElementClickInterceptedException covered) {
                return null;
            }
        });
    }

    /**
     * Waits until the dialog is shown and has placed the focus inside itself. PrimeFaces moves the focus to a
     * dialog's first field a moment after the dialog becomes visible (a timer of its own); keys sent before that
     * moment may land in the first field instead of the one meant. Answers the dialog.
     */
    public WebElement dialog(String id) {
        By by = By.id(id);
        WebElement shown = wait.until(ExpectedConditions.visibilityOfElementLocated(by));
        wait.until(d -> "false".equals(d.findElement(by).getDomAttribute("aria-hidden"))
                && Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                        "return arguments[0].contains(document.activeElement);", d.findElement(by))) ? true : null);
        return shown;
    }

    /**
     * Types {@code text} into the field, and returns once the field holds exactly it. A dialog that has just opened
     * may still move the focus to its first field (a date picker) while the keys are sent, and they then land
     * there: the field is cleared and typed into again until it holds the text (and whatever took the keys is
     * left to the form's own check).
     */
    public void type(By by, String text) {
        wait.until(d -> {
            WebElement field = ExpectedConditions.elementToBeClickable(by).apply(d);
            if (field == null) {
                return null;
            }
            field.click();
            field.clear();
            field.sendKeys(text);
            return text.equals(field.getDomProperty("value")) ? true : null;
        });
    }

    /**
     * Opens a PrimeFaces select menu and clicks the item with the given label, then checks that the menu
     * shows it. Each measure answers a way such a click was seen to go wrong:
     * <ul>
     * <li>jQuery animations are switched off, so that the panel does not slide under the click;</li>
     * <li>the menu is scrolled to the middle of the window, so that neither the sticky header nor the
     * window's edge covers the panel;</li>
     * <li>a menu with a filter (a long list) is narrowed to the label, since the item may be far down a
     * panel that scrolls on its own, and the item is then scrolled into the panel's view;</li>
     * <li>the method returns only once the panel has closed: until then it covers what lies below it, and
     * the next click would land on one of its items;</li>
     * <li>a click that still misses (the panel closed under it, it landed beside the item or on the panel
     * before PrimeFaces placed it, or the label did not change) closes the panel and is tried again, up
     * to three times.</li>
     * </ul>
     */
    public void choose(String menuId, String label) {
        ((JavascriptExecutor) driver).executeScript("if (window.jQuery) { jQuery.fx.off = true; }");
        By item = By.cssSelector("[id='" + menuId + "_items'] li.ui-selectonemenu-item[data-label='" + label + "']");
        WebDriverWait shown = new WebDriverWait(driver, CHOICE_SHOWN);
        for (int attempt = 1; ; attempt++) {
            try {
                WebElement menu = driver.findElement(By.id(menuId));
                scroll(menu, "center");
                menu.click();
                List<WebElement> filter = driver.findElements(By.id(menuId + "_filter"));
                if (!filter.isEmpty()) {
                    wait.until(ExpectedConditions.visibilityOf(filter.get(0)));
                    filter.get(0).clear();
                    filter.get(0).sendKeys(label);
                }
                scroll(wait.until(ExpectedConditions.visibilityOfElementLocated(item)), "nearest");
                wait.until(ExpectedConditions.elementToBeClickable(item)).click();
                shown.until(ExpectedConditions.textToBe(By.id(menuId + "_label"), label));
                wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id(menuId + "_panel")));
                return;
            } catch (TimeoutException | ElementNotInteractableException missed) {
                // ElementNotInteractableException includes ElementClickInterceptedException
                if (attempt == CHOICE_ATTEMPTS) {
                    throw missed;
                }
                driver.findElement(By.tagName("body")).sendKeys(Keys.ESCAPE);
            }
        }
    }

    /**
     * Opens a PrimeFaces check-box menu, ticks the item whose label contains the text and closes the panel by a
     * click on {@code outside} (animations off, so that the panel does not move under the click).
     */
    public void tick(String menuId, String label, By outside) {
        ((JavascriptExecutor) driver).executeScript("if (window.jQuery) { jQuery.fx.off = true; }");
        By item = By.xpath("//div[@id='" + menuId + "_panel']//li[contains(@class,'ui-selectcheckboxmenu-item')]"
                + "[.//label[contains(.,'" + label + "')]]//div[contains(@class,'ui-chkbox-box')]");
        for (int attempt = 1; ; attempt++) {
            try {
                click(By.id(menuId));
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(menuId + "_panel")));
                scroll(wait.until(ExpectedConditions.visibilityOfElementLocated(item)), "nearest");
                wait.until(ExpectedConditions.elementToBeClickable(item)).click();
                wait.until(ExpectedConditions.attributeContains(item, "class", "ui-state-active"));
                break;
            } catch (TimeoutException | ElementNotInteractableException missed) {
                if (attempt == CHOICE_ATTEMPTS) {
                    throw missed;
                }
                driver.findElement(By.tagName("body")).sendKeys(Keys.ESCAPE);
            }
        }
        driver.findElement(outside).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id(menuId + "_panel")));
    }

    /**
     * Types into a PrimeFaces autocomplete (a single choice) and picks the suggestion with the given label,
     * then waits until the field shows it.
     */
    public void suggest(String autoCompleteId, String typed, String label) {
        ((JavascriptExecutor) driver).executeScript("if (window.jQuery) { jQuery.fx.off = true; }");
        WebElement input = centre(By.id(autoCompleteId + "_input"));
        input.clear();
        input.sendKeys(typed);
        By suggestion = By.cssSelector("[id='" + autoCompleteId + "_panel'] li.ui-autocomplete-item[data-item-label='"
                + label + "']");
        wait.until(ExpectedConditions.elementToBeClickable(suggestion)).click();
        wait.until(d -> label.equals(d.findElement(By.id(autoCompleteId + "_input")).getDomProperty("value")) ? true : null);
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id(autoCompleteId + "_panel")));
    }

    private void scroll(WebElement element, String block) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: arguments[1]});", element, block);
    }

    /** What the console reported as blocked by the Content-Security-Policy since the last call. */
    public List<String> policyViolations() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy")).toList();
    }

    /**
     * Keeps what the browser shows (target/screenshots/{@code name}, a .png, with the page's HTML beside it), for
     * the reader of the report and of a failure.
     */
    public void screenshot(String name) {
        try {
            Path folder = Path.of("target", "screenshots");
            Files.createDirectories(folder);
            Files.write(folder.resolve(name), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            Files.writeString(folder.resolve(name.replace(".png", ".html")), driver.getPageSource());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Quits Chromium and its driver. */
    @Override
    public void close() {
        driver.quit();
    }
}
