package cn.kejiju.workbench.preparedness;

import cn.kejiju.workbench.Browser;
import cn.kejiju.workbench.Deployments;
import cn.kejiju.workbench.PageClient;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
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
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Excel exports of the preparedness pages, downloaded and opened: a campaign's events (the demo's 5·12
 * week of 临江县, V9: the desk on 月兔广场 with its materials, the school drill's participants), the volunteer
 * teams, the 三网一员 register (phones masked as the page shows them) and its gaps (V11); each with its sheet
 * name and the title block (title, period, county, time and person of the export).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PreparednessExportsIT {

    private static final DataFormatter TEXT = new DataFormatter();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private static Workbook download(PageClient client, String page) throws IOException {
        client.open(page);
        assertEquals(200, client.status(), page);
        HttpResponse<byte[]> response = client.download("exportForm", "exportExcel");
        assertEquals(200, response.statusCode(), page);
        assertTrue(response.headers().firstValue("Content-Type").orElse("").contains("spreadsheetml"), page);
        return new XSSFWorkbook(new ByteArrayInputStream(response.body()));
    }

    private static List<String> sheetNames(Workbook workbook) {
        List<String> names = new ArrayList<>();
        workbook.forEach(s -> names.add(s.getSheetName()));
        return names;
    }

    /** The title block's lines under the title; the table starts two rows below them (a blank row between). */
    private static List<String> titleBlock(Sheet sheet, String title) {
        assertEquals(title, sheet.getRow(0).getCell(0).getStringCellValue());
        List<String> lines = new ArrayList<>();
        int row = 1;
        while (sheet.getRow(row) != null) {
            lines.add(sheet.getRow(row).getCell(0).getStringCellValue());
            row++;
        }
        assertNull(sheet.getRow(row), "a blank row under the block");
        return lines;
    }

    private static void exportedBy(List<String> lines, String user) {
        assertTrue(lines.get(lines.size() - 1).matches("导出时间：\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}　导出人：" + user),
                lines.toString());
    }

    /** The table under the block: its header row's texts, by column. */
    private static int headerRow(Sheet sheet) {
        int row = 1;
        while (sheet.getRow(row) != null) {
            row++;
        }
        return row + 1;
    }

    private static Map<String, Integer> columns(Sheet sheet) {
        Map<String, Integer> columns = new HashMap<>();
        for (Cell cell : sheet.getRow(headerRow(sheet))) {
            columns.put(cell.getStringCellValue(), cell.getColumnIndex());
        }
        return columns;
    }

    /** The first row below the header with the given text in the given column. */
    private static Row row(Sheet sheet, int column, String text) {
        for (int r = headerRow(sheet) + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row != null && row.getCell(column) != null && text.equals(TEXT.formatCellValue(row.getCell(column)))) {
                return row;
            }
        }
        throw new AssertionError("no row with " + text);
    }

    private static Cell cell(Row row, Map<String, Integer> columns, String header) {
        Integer column = columns.get(header);
        assertNotNull(column, header + " in " + columns.keySet());
        return row.getCell(column);
    }

    private static long number(Row row, Map<String, Integer> columns, String header) {
        Cell cell = cell(row, columns, header);
        assertEquals(CellType.NUMERIC, cell.getCellType(), header + " is a number");
        return (long) cell.getNumericCellValue();
    }

    @Test
    void aCampaignsEventsWithTheirActivitiesAndMaterialsIssued() throws IOException {
        PageClient clerk = new PageClient().login("lj.prep", Browser.DEMO_PASSWORD);
        try (Workbook workbook = download(clerk, "/preparedness/campaign.xhtml?id=630000")) {
            assertEquals(List.of("活动明细"), sheetNames(workbook));
            Sheet sheet = workbook.getSheet("活动明细");
            List<String> lines = titleBlock(sheet, "5·12 防灾减灾日宣传周活动明细");
            assertEquals("期间：2026-05-10 – 2026-05-16", lines.get(0));
            assertEquals("范围：临江县", lines.get(1));
            exportedBy(lines, "lj.prep");

            Map<String, Integer> columns = columns(sheet);
            for (String header : List.of("活动时间", "乡镇（街道）", "场所类型", "场所名称", "活动内容", "受众人数",
                    "咨询人次", "演练参加人数", "发放：知识读本", "发放：展板", "状态")) {
                assertTrue(columns.containsKey(header), header + " in " + columns.keySet());
            }
            assertTrue(sheet.getLastRowNum() - headerRow(sheet) >= 4,
                    "the campaign's four events (at least: other tests may add), on one sheet");

            Row desk = row(sheet, columns.get("场所名称"), "月兔广场");
            Cell heldAt = cell(desk, columns, "活动时间");
            assertEquals(CellType.NUMERIC, heldAt.getCellType(), "the time held is a date-time");
            assertTrue(DateUtil.isCellDateFormatted(heldAt));
            assertEquals("yyyy-mm-dd hh:mm", heldAt.getCellStyle().getDataFormatString());
            assertEquals(LocalDateTime.of(2026, 5, 12, 9, 0), heldAt.getLocalDateTimeCellValue());
            assertEquals("城关镇", cell(desk, columns, "乡镇（街道）").getStringCellValue());
            assertEquals("广场", cell(desk, columns, "场所类型").getStringCellValue());
            assertEquals("宣传咨询台；展板10块；横幅2条", cell(desk, columns, "活动内容").getStringCellValue());
            assertEquals(1500, number(desk, columns, "受众人数"));
            assertEquals(320, number(desk, columns, "咨询人次"));
            assertEquals(600, number(desk, columns, "发放：知识读本"));
            assertEquals(500, number(desk, columns, "发放：知识手册"));
            assertEquals(10, number(desk, columns, "发放：展板"), "the boards lent to the desk");
            assertEquals(2, number(desk, columns, "发放：横幅"));
            assertEquals(0, number(desk, columns, "发放：折页"));
            assertEquals("已审核", cell(desk, columns, "状态").getStringCellValue());

            Row school = row(sheet, columns.get("场所名称"), "临江县城关中学");
            assertEquals(1200, number(school, columns, "演练参加人数"));
            String activities = cell(school, columns, "活动内容").getStringCellValue();
            assertTrue(activities.contains("地震来了怎么办") && activities.contains("城关中学地震应急疏散演练预案"),
                    activities);
            assertEquals(0, number(school, columns, "发放：知识读本"));

            Row film = row(sheet, columns.get("场所名称"), "白沙乡文化广场");
            assertTrue(cell(film, columns, "活动内容").getStringCellValue().contains("《唐山大地震》"));
            assertEquals("待审核", cell(film, columns, "状态").getStringCellValue());
        }
    }

    @Test
    void theCitysLeaderExportsACountysCampaignUnderThatCounty() throws IOException {
        PageClient leader = new PageClient().login("leader", Browser.DEMO_PASSWORD);
        try (Workbook workbook = download(leader, "/preparedness/campaign.xhtml?id=630000")) {
            List<String> lines = titleBlock(workbook.getSheet("活动明细"), "5·12 防灾减灾日宣传周活动明细");
            assertEquals("范围：临江县", lines.get(1));
            exportedBy(lines, "leader");
        }
        PageClient otherCounty = new PageClient().login("lj.prep", Browser.DEMO_PASSWORD);
        otherCounty.open("/preparedness/campaign.xhtml?id=630001");
        assertFalse(otherCounty.body().contains("id=\"exportForm\""), "云岭县's campaign is not there to export");
    }

    @Test
    void theRegisterWithPhonesMaskedAndItsGaps() throws IOException {
        PageClient clerk = new PageClient().login("lj.prep", Browser.DEMO_PASSWORD);
        try (Workbook workbook = download(clerk, "/preparedness/register.xhtml")) {
            assertEquals(List.of("三网一员名册"), sheetNames(workbook));
            Sheet sheet = workbook.getSheet("三网一员名册");
            List<String> lines = titleBlock(sheet, "三网一员名册");
            assertEquals("范围：临江县", lines.get(0));
            exportedBy(lines, "lj.prep");
            Map<String, Integer> columns = columns(sheet);
            assertFalse(columns.containsKey(""), "no column of buttons: " + columns.keySet());
            Row assistant = row(sheet, columns.get("姓名"), "郑海燕");
            assertEquals("138****0001", cell(assistant, columns, "电话").getStringCellValue());
            int phones = 0;
            for (int r = headerRow(sheet) + 1; r <= sheet.getLastRowNum(); r++) {
                String phone = TEXT.formatCellValue(sheet.getRow(r).getCell(columns.get("电话")));
                assertTrue(phone.contains("****") && !phone.matches(".*\\d{5,}.*"), "masked: " + phone);
                phones++;
            }
            assertTrue(phones >= 12, "the county's current holders");
            assertEquals(CellType.NUMERIC, cell(assistant, columns, "任职日期").getCellType(), "since is a date");
        }
        try (Workbook workbook = download(clerk, "/preparedness/register-gaps.xhtml")) {
            assertEquals(List.of("完整率", "空缺"), sheetNames(workbook));
            List<String> lines = titleBlock(workbook.getSheet("完整率"), "三网一员空缺");
            assertEquals("范围：临江县", lines.get(0));
            Sheet gaps = workbook.getSheet("空缺");
            titleBlock(gaps, "三网一员空缺");
            Map<String, Integer> columns = columns(gaps);
            Row hekou = row(gaps, columns.get("村（社区）"), "河口村");
            assertEquals("灾情速报员", TEXT.formatCellValue(cell(hekou, columns, "空缺岗位")));
        }
    }

    @Test
    void theVolunteerTeams() throws IOException {
        PageClient clerk = new PageClient().login("lj.prep", Browser.DEMO_PASSWORD);
        try (Workbook workbook = download(clerk, "/preparedness/volunteers.xhtml")) {
            assertEquals(List.of("志愿者队伍"), sheetNames(workbook));
            Sheet sheet = workbook.getSheet("志愿者队伍");
            List<String> lines = titleBlock(sheet, "地震灾害志愿者队伍");
            assertEquals("范围：临江县", lines.get(0));
            exportedBy(lines, "lj.prep");
            Map<String, Integer> columns = columns(sheet);
            Row team = row(sheet, columns.get("队伍名称"), "城关镇地震灾害志愿者队");
            assertEquals("陈刚", TEXT.formatCellValue(cell(team, columns, "队长")));
            assertEquals("城关镇", TEXT.formatCellValue(cell(team, columns, "乡镇（街道）")));
        }
    }

    @Test
    void theCampaignsAndTheStockHaveTheTitleBlockToo() throws IOException {
        PageClient clerk = new PageClient().login("lj.prep", Browser.DEMO_PASSWORD);
        try (Workbook workbook = download(clerk, "/preparedness/campaigns.xhtml")) {
            assertEquals(List.of("宣传活动"), sheetNames(workbook));
            Sheet sheet = workbook.getSheet("宣传活动");
            List<String> lines = titleBlock(sheet, "防震减灾宣传活动");
            assertEquals("范围：临江县", lines.get(0));
            exportedBy(lines, "lj.prep");
            Map<String, Integer> columns = columns(sheet);
            row(sheet, columns.get("活动名称"), "5·12 防灾减灾日宣传周");
        }
        try (Workbook workbook = download(clerk, "/preparedness/materials.xhtml")) {
            assertEquals(List.of("宣传资料库存"), sheetNames(workbook));
            Sheet sheet = workbook.getSheet("宣传资料库存");
            assertEquals("范围：临江县", titleBlock(sheet, "宣传资料库存").get(0));
            Map<String, Integer> columns = columns(sheet);
            Row readers = row(sheet, columns.get("资料种类"), "知识读本");
            assertEquals(CellType.NUMERIC, cell(readers, columns, "库存").getCellType(), "quantities are numbers");
        }
    }
}
