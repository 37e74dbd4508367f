package cn.kejiju.workbench.platform;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExcelSheetsTest {

    /** What PrimeFaces' exporter writes: one sheet per table, a header row, every value as text. */
    private static Workbook exported(String... sheets) {
        Workbook workbook = new XSSFWorkbook();
        for (String name : sheets) {
            Sheet sheet = workbook.createSheet(name);
            row(sheet, 0, "姓名", "派驻日期", "提交时间", "天数", "人次", "电话", "增长");
            row(sheet, 1, "陈文斌", "2026-03-08", "2026-12-05T01:38:00.760919", "1.5", "40", "13610007919", "—");
            row(sheet, 2, "黄永强", "2026-13-40", "2026-12-05 09:05", "0", "-3", "0591-80000006", "64.3%");
            sheet.getRow(2).createCell(7).setCellValue(12);
            sheet.getRow(2).createCell(8).setCellValue(2.5);
            Cell written = sheet.getRow(2).createCell(9);
            written.setCellValue(LocalDate.of(2026, 1, 11));
            CellStyle american = workbook.createCellStyle();
            american.setDataFormat(workbook.createDataFormat().getFormat("m/d/yy"));
            written.setCellStyle(american);
        }
        return workbook;
    }

    private static void row(Sheet sheet, int index, String... values) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < values.length; i++) {
            row.createCell(i).setCellValue(values[i]);
        }
    }

    private static Workbook roundTrip(Workbook workbook) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        workbook.write(bytes);
        return new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()));
    }

    @Test
    void theTitleBlockSitsAboveTheTableOnEverySheetAndTheSheetsAreNamed() throws IOException {
        Workbook workbook = exported("figures1", "figures2");
        ExcelSheets.decorate(workbook, List.of("各县", "总结用数据"), "科技特派员统计",
                List.of("期间：2026-01-01 – 2026-06-30", "范围：临江县", "导出时间：2026-07-01 09:30　导出人：leader"));
        Workbook read = roundTrip(workbook);
        assertEquals("各县", read.getSheetName(0));
        assertEquals("总结用数据", read.getSheetName(1));
        for (int i = 0; i < 2; i++) {
            Sheet sheet = read.getSheetAt(i);
            assertEquals("科技特派员统计", sheet.getRow(0).getCell(0).getStringCellValue());
            assertTrue(sheet.getMergedRegions().stream().anyMatch(r -> r.getFirstRow() == 0 && r.getLastColumn() == 9),
                    "the title spans the table");
            assertEquals("期间：2026-01-01 – 2026-06-30", sheet.getRow(1).getCell(0).getStringCellValue());
            assertEquals("范围：临江县", sheet.getRow(2).getCell(0).getStringCellValue());
            assertTrue(sheet.getRow(3).getCell(0).getStringCellValue().contains("leader"));
            assertEquals(null, sheet.getRow(4), "a blank row before the table");
            assertEquals("姓名", sheet.getRow(5).getCell(0).getStringCellValue(), "the header row moved down");
            assertTrue(read.getFontAt(sheet.getRow(5).getCell(0).getCellStyle().getFontIndex()).getBold());
        }
    }

    @Test
    void datesTimestampsAndNumbersBecomeTypedCellsWithFormats() throws IOException {
        Workbook workbook = exported("logs1");
        ExcelSheets.decorate(workbook, List.of("服务日志"), "服务日志", List.of("范围：临江县"));
        Sheet sheet = roundTrip(workbook).getSheetAt(0);
        Row row = sheet.getRow(4);

        Cell date = row.getCell(1);
        assertEquals(CellType.NUMERIC, date.getCellType());
        assertTrue(DateUtil.isCellDateFormatted(date));
        assertEquals("yyyy-mm-dd", date.getCellStyle().getDataFormatString());
        assertEquals(LocalDate.of(2026, 3, 8).atStartOfDay(), date.getLocalDateTimeCellValue());

        Cell timestamp = row.getCell(2);
        assertEquals(CellType.NUMERIC, timestamp.getCellType());
        assertEquals("yyyy-mm-dd hh:mm", timestamp.getCellStyle().getDataFormatString());
        assertEquals(LocalDateTime.of(2026, 12, 5, 1, 38), timestamp.getLocalDateTimeCellValue().withSecond(0).withNano(0));

        Cell days = row.getCell(3);
        assertEquals(CellType.NUMERIC, days.getCellType());
        assertEquals(1.5, days.getNumericCellValue());
        assertEquals("#,##0.00##", days.getCellStyle().getDataFormatString());

        Cell people = row.getCell(4);
        assertEquals(CellType.NUMERIC, people.getCellType());
        assertEquals(40, people.getNumericCellValue());
        assertEquals("0", people.getCellStyle().getDataFormatString());

        assertEquals(CellType.STRING, row.getCell(5).getCellType(), "a phone number stays text");
        assertEquals(CellType.STRING, row.getCell(6).getCellType(), "— stays text");

        Row second = sheet.getRow(5);
        assertEquals(CellType.STRING, second.getCell(1).getCellType(), "not a real date: left as written");
        assertEquals(CellType.NUMERIC, second.getCell(2).getCellType(), "a timestamp with a space");
        assertEquals(-3, second.getCell(4).getNumericCellValue());
        assertEquals(CellType.STRING, second.getCell(5).getCellType());
        assertEquals(CellType.STRING, second.getCell(6).getCellType());
        assertEquals("0", second.getCell(7).getCellStyle().getDataFormatString(), "a number written as one: formatted");
        assertEquals("#,##0.00##", second.getCell(8).getCellStyle().getDataFormatString());
        assertEquals("yyyy-mm-dd", second.getCell(9).getCellStyle().getDataFormatString(), "a date written as one: ours");
    }

    @Test
    void anEmptySheetStillGetsItsTitle() throws IOException {
        Workbook workbook = new XSSFWorkbook();
        workbook.createSheet("items1");
        ExcelSheets.decorate(workbook, List.of("New items"), "Statistics", List.of("Scope: city"));
        Sheet sheet = roundTrip(workbook).getSheet("New items");
        assertEquals("Statistics", sheet.getRow(0).getCell(0).getStringCellValue());
    }
}
