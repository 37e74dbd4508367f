package cn.kejiju.workbench.summary.pages;

import cn.kejiju.workbench.summary.CountyFigures;
import cn.kejiju.workbench.summary.Figure;
import cn.kejiju.workbench.summary.RenderedSection;
import cn.kejiju.workbench.summary.SummaryDocument;
import cn.kejiju.workbench.summary.Wording;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A summary as a Word document laid out after GB/T 9704 (党政机关公文格式) in its basics: A4 with margins of 37
 * (top), 35 (bottom), 28 (left) and 26 mm (right); the title in 方正小标宋简体 二号 centred; level-one headings
 * "一、" in 黑体 三号, level-two "（一）" in 楷体_GB2312 三号; the body in 仿宋_GB2312 三号 with a first-line indent
 * of two characters at a fixed 28-point line; figure tables as Word tables; the page number "— 1 —" centred in the
 * footer in 宋体 四号. Every run names its East Asian font (and Times New Roman for Latin letters and digits), so
 * that Word and WPS show the Chinese text in the intended faces.
 */
@ApplicationScoped
public class SummaryWord {

    public static final String TITLE_FONT = "方正小标宋简体";
    public static final String HEADING_FONT = "黑体";
    public static final String SUBHEADING_FONT = "楷体_GB2312";
    public static final String BODY_FONT = "仿宋_GB2312";
    public static final String PAGE_NUMBER_FONT = "宋体";
    public static final String LATIN_FONT = "Times New Roman";
    /** 三号 and 二号 in points. */
    public static final int BODY_SIZE = 16;
    public static final int TITLE_SIZE = 22;
    /** Twentieths of a point per millimetre. */
    private static final double TWIPS_PER_MM = 1440 / 25.4;
    /** The Chinese texts (the base bundle: a government document is written in Chinese whoever downloads it). */
    private static final String BUNDLE = "cn.kejiju.workbench.web.summary";

