package cn.kejiju.workbench.ledger;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LedgerWorkbookTest {

    private static byte[] messyWorkbook() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("台账");
            sheet.createRow(0).createCell(0).setCellValue("临江县科技特派员台账（2024年）");
            sheet.addMergedRegion(new CellRangeAddress(0, 1, 0, 5));
            Row header = sheet.createRow(2);
            String[] headers = {"序号", "姓名 ", "身份证号", "选派日期", "服务领域", "备注"};
            for (int c = 0; c < headers.length; c++) {
                header.createCell(c).setCellValue(headers[c]);
            }
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy/m/d"));
            Row row = sheet.createRow(3);
            row.createCell(0).setCellValue(1);
            row.createCell(1).setCellValue("王　芳 ");
            row.createCell(2).setCellValue(350321198807151234d);
            row.createCell(3).setCellValue(LocalDate.of(2024, 3, 1));
            row.getCell(3).setCellStyle(date);
            row.createCell(4).setCellValue("农业");
            Row second = sheet.createRow(5);
            second.createCell(1).setCellValue("李明");
            second.createCell(3).setCellValue("2024年3月1日");
            second.createCell(4).setCellFormula("\"工业\"&\"企业\"");
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void cellsAreReadAsTextWithDatesAsIsoAndNumbersInDigits() throws IOException {
        List<RawRow> rows = LedgerWorkbook.read(messyWorkbook());
        assertEquals(List.of(1, 3, 4, 6), rows.stream().map(RawRow::number).toList(), "Excel's row numbers");
        RawRow first = rows.get(2);
        assertEquals("1", first.cell(0), "a whole number without decimals");
        assertEquals("王　芳 ", first.cell(1), "text as written: cleaning comes later");
        assertTrue(first.cell(2).matches("350321198807151\\d{3}"),
                "an ID kept as a number comes out in 18 digits, not 3.5E17 (its last digits lost in the number: "
                        + "the check digit then says so) " + first.cell(2));
        assertEquals("2024-03-01", first.cell(3), "a date cell as ISO text");
        assertEquals("工业企业", rows.get(3).cell(4), "a formula as its cached value");
        assertEquals("2024年3月1日", rows.get(3).cell(3));
    }

    @Test
    void aFileThatIsNoWorkbookIsRefusedInWords() {
        LedgerFileException csv = assertThrows(LedgerFileException.class,
                () -> LedgerWorkbook.read("姓名,身份证号\n王芳,1".getBytes(StandardCharsets.UTF_8)));
        assertEquals("ledger.notWorkbook", csv.messageKey());
        byte[] brokenZip = {'P', 'K', 3, 4, 0, 0, 0, 0, 1, 2, 3};
        assertEquals("ledger.notWorkbook",
                assertThrows(LedgerFileException.class, () -> LedgerWorkbook.read(brokenZip)).messageKey());
    }

    @Test
    void eachTemplateIsReadBackAsALedgerWithItsDropDownLists() throws IOException {
        LedgerVocabulary vocabulary = new LedgerVocabulary();
        for (LedgerKind kind : LedgerKind.values()) {
            byte[] template = vocabulary.template(kind);
            LedgerSheet sheet = vocabulary.sheet(kind, LedgerWorkbook.read(template));
            assertEquals(2, sheet.headerRow(), kind + ": the header under the title");
            assertEquals(kind.columns().size(), sheet.presentColumns().size(), kind + ": every column recognised");
            assertTrue(sheet.rows().isEmpty(), kind + ": the example is on the second sheet, not imported");
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
                long lists = kind.columns().stream().filter(LedgerColumn::isChoice).count();
                assertEquals(lists, workbook.getSheetAt(0).getDataValidations().size(), kind + ": a list per listed column");
                assertEquals(2, workbook.getNumberOfSheets());
                assertTrue(workbook.getSheetAt(1).getRow(1).getCell(0).getStringCellValue().length() > 0, "an example row");
            }
        }
    }

    @Test
    void listedValuesAreRecognisedByLabelInEitherLanguageOrByName() {
        LedgerVocabulary vocabulary = new LedgerVocabulary();
        List<RawRow> rows = List.of(
                new RawRow(1, List.of("姓名", "单位类别", "职称", "服务领域", "选派层级", "派出单位", "选派日期")),
                new RawRow(2, List.of("王芳", "高等院校", "副高", "农业", "市派", "江州职业技术学院", "2024-03-01")),
                new RawRow(3, List.of("李明", "Enterprise", "SENIOR", "工业", "省派", "某公司", "2024-03-01")));
        LedgerSheet sheet = vocabulary.sheet(LedgerKind.COMMISSIONER, rows);
        LedgerRow first = sheet.rows().get(0);
        assertEquals("UNIVERSITY", first.value("employerCategory"));
        assertEquals("ASSOCIATE_SENIOR", first.value("title"));
        assertEquals("AGRICULTURE", first.value("field"));
        assertEquals("CITY", first.value("dispatchLevel"));
        LedgerRow second = sheet.rows().get(1);
        assertEquals("ENTERPRISE", second.value("employerCategory"), "the English label");
        assertEquals("SENIOR", second.value("title"), "the constant's name");
        assertEquals("工业", second.value("field"), "not a label: left as written for the check to refuse");
    }
}
