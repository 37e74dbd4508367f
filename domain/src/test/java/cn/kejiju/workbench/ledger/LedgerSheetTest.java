package cn.kejiju.workbench.ledger;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LedgerSheetTest {

    private static final Map<String, Set<String>> NAMES = Map.of(
            "creditCode", Set.of("统一社会信用代码", "信用代码"),
            "name", Set.of("单位名称", "企业名称"),
            "kind", Set.of("单位类型"),
            "township", Set.of("所在乡镇（街道）", "乡镇"),
            "industry", Set.of("所属行业"));
    private static final Map<String, String> DISPLAY = Map.of("creditCode", "统一社会信用代码", "name", "单位名称",
            "kind", "单位类型", "township", "所在乡镇（街道）");

    private static RawRow row(int number, String... cells) {
        return new RawRow(number, List.of(cells));
    }

    @Test
    void theHeaderIsFoundBelowTitleRowsByItsColumnNamesInAnyOrder() {
        List<RawRow> rows = List.of(
                row(1, "临江县企业名录（2024年）", "", "", ""),
                row(2, "填报单位：临江县科技局", "", "", "单位名称"),
                row(3, "", "", "", ""),
                row(4, "序号", " 企业名称 ", "信用代码*", "单位类型", "乡镇"),
                row(5, "1", "江州蓝光电子 ", "91359921AY4CL12THU", "企业", "城关镇"),
                row(6, "", "", "", "", ""),
                row(8, "2", "江州绿源茶业", "91359921GD5QA4XFDU", "企业", "城关镇"));
        LedgerSheet sheet = LedgerSheet.read(LedgerKind.ENTERPRISE, rows, NAMES, DISPLAY);
        assertEquals(4, sheet.headerRow());
        assertEquals(List.of("creditCode", "name", "kind", "township"), sheet.presentColumns());
        assertEquals(2, sheet.rows().size(), "the blank row is skipped");
        LedgerRow first = sheet.rows().get(0);
        assertEquals(5, first.number());
        assertEquals("江州蓝光电子", first.value("name"), "values are cleaned");
        assertEquals("", first.value("industry"), "a column the file lacks is empty");
        assertEquals(8, sheet.rows().get(1).number(), "rows keep the numbers Excel shows");
    }

    @Test
    void aSheetWithoutAHeaderRowIsRefused() {
        List<RawRow> rows = List.of(row(1, "张三", "李四"), row(2, "1", "2"));
        LedgerFileException refusal = assertThrows(LedgerFileException.class,
                () -> LedgerSheet.read(LedgerKind.ENTERPRISE, rows, NAMES, DISPLAY));
        assertEquals("ledger.noHeader", refusal.messageKey());
        assertEquals("file", refusal.field());
    }

    @Test
    void aMissingRequiredColumnIsNamed() {
        List<RawRow> rows = List.of(row(1, "单位名称", "所属行业", "乡镇"), row(2, "江州蓝光电子", "电子", "城关镇"));
        LedgerFileException refusal = assertThrows(LedgerFileException.class,
                () -> LedgerSheet.read(LedgerKind.ENTERPRISE, rows, NAMES, DISPLAY));
        assertEquals("ledger.missingColumns", refusal.messageKey());
        String missing = (String) refusal.arguments()[0];
        assertTrue(missing.contains("统一社会信用代码") && missing.contains("单位类型"), missing);
    }

    @Test
    void tooManyRowsAreRefused() {
        List<RawRow> rows = new ArrayList<>();
        rows.add(row(1, "统一社会信用代码", "单位名称", "单位类型", "乡镇"));
        for (int i = 0; i <= LedgerKind.MAX_ROWS; i++) {
            rows.add(row(i + 2, "x", "y", "z", "w"));
        }
        LedgerFileException refusal = assertThrows(LedgerFileException.class,
                () -> LedgerSheet.read(LedgerKind.ENTERPRISE, rows, NAMES, DISPLAY));
        assertEquals("ledger.tooManyRows", refusal.messageKey());
    }
}
