package cn.kejiju.workbench.platform;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What every Excel export of the workbench looks like, applied to the workbook a table exporter wrote
 * (one sheet per table): the sheets' names, a title block above each table (its title, then one line
 * each for the period, the county or city and the time and person of the export, the title merged
 * across the table's width), and typed cells with formats instead of the exported texts:
 * <ul>
 * <li>{@code yyyy-mm-dd} becomes a date cell formatted {@code yyyy-mm-dd};</li>
 * <li>{@code yyyy-mm-ddThh:mm[:ss[.f]]} (or with a space) a date-time cell formatted {@code yyyy-mm-dd hh:mm};</li>
 * <li>an integer of at most 9 digits a number formatted {@code 0}, a decimal of at most 12 digits a number
 *     formatted {@code #,##0.00##} (longer digit strings, e.g. phone numbers, codes, stay text);</li>
 * <li>anything else stays text; a cell the exporter already wrote as a number or a date gets the format of
 *     its kind (a date without a time of day {@code yyyy-mm-dd}).</li>
 * </ul>
 * The header row (the first row of the table) is bold. Used by {@link ExcelExport}; plain POI, so the unit
 * tests open what it produces.
 */
public final class ExcelSheets {

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern DATE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?");
    private static final Pattern INTEGER = Pattern.compile("-?(0|[1-9]\\d{0,8})");
    private static final Pattern DECIMAL = Pattern.compile("-?(0|[1-9]\\d{0,11})\\.\\d{1,6}");

    public static final String DATE_FORMAT = "yyyy-mm-dd";
    public static final String DATE_TIME_FORMAT = "yyyy-mm-dd hh:mm";
    public static final String INTEGER_FORMAT = "0";
    public static final String DECIMAL_FORMAT = "#,##0.00##";

    private ExcelSheets() {
    }

    /**
     * Names the sheets, types the cells and puts the title block above each table.
     *
     * @param sheetNames the names of the sheets in order (a sheet without a name keeps its own)
     * @param title      the first line of each block
     * @param lines      the lines under it (period, county, export)
     */
    public static void decorate(Workbook workbook, List<String> sheetNames, String title, List<String> lines) {
        Styles styles = new Styles(workbook);
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            if (i < sheetNames.size() && sheetNames.get(i) != null && !sheetNames.get(i).isBlank()) {
                workbook.setSheetName(i, unique(workbook, WorkbookUtil.createSafeSheetName(sheetNames.get(i)), i));
            }
            Sheet sheet = workbook.getSheetAt(i);
            typeCells(sheet, styles);
            addTitle(sheet, styles, title, lines);
        }
    }

    private static String unique(Workbook workbook, String name, int index) {
        String candidate = name;
        for (int n = 2; workbook.getSheetIndex(candidate) >= 0 && workbook.getSheetIndex(candidate) != index; n++) {
            candidate = WorkbookUtil.createSafeSheetName(name + n);
        }
        return candidate;
    }

    private static void typeCells(Sheet sheet, Styles styles) {
        int first = sheet.getFirstRowNum();
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (row.getRowNum() == first) {
                    cell.setCellStyle(styles.header);
                } else if (cell.getCellType() == CellType.STRING) {
                    type(cell, cell.getStringCellValue().trim(), styles);
                } else if (cell.getCellType() == CellType.NUMERIC) {
                    double value = cell.getNumericCellValue();
                    boolean whole = value == Math.rint(value);
                    if (DateUtil.isCellDateFormatted(cell)) {
                        cell.setCellStyle(whole ? styles.date : styles.dateTime);
                    } else {
                        cell.setCellStyle(whole ? styles.integer : styles.decimal);
                    }
                }
            }
        }
    }

    static void type(Cell cell, String text, Styles styles) {
        if (DATE.matcher(text).matches()) {
            LocalDate day = parseDate(text);
            if (day != null) {
                cell.setCellValue(day);
                cell.setCellStyle(styles.date);
            }
        } else if (DATE_TIME.matcher(text).matches()) {
            cell.setCellValue(LocalDateTime.parse(text.replace(' ', 'T')));
            cell.setCellStyle(styles.dateTime);
        } else if (INTEGER.matcher(text).matches()) {
            cell.setCellValue(Long.parseLong(text));
            cell.setCellStyle(styles.integer);
        } else if (DECIMAL.matcher(text).matches()) {
            cell.setCellValue(new BigDecimal(text).doubleValue());
            cell.setCellStyle(styles.decimal);
        }
    }

    private static LocalDate parseDate(String text) {
        try {
            return LocalDate.parse(text);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private static void addTitle(Sheet sheet, Styles styles, String title, List<String> lines) {
        int blockRows = 1 + lines.size() + 1;
        int width = 1;
        for (Row row : sheet) {
            width = Math.max(width, row.getLastCellNum());
        }
        if (sheet.getPhysicalNumberOfRows() > 0) {
            sheet.shiftRows(sheet.getFirstRowNum(), Math.max(sheet.getLastRowNum(), sheet.getFirstRowNum()), blockRows);
        }
        Cell titleCell = sheet.createRow(0).createCell(0);
        titleCell.setCellValue(title);
        titleCell.setCellStyle(styles.title);
        if (width > 1) {
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, width - 1));
        }
        for (int i = 0; i < lines.size(); i++) {
            sheet.createRow(1 + i).createCell(0).setCellValue(lines.get(i));
        }
        sheet.createFreezePane(0, blockRows + 1);
    }

    /** The styles, created once per workbook. */
    static final class Styles {
        final CellStyle title;
        final CellStyle header;
        final CellStyle date;
        final CellStyle dateTime;
        final CellStyle integer;
        final CellStyle decimal;

        Styles(Workbook workbook) {
            DataFormat format = workbook.createDataFormat();
            Font big = workbook.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            title = workbook.createCellStyle();
            title.setFont(big);
            Font bold = workbook.createFont();
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
            date = styled(workbook, format, DATE_FORMAT);
            dateTime = styled(workbook, format, DATE_TIME_FORMAT);
            integer = styled(workbook, format, INTEGER_FORMAT);
            decimal = styled(workbook, format, DECIMAL_FORMAT);
        }

        private static CellStyle styled(Workbook workbook, DataFormat format, String pattern) {
            CellStyle style = workbook.createCellStyle();
            style.setDataFormat(format.getFormat(pattern));
            return style;
        }
    }
}