    public byte[] write(SummaryDocument summary) {
        ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, Locale.ROOT);
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            page(document);
            footer(document);
            XWPFParagraph title = document.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            title.setSpacingAfter(560);
            run(title, summary.title(), TITLE_FONT, TITLE_SIZE, false);
            int heading = 1;
            heading(document, Wording.heading(heading++) + texts.getString("summary.doc.achievements"));
            int sub = 1;
            for (RenderedSection section : summary.sections()) {
                subheading(document, Wording.subheading(sub++) + section.title());
                if (!section.sentences().isEmpty()) {
                    body(document, section.paragraph());
                }
                figureTable(document, section, texts);
                if (!section.counties().isEmpty()) {
                    countyTable(document, section, texts);
                }
            }
            String[][] parts = {
                    {"summary.doc.highlights", summary.narrative().getHighlights()},
                    {"summary.doc.problems", summary.narrative().getProblems()},
                    {"summary.doc.nextSteps", summary.narrative().getNextSteps()}};
            for (String[] part : parts) {
                if (part[1] != null) {
                    heading(document, Wording.heading(heading++) + texts.getString(part[0]));
                    for (String paragraph : part[1].split("\n")) {
                        if (!paragraph.isBlank()) {
                            body(document, paragraph.strip());
                        }
                    }
                }
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A4 portrait with the standard margins. */
    private static void page(XWPFDocument document) {
        CTSectPr section = document.getDocument().getBody().isSetSectPr()
                ? document.getDocument().getBody().getSectPr() : document.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        size.setOrient(STPageOrientation.PORTRAIT);
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(twips(37));
        margins.setBottom(twips(35));
        margins.setLeft(twips(28));
        margins.setRight(twips(26));
        margins.setFooter(twips(28));
        margins.setHeader(twips(15));
    }

    /** "— PAGE —" centred in the footer. */
    private static void footer(XWPFDocument document) {
        XWPFFooter footer = document.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph paragraph = footer.createParagraph();
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        run(paragraph, "— ", PAGE_NUMBER_FONT, 14, false);
        XWPFRun begin = paragraph.createRun();
        begin.getCTR().addNewFldChar().setFldCharType(
                org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType.BEGIN);
        XWPFRun instruction = paragraph.createRun();
        instruction.getCTR().addNewInstrText().setStringValue(" PAGE ");
        fonts(instruction, PAGE_NUMBER_FONT, 14);
        XWPFRun end = paragraph.createRun();
        end.getCTR().addNewFldChar().setFldCharType(
                org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType.END);
        run(paragraph, " —", PAGE_NUMBER_FONT, 14, false);
    }

    private static void heading(XWPFDocument document, String text) {
        XWPFParagraph paragraph = document.createParagraph();
        line(paragraph);
        paragraph.setIndentationFirstLine(2 * BODY_SIZE * 20);
        run(paragraph, text, HEADING_FONT, BODY_SIZE, false);
    }

    private static void subheading(XWPFDocument document, String text) {
        XWPFParagraph paragraph = document.createParagraph();
        line(paragraph);
        paragraph.setIndentationFirstLine(2 * BODY_SIZE * 20);
        run(paragraph, text, SUBHEADING_FONT, BODY_SIZE, false);
    }

    private static void body(XWPFDocument document, String text) {
        XWPFParagraph paragraph = document.createParagraph();
        line(paragraph);
        paragraph.setAlignment(ParagraphAlignment.BOTH);
        paragraph.setIndentationFirstLine(2 * BODY_SIZE * 20);
        run(paragraph, text, BODY_FONT, BODY_SIZE, false);
    }

    /** A fixed line of 28 points, no space before or after. */
    private static void line(XWPFParagraph paragraph) {
        paragraph.setSpacingBetween(28, org.apache.poi.xwpf.usermodel.LineSpacingRule.EXACT);
        paragraph.setSpacingBefore(0);
        paragraph.setSpacingAfter(0);
    }

    /** The section's figures: the period, its start, the previous period, last year and the growth. */
    private static void figureTable(XWPFDocument document, RenderedSection section, ResourceBundle texts) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[]{texts.getString("summary.col.figure"), texts.getString("summary.col.value"),
                texts.getString("summary.col.atStart"), texts.getString("summary.col.previous"),
                texts.getString("summary.col.lastYear"), texts.getString("summary.col.growth")});
        for (Figure figure : section.figures()) {
            rows.add(new String[]{label(texts, section.section(), figure.key()), figure.worded(),
                    figure.atStart() == null ? "—" : Wording.quantity(figure.atStart(), figure.unit()),
                    figure.previous() == null ? "—" : Wording.quantity(figure.previous(), figure.unit()),
                    figure.lastYear() == null ? "—" : Wording.quantity(figure.lastYear(), figure.unit()),
                    figure.growthPercent() == null ? "—" : Wording.plain(figure.growthPercent()) + "%"});
        }
        table(document, rows);
    }

    /** The city's table: one row per county and the total. */
    private static void countyTable(XWPFDocument document, RenderedSection section, ResourceBundle texts) {
        List<String> keys = new ArrayList<>(section.counties().get(0).values().keySet());
        List<String[]> rows = new ArrayList<>();
        String[] head = new String[keys.size() + 1];
        head[0] = texts.getString("summary.col.county");
        for (int i = 0; i < keys.size(); i++) {
            head[i + 1] = label(texts, section.section(), keys.get(i));
        }
        rows.add(head);
        for (CountyFigures county : section.counties()) {
            String[] row = new String[keys.size() + 1];
            row[0] = county.countyId() == null ? texts.getString("summary.col.total") : county.county();
            for (int i = 0; i < keys.size(); i++) {
                String key = keys.get(i);
                row[i + 1] = section.figure(key).map(f -> Wording.quantity(county.value(key), f.unit()))
                        .orElse(Wording.plain(county.value(key)));
            }
            rows.add(row);
        }
        table(document, rows);
    }

    private static void table(XWPFDocument document, List<String[]> rows) {
        XWPFTable table = document.createTable(rows.size(), rows.get(0).length);
        table.setTableAlignment(TableRowAlign.CENTER);
        table.setWidth("100%");
        for (int r = 0; r < rows.size(); r++) {
            XWPFTableRow row = table.getRow(r);
            for (int c = 0; c < rows.get(r).length; c++) {
                XWPFTableCell cell = row.getCell(c);
                XWPFParagraph paragraph = cell.getParagraphs().get(0);
                paragraph.setAlignment(c == 0 ? ParagraphAlignment.LEFT : ParagraphAlignment.CENTER);
                run(paragraph, rows.get(r)[c], r == 0 ? HEADING_FONT : BODY_FONT, 12, false);
            }
        }
        document.createParagraph();
    }

    private static String label(ResourceBundle texts, String section, String key) {
        String name = "summary.figure." + section + "." + key;
        return texts.containsKey(name) ? texts.getString(name) : key;
    }

    private static void run(XWPFParagraph paragraph, String text, String font, int size, boolean bold) {
        XWPFRun run = paragraph.createRun();
        run.setText(text);
        run.setBold(bold);
        fonts(run, font, size);
    }

    /** The East Asian face, Times New Roman for Latin text, and the size. */
    private static void fonts(XWPFRun run, String font, int size) {
        run.setFontSize(size);
        CTRPr properties = run.getCTR().isSetRPr() ? run.getCTR().getRPr() : run.getCTR().addNewRPr();
        CTFonts fonts = properties.sizeOfRFontsArray() > 0 ? properties.getRFontsArray(0) : properties.addNewRFonts();
        fonts.setEastAsia(font);
        fonts.setAscii(LATIN_FONT);
        fonts.setHAnsi(LATIN_FONT);
        fonts.setCs(LATIN_FONT);
    }

    private static BigInteger twips(double millimetres) {
        return BigInteger.valueOf(Math.round(millimetres * TWIPS_PER_MM));
    }
}
