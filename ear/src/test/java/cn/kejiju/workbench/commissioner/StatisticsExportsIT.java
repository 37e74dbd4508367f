package cn.kejiju.workbench.commissioner;

import cn.kejiju.workbench.Api;
import cn.kejiju.workbench.Api.Reply;
import cn.kejiju.workbench.Browser;
import cn.kejiju.workbench.Deployments;
import cn.kejiju.workbench.PageClient;
import jakarta.json.JsonObject;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The statistics' summary through the API (the counties' table, one county, a county token's view) with the
 * demo's first half of 2026 in 临江县 (the seed paragraph of the half-year summary: at least its figures, as
 * other test classes may add commissioners to the county; bin/dev/demo_half_year.py checks them exactly), and
 * every Excel export of
 * the commissioner pages downloaded and opened: title block, sheet names, typed and formatted cells.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StatisticsExportsIT {

    private static final String SUMMARY = "/api/v1/commissioner-statistics/summary";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private static JsonObject summary(String query, String token) {
        Reply reply = Api.get(SUMMARY + "?" + query, "zh-CN", token);
        assertEquals(200, reply.status(), reply.body());
        return reply.json();
    }

    private static JsonObject figure(JsonObject summary, String key) {
        return summary.getJsonArray("figures").stream().map(v -> v.asJsonObject())
                .filter(f -> f.getString("key").equals(key)).findFirst().orElseThrow(() -> new AssertionError(key));
    }

    private static long value(JsonObject summary, String key, String part) {
        return figure(summary, key).getJsonNumber(part).longValue();
    }

    @Test
    void theDemosFirstHalfOf2026ReadsAsTheSeedParagraph() {
        JsonObject linjiang = summary("year=2026&half=1&county=2", Api.CITY_RO);
        assertEquals("临江县", linjiang.getString("county"));
        assertEquals(14, value(linjiang, "commissioners.AGRICULTURE", "atStart"), "农业科技特派员由14名");
        assertTrue(value(linjiang, "commissioners.AGRICULTURE", "value") >= 23, "增加到了23名 (other tests may add to 临江县)");
        assertTrue(value(linjiang, "commissioners.AGRICULTURE.CITY", "value") >= 4, "市派4名 (other tests may add to 临江县)");
        assertTrue(value(linjiang, "commissioners.INDUSTRY", "newInPeriod") >= 5, "新增工业企业科技特派员5名 (other tests may add to 临江县)");
        assertTrue(value(linjiang, "enterprisesLinkedByNew", "value") >= 5, "联系企业5个 (other tests may add to 临江县)");
        assertTrue(value(linjiang, "commissioners", "value") >= 54, "54 commissioners on 30 June (other tests may add to 临江县)");
        assertTrue(value(linjiang, "trainings.AGRICULTURE", "lastYear") > 0, "the first half of 2025 has trainings");
        assertTrue(value(linjiang, "trainings.INDUSTRY", "value") > 0);
        assertFalse(linjiang.getJsonArray("items").isEmpty(), "named items of the half-year");
    }

    @Test
    void theCityReadsEveryCountyAndTheirTotalACountyTokenOnlyItsOwn() {
        JsonObject city = summary("year=2026&half=1", Api.CITY_RO);
        assertFalse(city.containsKey("countyId"), "the whole city");
        List<JsonObject> rows = new ArrayList<>(city.getJsonArray("counties").stream().map(v -> v.asJsonObject()).toList());
        assertTrue(rows.size() >= 3, "two counties and the total");
        JsonObject total = rows.remove(rows.size() - 1);
        assertFalse(total.containsKey("countyId"));
        for (String key : List.of("commissioners", "commissionersNew", "agricultural", "agriculturalCity", "visits",
                "trainings", "peopleTrained", "introductions")) {
            assertEquals(rows.stream().mapToLong(r -> r.getJsonNumber(key).longValue()).sum(),
                    total.getJsonNumber(key).longValue(), key + ": the total is the sum of the counties");
        }
        assertEquals(total.getJsonNumber("commissioners").longValue(), value(city, "commissioners", "value"));

        JsonObject yunling = summary("year=2026&half=1", Api.YUNLING_RW);
        assertEquals(3, yunling.getJsonNumber("countyId").longValue(), "a county token gets its county");
        assertEquals(1, yunling.getJsonArray("counties").size());
        assertEquals(404, Api.get(SUMMARY + "?year=2026&half=1&county=2", "zh-CN", Api.YUNLING_RW).status(),
                "another county is not there");
        assertEquals(404, Api.get(SUMMARY + "?year=2026&county=999999", "zh-CN", Api.CITY_RO).status());
        Reply badHalf = Api.get(SUMMARY + "?year=2026&half=3", "zh-CN", Api.CITY_RO);
        assertEquals(422, badHalf.status(), badHalf.body());
        Reply noPeriod = Api.get(SUMMARY, "zh-CN", Api.CITY_RO);
        assertTrue(noPeriod.status() == 400 || noPeriod.status() == 422, noPeriod.body());
    }

    private static Workbook download(PageClient client, String page, String form) throws IOException {
        client.open(page);
        assertEquals(200, client.status(), page);
        HttpResponse<byte[]> response = client.download(form, "exportExcel");
        assertEquals(200, response.statusCode(), page);
        assertTrue(response.headers().firstValue("Content-Type").orElse("").contains("spreadsheetml"), page);
        return new XSSFWorkbook(new ByteArrayInputStream(response.body()));
    }

    /** The title block: title, then lines, the last naming the exporting user; the table below a blank row. */
    private static Sheet titled(Workbook workbook, String sheetName, String title, String scope) {
        Sheet sheet = workbook.getSheet(sheetName);
        assertTrue(sheet != null, "sheet " + sheetName + " in " + sheetNames(workbook));
        assertEquals(title, sheet.getRow(0).getCell(0).getStringCellValue());
        StringBuilder lines = new StringBuilder();
        int row = 1;
        while (sheet.getRow(row) != null) {
            lines.append(sheet.getRow(row).getCell(0).getStringCellValue()).append('\n');
            row++;
        }
        assertTrue(lines.toString().contains("范围：" + scope), lines.toString());
        assertTrue(lines.toString().matches("(?s).*导出时间：\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}　导出人：leader.*"),
                lines.toString());
        assertNull(sheet.getRow(row), "a blank row under the block");
        return sheet;
    }

    private static List<String> sheetNames(Workbook workbook) {
        List<String> names = new ArrayList<>();
        workbook.forEach(s -> names.add(s.getSheetName()));
        return names;
    }

    /** Whether some cell below the header row is a number or a date with the given format. */
    private static boolean hasCell(Sheet sheet, String format) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.NUMERIC && format.equals(cell.getCellStyle().getDataFormatString())) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void everyExportOfTheCommissionerPagesHasATitleBlockNamedSheetsAndTypedCells() throws IOException {
        PageClient leader = new PageClient().login("leader", Browser.DEMO_PASSWORD);

        try (Workbook statistics = download(leader, "/commissioner/statistics.xhtml", "figuresForm")) {
            assertEquals(List.of("各县", "总结用数据", "新品种新技术", "全部指标"), sheetNames(statistics));
            Sheet counties = titled(statistics, "各县", "科技特派员统计", "全市");
            assertTrue(counties.getRow(1).getCell(0).getStringCellValue().startsWith("期间："));
            assertTrue(hasCell(counties, "0"), "counts are numbers");
            Sheet items = titled(statistics, "新品种新技术", "科技特派员统计", "全市");
            assertTrue(hasCell(items, "yyyy-mm-dd"), "dates are dates");
            Cell date = null;
            for (Row row : items) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.NUMERIC) {
                        date = cell;
                    }
                }
            }
            assertTrue(date != null && DateUtil.isCellDateFormatted(date));
        }
        try (Workbook list = download(leader, "/commissioner/list.xhtml", "exportForm")) {
            assertEquals(List.of("科技特派员名录"), sheetNames(list));
            titled(list, "科技特派员名录", "科技特派员", "江州市");
        }
        try (Workbook logs = download(leader, "/commissioner/logs.xhtml", "exportForm")) {
            Sheet sheet = titled(logs, "服务日志", "服务日志", "江州市");
            assertTrue(hasCell(sheet, "yyyy-mm-dd"), "service dates are dates");
        }
        try (Workbook assignments = download(leader, "/commissioner/assignments.xhtml", "exportForm")) {
            Sheet sheet = titled(assignments, "科技特派员派驻", "派驻", "江州市");
            assertTrue(hasCell(sheet, "yyyy-mm-dd"));
        }
        try (Workbook demands = download(leader, "/commissioner/demands.xhtml", "exportForm")) {
            titled(demands, "科技特派员服务需求", "服务需求", "江州市");
        }
        try (Workbook assessment = download(leader, "/commissioner/assessment.xhtml", "yearForm")) {
            Sheet sheet = titled(assessment, "特派员年度考核", "年度考核", "江州市");
            String period = sheet.getRow(1).getCell(0).getStringCellValue();
            assertTrue(period.startsWith("期间：") || period.startsWith("范围："), period);
        }
    }

    @Test
    void aCountyLeaderExportsItsCountysStatistics() throws IOException {
        PageClient clerk = new PageClient().login("lj.clerk", Browser.DEMO_PASSWORD);
        try (Workbook statistics = download(clerk, "/commissioner/statistics.xhtml", "figuresForm")) {
            Sheet counties = statistics.getSheet("各县");
            assertEquals("范围：临江县", counties.getRow(2).getCell(0).getStringCellValue());
            assertTrue(counties.getRow(3).getCell(0).getStringCellValue().endsWith("导出人：lj.clerk"));
        }
    }
}
