package cn.kejiju.workbench.ledger;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LedgerTextTest {

    @Test
    void fullWidthDigitsLettersAndSpacesBecomeAsciiAndBlanksAroundGo() {
        assertEquals("91359921AY4CL12THU", LedgerText.clean("\u3000９１３５９９２１ＡＹ４ＣＬ１２ＴＨＵ  "));
        assertEquals("江州 蓝光电子", LedgerText.clean(" 江州\u3000\u3000蓝光电子\u00A0"));
        assertEquals("", LedgerText.clean(null));
        assertEquals("城关镇", LedgerText.clean("\uFEFF城关镇\u200B"));
    }

    @Test
    void codesLoseInnerBlanksAndTheDecimalsOfANumberCell() {
        assertEquals("110101199003071234", LedgerText.code("110101 1990 0307 1234"));
        assertEquals("11010119900307123X", LedgerText.code("11010119900307123x"));
        assertEquals("13800000000", LedgerText.code("13800000000.0"));
        assertEquals("110101199003071000", LedgerText.code("1.10101199003071E17"));
        assertEquals("110101199003071234", LedgerText.code("'110101199003071234"));
    }

    @Test
    void datesAreReadInTheFormsClerksWriteThem() {
        LocalDate march = LocalDate.of(2024, 3, 1);
        assertEquals(Optional.of(march), LedgerText.date("2024-03-01"));
        assertEquals(Optional.of(march), LedgerText.date("2024/3/1"));
        assertEquals(Optional.of(march), LedgerText.date("2024.3.1"));
        assertEquals(Optional.of(march), LedgerText.date("2024年3月1日"));
        assertEquals(Optional.of(march), LedgerText.date(" ２０２４年３月１日 "));
        assertEquals(Optional.of(march), LedgerText.date("20240301"));
        assertEquals(Optional.empty(), LedgerText.date("2024-02-30"), "no such day");
        assertEquals(Optional.empty(), LedgerText.date("三月一日"));
        assertEquals(Optional.empty(), LedgerText.date(""));
    }

    @Test
    void wholeNumbersAndListItems() {
        assertEquals(Optional.of(2021), LedgerText.wholeNumber("2021.0"));
        assertEquals(Optional.of(2021), LedgerText.wholeNumber("２０２１"));
        assertEquals(Optional.empty(), LedgerText.wholeNumber("2021年"));
        assertEquals(List.of("茶叶栽培", "病虫害防治", "土壤"), LedgerText.items("茶叶栽培、病虫害防治，土壤"));
        assertEquals(List.of(), LedgerText.items("  "));
    }

    @Test
    void headersAreComparedWithoutBlanksMarksAndCase() {
        assertEquals("统一社会信用代码", LedgerText.header(" 统一社会 信用代码* "));
        assertEquals("单位名称", LedgerText.header("单位名称（必填）"));
        assertEquals("creditcode", LedgerText.header("Credit Code"));
    }
}
