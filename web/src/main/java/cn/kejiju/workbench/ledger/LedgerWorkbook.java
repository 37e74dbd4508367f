package cn.kejiju.workbench.ledger;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Excel files of ledgers: reads the first worksheet of an .xlsx into rows of text (a date cell as
 * {@code yyyy-MM-dd}, a number written out in digits, a formula as its cached value), and writes a template
 * (title row, header row with required columns marked, an example row, drop-down lists for listed values, code
 * columns formatted as text so that Excel keeps ID numbers whole).
 */
public final class LedgerWorkbook {

    /** Rows of a template that get the drop-down lists. */
    static final int TEMPLATE_ROWS = 10_000;
    private static final String TEXT_FORMAT = "@";

    private LedgerWorkbook() {
    }

    /** A column of a template: its header, whether required, an example value, the listed values if any, text-formatted. */
    public record TemplateColumn(String header, boolean required, String example, List<String> choices, boolean text) {
    }

    /** Whether the bytes start as a ZIP archive does (every .xlsx is one). */
    static boolean looksLikeXlsx(byte[] bytes) {
        return bytes.length > 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }

    /** The rows of the first worksheet; refuses a file that is not an .xlsx workbook. */
    public static List<RawRow> read(byte[] bytes) {
        if (!looksLikeXlsx(bytes)) {
            throw new LedgerFileException("ledger.notWorkbook");
        }
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            if (workbook.getNumberOfSheets() == 0) {
                throw new LedgerFileException("ledger.notWorkbook");
            }
            Sheet sheet = workbook.getSheetAt(0);
            List<RawRow> rows = new ArrayList<>(sheet.getLastRowNum() + 1);
            for (Row row : sheet) {
                int last = Math.max(0, row.getLastCellNum());
                List<String> cells = new ArrayList<>(last);
                for (int c = 0; c < last; c++) {
                    cells.add(text(row.getCell(c)));
                }
                rows.add(new RawRow(row.getRowNum() + 1, cells));
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            if (e instanceof LedgerFileException refusal) {
                throw refusal;
            }
            throw new LedgerFileException("ledger.notWorkbook");
        }
    }

    static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                    : BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            default -> "";
        };
    }

    /**
     * A template: on the first sheet a title over the columns and the header (required columns marked *), with
     * drop-down lists and text-formatted code columns below it; on the second the same header with an example
     * row and the notes, so that the example is never imported by mistake.
     */
    public static byte[] template(String sheetName, String title, List<TemplateColumn> columns,
                                  String exampleSheetName, List<String> notes) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(sheetName);
            Sheet exampleSheet = workbook.createSheet(exampleSheetName);
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle titleStyle = workbook.createCellStyle();
            Font big = workbook.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            titleStyle.setFont(big);
            titleStyle.setAlignment(HorizontalAlignment.CENTER);
            CellStyle headerStyle = workbook.createCellStyle();
            headerStyle.setFont(bold);
            CellStyle textStyle = workbook.createCellStyle();
            textStyle.setDataFormat(workbook.createDataFormat().getFormat(TEXT_FORMAT));

            Cell titleCell = sheet.createRow(0).createCell(0);
            titleCell.setCellValue(title);
            titleCell.setCellStyle(titleStyle);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, columns.size() - 1));
            Row header = sheet.createRow(1);
            Row exampleHeader = exampleSheet.createRow(0);
            Row example = exampleSheet.createRow(1);
            DataValidationHelper validations = sheet.getDataValidationHelper();
            for (int c = 0; c < columns.size(); c++) {
                TemplateColumn column = columns.get(c);
                String headerText = column.required() ? column.header() + "*" : column.header();
                for (Row row : List.of(header, exampleHeader)) {
                    Cell headerCell = row.createCell(c);
                    headerCell.setCellValue(headerText);
                    headerCell.setCellStyle(headerStyle);
                }
                Cell exampleCell = example.createCell(c);
                exampleCell.setCellValue(column.example() == null ? "" : column.example());
                if (column.text()) {
                    exampleCell.setCellStyle(textStyle);
                    sheet.setDefaultColumnStyle(c, textStyle);
                }
                int width = Math.max(12, column.header().length() * 2 + 4) * 256;
                sheet.setColumnWidth(c, width);
                exampleSheet.setColumnWidth(c, Math.max(width, 20 * 256));
                if (!column.choices().isEmpty()) {
                    DataValidation list = validations.createValidation(
                            validations.createExplicitListConstraint(column.choices().toArray(String[]::new)),
                            new CellRangeAddressList(2, TEMPLATE_ROWS, c, c));
                    list.setShowErrorBox(true);
                    sheet.addValidationData(list);
                }
            }
            for (int n = 0; n < notes.size(); n++) {
                exampleSheet.createRow(3 + n).createCell(0).setCellValue(notes.get(n));
            }
            sheet.createFreezePane(0, 2);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
