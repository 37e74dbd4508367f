package cn.kejiju.workbench.summary.pages;

import cn.kejiju.workbench.summary.CountyFigures;
import cn.kejiju.workbench.summary.Figure;
import cn.kejiju.workbench.summary.FigureUnit;
import cn.kejiju.workbench.summary.Narrative;
import cn.kejiju.workbench.summary.RenderedSection;
import cn.kejiju.workbench.summary.SummaryDocument;
import cn.kejiju.workbench.summary.SummaryPeriod;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SummaryWordTest {

    private static BigDecimal n(String value) {
        return new BigDecimal(value);
    }

    private static SummaryDocument summary() {
        RenderedSection commissioners = new RenderedSection("commissioner", 10, "科技特派员工作", List.of(
                Figure.stock("total", FigureUnit.PERSON, n("50"), n("54"), n("52"), n("48"), "/commissioner/list.xhtml"),
                Figure.stock("agriculture", FigureUnit.PERSON, n("14"), n("23"), n("14"), n("20"), null)),
                List.of("2026年上半年全县选派科技特派员54名，其中农业科技特派员由14名增加到23名。"),
                List.of(new CountyFigures(2L, "临江县", Map.of("total", n("54"))),
                        new CountyFigures(null, null, Map.of("total", n("54")))));
        RenderedSection financing = new RenderedSection("financing", 30, "科技金融", List.of(
                Figure.flow("newAmount", FigureUnit.YUAN, n("57000000"), null, n("40000000"), null)),
                List.of("新增融资5700万元。"), List.of());
        return new SummaryDocument(SummaryPeriod.half(2026, 1), 2L, "临江县", List.of(commissioners, financing),
                new Narrative("亮点一\n亮点二", null, "下半年继续推进"));
    }

    @Test
    void theDocumentReadsBackWithItsTextFontsTablesAndPage() throws Exception {
        byte[] bytes = new SummaryWord().write(summary());
        try (XWPFDocument read = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            List<XWPFParagraph> paragraphs = read.getParagraphs();
            assertEquals("临江县科技局2026年上半年工作总结", paragraphs.get(0).getText());
            assertEquals(SummaryWord.TITLE_FONT, paragraphs.get(0).getRuns().get(0).getCTR().getRPr()
                    .getRFontsArray(0).getEastAsia());
            assertEquals(SummaryWord.TITLE_SIZE, paragraphs.get(0).getRuns().get(0).getFontSizeAsDouble().intValue());
            XWPFParagraph heading = paragraphs.stream().filter(p -> p.getText().equals("一、主要工作成绩")).findFirst()
                    .orElseThrow();
            assertEquals(SummaryWord.HEADING_FONT, heading.getRuns().get(0).getCTR().getRPr().getRFontsArray(0).getEastAsia());
            XWPFParagraph body = paragraphs.stream().filter(p -> p.getText().contains("由14名增加到23名")).findFirst()
                    .orElseThrow();
            assertEquals(SummaryWord.BODY_FONT, body.getRuns().get(0).getCTR().getRPr().getRFontsArray(0).getEastAsia());
            assertEquals(SummaryWord.BODY_SIZE, body.getRuns().get(0).getFontSizeAsDouble().intValue());
            assertTrue(paragraphs.stream().anyMatch(p -> p.getText().equals("（二）科技金融")));
            assertTrue(paragraphs.stream().anyMatch(p -> p.getText().equals("二、工作亮点")));
            assertTrue(paragraphs.stream().anyMatch(p -> p.getText().equals("亮点二")));
            assertTrue(paragraphs.stream().anyMatch(p -> p.getText().equals("三、下一步工作打算")),
                    "no problems written: the next steps are the third heading");

            List<XWPFTable> tables = read.getTables();
            assertEquals(3, tables.size(), "the commissioners' figures and counties, the financing figures");
            XWPFTable figures = tables.get(0);
            assertEquals("指标", figures.getRow(0).getCell(0).getText());
            assertEquals("科技特派员", figures.getRow(1).getCell(0).getText());
            assertEquals("54名", figures.getRow(1).getCell(1).getText());
            assertEquals("50名", figures.getRow(1).getCell(2).getText());
            assertEquals("12.5%", figures.getRow(1).getCell(5).getText());
            assertEquals("全市合计", tables.get(1).getRow(2).getCell(0).getText());
            assertEquals("5700万元", tables.get(2).getRow(1).getCell(1).getText());
            assertEquals("42.5%", tables.get(2).getRow(1).getCell(5).getText());

            CTSectPr section = read.getDocument().getBody().getSectPr();
            assertEquals(BigInteger.valueOf(11906), section.getPgSz().getW());
            assertEquals(BigInteger.valueOf(16838), section.getPgSz().getH());
            CTPageMar margins = section.getPgMar();
            assertEquals(BigInteger.valueOf(2098), margins.getTop(), "37 mm");
            assertEquals(BigInteger.valueOf(1984), margins.getBottom(), "35 mm");
            assertEquals(BigInteger.valueOf(1587), margins.getLeft(), "28 mm");
            assertEquals(BigInteger.valueOf(1474), margins.getRight(), "26 mm");
            String footer = read.getFooterList().get(0)._getHdrFtr().xmlText();
            assertTrue(footer.contains("PAGE"), "a page number field in the footer");
        }
    }
}
