package cn.kejiju.workbench.financing;

import cn.kejiju.workbench.Api;
import cn.kejiju.workbench.Browser;
import cn.kejiju.workbench.Deployments;
import cn.kejiju.workbench.PageClient;
import jakarta.json.JsonObject;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The financing statistics page in headless Chromium, in Chinese: the city leader reads the table of counties,
 * the figures (the same as the API's for the period shown, in 元 and 万元), the compensation rate's definition,
 * the guarantee companies and the charts, then chooses 云岭县; 云岭县's clerk sees only the own county. The Excel
 * export has the title block on every sheet, Chinese sheet names and amounts as numbers.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FinancingStatisticsBrowserIT {

    private static final Pattern PERIOD = Pattern.compile("(\\d{4}-\\d{2}-\\d{2}) – (\\d{4}-\\d{2}-\\d{2})");

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

    private static String cell(String key) {
        return driver.findElement(By.cssSelector("[id='figuresForm:summary'] [data-key='" + key + "']")).getText();
    }

    private static BigDecimal apiValue(JsonObject stats, String key) {
        return stats.getJsonArray("figures").getValuesAs(JsonObject.class).stream()
                .filter(f -> f.getString("key").equals(key)).findFirst()
                .map(f -> new BigDecimal(f.getString("value"))).orElseThrow();
    }

    @Test
    void theLeaderReadsTheFiguresByCountyAndChoosesOne() {
        try {
            browser.signIn("leader");
            browser.open("/financing/statistics.xhtml");
            String counties = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("figuresForm:counties")))
                    .getText();
            assertTrue(counties.contains("临江县") && counties.contains("云岭县") && counties.contains("全市合计"), counties);
            assertTrue(driver.findElement(By.id("rateDefinition")).getText().contains("代偿率"));
            assertTrue(driver.findElement(By.id("figuresForm:guarantors")).getText().contains("担保"));
            assertTrue(driver.findElement(By.id("figuresForm:financingChart")).isDisplayed());

            Matcher period = PERIOD.matcher(driver.findElement(By.id("periodShown")).getText());
            assertTrue(period.find(), driver.findElement(By.id("periodShown")).getText());
            JsonObject stats = Api.get("/api/v1/financing-statistics?from=" + period.group(1) + "&to=" + period.group(2))
                    .json();
            BigDecimal cumulative = apiValue(stats, "cumulative");
            assertEquals(Yuan.format(cumulative), cell("cumulative"));
            assertEquals(Yuan.formatWan(cumulative.setScale(2)), cell("cumulative.wan"));
            assertEquals(Yuan.format(apiValue(stats, "newAmount")), cell("newAmount"));
            assertEquals(apiValue(stats, "newCount").toPlainString(), cell("newCount"));
            browser.screenshot("financing-statistics-city.png");

            browser.choose("periodForm:county", "云岭县");
            browser.click(By.id("periodForm:compute"));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("periodShown"), "云岭县"));
            JsonObject yunling = Api.get("/api/v1/financing-statistics?from=" + period.group(1) + "&to="
                    + period.group(2) + "&county=3").json();
            assertEquals(Yuan.format(apiValue(yunling, "cumulative")), cell("cumulative"));
        } catch (RuntimeException | AssertionError e) {
            browser.screenshot("financing-statistics-failed.png");
            throw e;
        }
    }

    @Test
    void aCountyClerkReadsTheOwnCountyOnly() {
        browser.signIn("yl.clerk");
        browser.open("/financing/statistics.xhtml");
        String shown = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("periodShown"))).getText();
        assertTrue(shown.contains("云岭县"), shown);
        assertTrue(driver.findElements(By.id("periodForm:county")).isEmpty(), "no choice of county");
        assertTrue(!driver.findElement(By.id("figuresForm:counties")).getText().contains("临江县"));
    }

    @Test
    void theExportHasATitleBlockChineseSheetsAndNumbers() throws IOException {
        PageClient leader = new PageClient().login("leader", Browser.DEMO_PASSWORD);
        leader.open("/financing/statistics.xhtml");
        assertEquals(200, leader.status());
        HttpResponse<byte[]> response = leader.download("figuresForm", "exportExcel");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").contains("spreadsheetml"));
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            List<String> names = new ArrayList<>();
            workbook.forEach(sheet -> names.add(sheet.getSheetName()));
            assertEquals(List.of("区县", "指标", "担保公司", "合作协议"), names);
            for (Sheet sheet : workbook) {
                assertEquals("融资统计", sheet.getRow(0).getCell(0).getStringCellValue(), sheet.getSheetName());
                StringBuilder block = new StringBuilder();
                for (int row = 1; sheet.getRow(row) != null; row++) {
                    block.append(sheet.getRow(row).getCell(0).getStringCellValue()).append('\n');
                }
                String lines = block.toString();
                assertTrue(lines.contains("期间：") && lines.contains("范围：全市"), lines);
                assertTrue(lines.matches("(?s).*导出时间：\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}　导出人：leader.*"), lines);
            }
            boolean numbers = false;
            for (Row row : workbook.getSheet("区县")) {
                for (Cell cell : row) {
                    numbers |= cell.getCellType() == CellType.NUMERIC;
                }
            }
            assertTrue(numbers, "the counties' amounts are numbers");
        }
    }
}
