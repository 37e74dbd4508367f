package cn.kejiju.workbench.summary;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class WordingTest {

    private static BigDecimal n(String value) {
        return new BigDecimal(value);
    }

    @ParameterizedTest
    @CsvSource({
            "57000000, 5700万元",
            "2300000, 230万元",
            "125000, 12.5万元",
            "3500, 0.35万元",
            "0, 0万元",
            "520000000, 5.2亿元",
            "500000000, 5亿元",
            "1234567890, 12.35亿元",
            "99999999, 1亿元",
            "99994999, 9999万元",
            "12345678, 1235万元",
            "9995000, 999.5万元",
            "-2300000, -230万元"
    })
    void amountsInWanOrYiWithTheirPrecision(String yuan, String expected) {
        assertEquals(expected, Wording.amount(n(yuan)));
    }

    @ParameterizedTest
    @CsvSource({
            "14, 23, 由14名增加到23名",
            "23, 14, 由23名减少到14名",
            "23, 23, 保持23名",
            "0, 5, 由0名增加到5名"
    })
    void theChangeOfAHeadCount(String start, String end, String expected) {
        assertEquals(expected, Wording.change(n(start), n(end), FigureUnit.PERSON));
    }

    @Test
    void theChangeOfAnAmountIsWrittenInWan() {
        assertEquals("由3000万元增加到5.2亿元", Wording.change(n("30000000"), n("520000000"), FigureUnit.YUAN));
    }

    @ParameterizedTest
    @CsvSource({
            "45, 40, 同比增长12.5%",
            "36, 40, 同比下降10%",
            "40, 40, 与去年同期持平",
            "80, 40, 同比增长100%",
            "0, 40, 同比下降100%",
            "0, 0, 与去年同期持平",
            "1000001, 1000000, 与去年同期基本持平",
            "2, 3, 同比下降33.3%"
    })
    void theSamePeriodLastYear(String value, String lastYear, String expected) {
        assertEquals(expected, Wording.yearOnYear(n(value), n(lastYear)));
    }

    @Test
    void noComparisonWithoutLastYearOrFromZero() {
        assertEquals("", Wording.yearOnYear(n("5"), null), "the first year has nothing to compare with");
        assertEquals("", Wording.yearOnYear(n("5"), BigDecimal.ZERO), "no percentage from zero");
        assertNull(Wording.growthPercent(n("5"), BigDecimal.ZERO));
    }

    @ParameterizedTest
    @CsvSource({
            "0, 零", "1, 一", "10, 十", "15, 十五", "20, 二十", "23, 二十三", "100, 一百", "105, 一百零五",
            "110, 一百一十", "1001, 一千零一", "1010, 一千零一十", "2026, 二千零二十六", "10000, 一万",
            "10020, 一万零二十", "100000, 十万", "150000, 十五万", "12345, 一万二千三百四十五",
            "100000000, 一亿", "100000001, 一亿零一", "-3, 负三"
    })
    void chineseNumerals(long number, String expected) {
        assertEquals(expected, Wording.chinese(number));
    }

    @Test
    void headingsDatesAndQuantities() {
        assertEquals("三、", Wording.heading(3));
        assertEquals("（十二）", Wording.subheading(12));
        assertEquals("2026年3月1日", Wording.date(LocalDate.of(2026, 3, 1)));
        assertEquals("23名", Wording.quantity(n("23"), FigureUnit.PERSON));
        assertEquals("1200.5平方米", Wording.quantity(n("1200.50"), FigureUnit.SQUARE_METRE));
        assertEquals("5000人次", Wording.quantity(n("5E+3"), FigureUnit.PERSON_TIMES));
        assertEquals("5700万元", Wording.quantity(n("57000000.00"), FigureUnit.YUAN));
    }
}
