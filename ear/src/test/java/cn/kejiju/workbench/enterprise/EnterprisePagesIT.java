package cn.kejiju.workbench.enterprise;

import cn.kejiju.workbench.Api;
import cn.kejiju.workbench.Browser;
import cn.kejiju.workbench.Deployments;
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

import java.io.File;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Objects;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The enterprise pages in headless Chromium, in Chinese: the list narrows to a name and leads to the
 * 360 page; the edit page refuses a credit code with a wrong check character next to the field.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EnterprisePagesIT {

    /** Demo enterprise 100. */
    private static final String LANGUANG_NAME = "江州蓝光电子有限公司";
    private static final String LANGUANG_CREDIT_CODE = "91359921AY4CL12THU";
    /** Well formed, but by GB 32100-2015 the check character is 3, not 4. */
    private static final String WRONG_CHECK_CHARACTER = "91350100M000100Y44";

    private static final By TABLE_ROWS = By.cssSelector("[id='listForm:enterprises_data'] > tr[data-ri]");
    private static final By NAME_LINKS = By.cssSelector("[id='listForm:enterprises_data'] a[id$=':nameLink']");
    private static final By EMPTY_TABLE = By.cssSelector("[id='listForm:enterprises_data'] > tr.ui-datatable-empty-message");

    private static final File DOWNLOADS = new File("target/downloads/enterprise").getAbsoluteFile();

    private static Browser browser;
    private static WebDriver driver;
    private static WebDriverWait wait;

    @Deployment(testable = false)
    public static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @BeforeAll
    static void startBrowser() {
        browser = Browser.start(DOWNLOADS.toPath());
        driver = browser.driver();
        wait = browser.waitFor();
        browser.signIn("lj.clerk");
    }

    @AfterAll
    static void quitBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void searchNarrowsTheListAndTheNameOpensTheEnterprise() {
        browser.open("/enterprise/list.xhtml");
        int firstPage = wait.until(d -> {
            int rows = d.findElements(TABLE_ROWS).size();
            return rows > 0 ? rows : null;
        });
        int inCounty = Api.get("/api/v1/enterprises?size=1&jurisdictionId=2").json().getInt("total");
        assertEquals(Math.min(20, inCounty), firstPage, "the clerk sees the first page of 临江县's enterprises");

        WebElement text = driver.findElement(By.id("filters:filterText"));
        text.clear();
        text.sendKeys("蓝光");
        driver.findElement(By.id("filters:search")).click();

        List<String> names = wait.until(d -> {
            List<String> shown = d.findElements(NAME_LINKS).stream().map(WebElement::getText).toList();
            return !shown.isEmpty() && shown.size() < firstPage && shown.stream().allMatch(n -> n.contains("蓝光"))
                    ? shown : null;
        });
        assertEquals(List.of(LANGUANG_NAME), names);

        driver.findElement(By.linkText(LANGUANG_NAME)).click();
        WebElement creditCode = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("creditCode")));
        assertTrue(driver.getCurrentUrl().contains("/enterprise/detail.xhtml"), driver.getCurrentUrl());
        assertEquals(LANGUANG_CREDIT_CODE, creditCode.getText());
        assertEquals(LANGUANG_NAME, driver.findElement(By.id("name")).getText());
    }

    @Test
    void anotherCountysEnterpriseReadsAsNotFound() {
        browser.open("/enterprise/detail.xhtml?id=101");
        WebElement text = wait.until(ExpectedConditions.visibilityOfElementLocated(By.className("wb-error-text")));
        assertTrue(text.getText().contains("页面不存在") || driver.getTitle().contains("页面不存在"), driver.getTitle());
        assertTrue(driver.findElements(By.id("creditCode")).isEmpty(), "nothing of the record is shown");
    }

    @Test
    void excelExportHoldsTheFilteredRowsWithMaskedPhones() throws IOException {
        for (File old : Objects.requireNonNull(DOWNLOADS.listFiles(File::isFile))) {
            Files.delete(old.toPath());
        }
        browser.open("/enterprise/list.xhtml?q=" + URLEncoder.encode("蓝光", StandardCharsets.UTF_8));
        wait.until(d -> d.findElements(TABLE_ROWS).size() == 1 ? true : null);

        driver.findElement(By.id("exportForm:exportExcel")).click();

        File workbook = wait.until(d -> {
            File[] done = DOWNLOADS.listFiles((dir, name) -> name.endsWith(".xlsx"));
            return done != null && done.length == 1 && done[0].length() > 0 ? done[0] : null;
        });
        String sheetText;
        try (ZipFile zip = new ZipFile(workbook)) {
            ZipEntry strings = zip.getEntry("xl/sharedStrings.xml");
            ZipEntry sheet = zip.getEntry("xl/worksheets/sheet1.xml");
            sheetText = (strings == null ? "" : new String(zip.getInputStream(strings).readAllBytes(), StandardCharsets.UTF_8))
                    + new String(zip.getInputStream(sheet).readAllBytes(), StandardCharsets.UTF_8);
        }
        assertTrue(sheetText.contains(LANGUANG_NAME), "the filtered enterprise is exported");
        assertTrue(sheetText.contains(LANGUANG_CREDIT_CODE));
        assertTrue(!sheetText.contains("力拓能源"), "rows outside the filter are not exported");
        assertTrue(sheetText.contains("****"), "phones are masked in the export");
    }

    @Test
    void editPageRefusesAWrongCheckCharacterNextToTheFieldAndSavesNothing() {
        browser.open("/enterprise/edit.xhtml");
        WebElement creditCode = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("editForm:creditCode")));
        creditCode.sendKeys(WRONG_CHECK_CHARACTER);
        driver.findElement(By.id("editForm:name")).sendKeys("校验位测试企业");
        browser.choose("editForm:kind", "企业");
        browser.choose("editForm:townshipId", "城关镇");
        driver.findElement(By.id("editForm:save")).click();

        WebElement message = wait.until(d -> {
            WebElement shown = d.findElement(By.id("editForm:creditCodeMessage"));
            return shown.getText().isBlank() ? null : shown;
        });
        assertTrue(message.getText().contains("校验位") && message.getText().contains("应为 3"), message.getText());
        WebElement field = message.findElement(By.xpath("..")).findElement(By.id("editForm:creditCode"));
        assertTrue(field.getDomAttribute("class").contains("ui-state-error"), "the field is marked invalid");
        assertTrue(driver.getCurrentUrl().contains("/enterprise/edit.xhtml"), driver.getCurrentUrl());

        browser.open("/enterprise/list.xhtml?q=" + URLEncoder.encode(WRONG_CHECK_CHARACTER, StandardCharsets.UTF_8));
        wait.until(ExpectedConditions.presenceOfElementLocated(EMPTY_TABLE));
        assertTrue(driver.findElements(TABLE_ROWS).isEmpty(), "nothing was saved under that code");
    }
}
