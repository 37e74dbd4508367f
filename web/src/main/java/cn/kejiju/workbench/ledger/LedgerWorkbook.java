package cn.kejiju.workbench.ledger;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

import javax.xml.parsers.ParserConfigurationException;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
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

    /**
     * The rows of the first worksheet, read as a stream (SAX over the sheet's XML, shared strings read-only), so
     * that a ledger of 10,000 rows costs neither a DOM of the workbook nor its time; refuses a file that is not
     * an .xlsx workbook.
     */
    public static List<RawRow> read(byte[] bytes) {
        if (!looksLikeXlsx(bytes)) {
            throw new LedgerFileException("ledger.notWorkbook");
        }
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes))) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new LedgerFileException("ledger.notWorkbook");
            }
            SheetRows rows = new SheetRows(strings, styles);
            try (InputStream sheet = sheets.next()) {
                XMLReader xml = XMLHelper.newXMLReader();
                xml.setContentHandler(rows);
                xml.parse(new InputSource(sheet));
            }
            return rows.rows;
        } catch (LedgerFileException refusal) {
            throw refusal;
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException e) {
            throw new LedgerFileException("ledger.notWorkbook");
        }
    }

    /** The cells of a sheet's XML as text, row by row: shared and inline strings, numbers, dates, booleans, formulas' values. */
    private static final class SheetRows extends DefaultHandler {

        private final ReadOnlySharedStringsTable strings;
        private final StylesTable styles;
        private final List<RawRow> rows = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private List<String> cells = new ArrayList<>();
        private int rowNumber;
        private int column;
        private String type;
        private String style;
        private boolean inValue;

        SheetRows(ReadOnlySharedStringsTable strings, StylesTable styles) {
            this.strings = strings;
            this.styles = styles;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            switch (localName) {
                case "row" -> {
                    cells = new ArrayList<>();
                    String r = attributes.getValue("r");
                    rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
                }
                case "c" -> {
                    String reference = attributes.getValue("r");
                    column = reference == null ? cells.size() : new CellReference(reference).getCol();
                    type = attributes.getValue("t");
                    style = attributes.getValue("s");
                    text.setLength(0);
                }
                case "v", "t" -> {
                    inValue = true;
                    if ("v".equals(localName)) {
                        text.setLength(0);
                    }
                }
                default -> {
                    // other elements carry nothing a ledger needs
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inValue) {
                text.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            switch (localName) {
                case "v", "t" -> inValue = false;
                case "c" -> {
                    while (cells.size() < column) {
                        cells.add("");
                    }
                    cells.add(value(text.toString()));
                }
                case "row" -> rows.add(new RawRow(rowNumber, cells));
                default -> {
                    // nothing to close
                }
            }
        }

        private String value(String raw) {
            if (type == null || "n".equals(type)) {
                return number(raw);
            }
            return switch (type) {
                case "s" -> raw.isEmpty() ? "" : strings.getItemAt(Integer.parseInt(raw.strip())).getString();
                case "b" -> "1".equals(raw) ? "true" : "false";
                case "e" -> "";
                default -> raw;
            };
        }

        private String number(String raw) {
            if (raw.isEmpty()) {
                return "";
            }
            double number = Double.parseDouble(raw);
            if (style != null && styles != null) {
                XSSFCellStyle cellStyle = styles.getStyleAt(Integer.parseInt(style));
                if (cellStyle != null && DateUtil.isADateFormat(cellStyle.getDataFormat(), cellStyle.getDataFormatString())
                        && DateUtil.isValidExcelDate(number)) {
                    return DateUtil.getLocalDateTime(number).toLocalDate().toString();
                }
            }
            return new BigDecimal(raw).stripTrailingZeros().toPlainString();
        }
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
