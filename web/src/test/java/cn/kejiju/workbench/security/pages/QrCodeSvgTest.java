package cn.kejiju.workbench.security.pages;

import io.nayuki.qrcodegen.DataTooLongException;
import io.nayuki.qrcodegen.QrCode;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

import java.io.StringReader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QrCodeSvgTest {

    private static final String URI = "otpauth://totp/%E7%A7%91%E6%8A%80%E5%B1%80:zhangsan"
            + "?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=%E7%A7%91%E6%8A%80%E5%B1%80"
            + "&algorithm=SHA1&digits=6&period=30";
    private static final Pattern RUN = Pattern.compile("M(\\d+),(\\d+)h(\\d+)v1h-(\\d+)z");

    @Test
    void isAnSvgWithAViewBoxAndWithoutTheText() {
        String svg = QrCodeSvg.svg(URI);
        assertTrue(svg.startsWith("<svg"), svg);
        assertTrue(svg.contains("viewBox=\"0 0 "), svg);
        assertFalse(svg.contains("otpauth"), svg);
        assertFalse(svg.contains("GEZDGNBV"), svg);
    }

    @Test
    void neverCarriesMarkupFromItsInput() throws Exception {
        String hostile = "\"/><script>alert('x')</script><a href=\"javascript:alert(1)\">&amp;";
        String svg = QrCodeSvg.svg(hostile);
        assertFalse(svg.contains("script"), svg);
        assertFalse(svg.contains("alert"), svg);
        Element root = parse(svg);
        assertEquals(2, root.getChildNodes().getLength());
        assertEquals("rect", root.getChildNodes().item(0).getNodeName());
        assertEquals("path", root.getChildNodes().item(1).getNodeName());
    }

    @Test
    void drawsEveryModuleOfAMediumCorrectionCodeInsideAFourModuleWhiteBorder() throws Exception {
        QrCode expected = QrCode.encodeText(URI, QrCode.Ecc.MEDIUM);
        Element root = parse(QrCodeSvg.svg(URI));
        int extent = expected.size + 2 * QrCodeSvg.BORDER;
        assertEquals("http://www.w3.org/2000/svg", root.getNamespaceURI());
        assertEquals("0 0 " + extent + " " + extent, root.getAttribute("viewBox"));

        Element background = (Element) root.getElementsByTagName("rect").item(0);
        assertEquals(String.valueOf(extent), background.getAttribute("width"));
        assertEquals(String.valueOf(extent), background.getAttribute("height"));
        assertEquals("#FFFFFF", background.getAttribute("fill"));
        Element modules = (Element) root.getElementsByTagName("path").item(0);
        assertEquals("#000000", modules.getAttribute("fill"));

        boolean[][] drawn = new boolean[extent][extent];
        Matcher run = RUN.matcher(modules.getAttribute("d"));
        int end = 0;
        while (run.find()) {
            assertEquals(end, run.start(), "path has only horizontal runs");
            end = run.end();
            int x = Integer.parseInt(run.group(1));
            int y = Integer.parseInt(run.group(2));
            int length = Integer.parseInt(run.group(3));
            assertEquals(length, Integer.parseInt(run.group(4)));
            for (int i = 0; i < length; i++) {
                assertFalse(drawn[y][x + i], "module drawn twice");
                drawn[y][x + i] = true;
            }
        }
        assertEquals(modules.getAttribute("d").length(), end);

        for (int y = 0; y < extent; y++) {
            boolean[] row = new boolean[extent];
            for (int x = 0; x < extent; x++) {
                int qx = x - QrCodeSvg.BORDER;
                int qy = y - QrCodeSvg.BORDER;
                row[x] = qx >= 0 && qy >= 0 && qx < expected.size && qy < expected.size
                        && expected.getModule(qx, qy);
            }
            assertArrayEquals(row, drawn[y], "row " + y);
        }
    }

    @Test
    void refusesTextTooLongForAQrCode() {
        assertThrows(DataTooLongException.class, () -> QrCodeSvg.svg("x".repeat(3000)));
    }

    private static Element parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document document = factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
        Element root = document.getDocumentElement();
        assertEquals("svg", root.getLocalName());
        for (Node child = root.getFirstChild(); child != null; child = child.getNextSibling()) {
            assertEquals(Node.ELEMENT_NODE, child.getNodeType());
        }
        return root;
    }
}
