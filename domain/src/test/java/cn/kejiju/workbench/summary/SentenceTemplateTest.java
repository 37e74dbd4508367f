package cn.kejiju.workbench.summary;

import cn.kejiju.workbench.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SentenceTemplateTest {

    private static final Map<String, String> GLOBALS = Map.of("jurisdiction", "全县", "county", "临江县",
            "period", "2026年上半年");

    private static BigDecimal n(String value) {
        return new BigDecimal(value);
    }

    private static SectionContent commissioners() {
        return new SectionContent("commissioner", 10, List.of(
                Figure.stock("total", FigureUnit.PERSON, n("50"), n("54"), n("52"), n("48"), "/commissioner/list.xhtml"),
                Figure.stock("agriculture", FigureUnit.PERSON, n("14"), n("23"), null, n("20"), null),
                Figure.stock("agricultureCity", FigureUnit.PERSON, n("4"), n("4"), null, null, null),
                Figure.flow("industryNew", FigureUnit.PERSON, n("5"), n("2"), n("4"), null),
                Figure.flow("enterprisesLinkedByNew", FigureUnit.ITEM, n("5"), null, null, null),
                Figure.flow("financing", FigureUnit.YUAN, n("57000000"), n("40000000"), n("40000000"), null)),
                List.of("headcount"), List.of());
    }

    @Test
    void theSeedsCommissionerSentence() {
        SentenceTemplate template = new SentenceTemplate("commissioner", "headcount",
                "{jurisdiction}选派科技特派员{total}，其中农业科技特派员{agriculture.change}(市派{agricultureCity.number}名)；"
                        + "新增工业企业科技特派员{industryNew}，联系企业{enterprisesLinkedByNew}。");
        assertEquals("全县选派科技特派员54名，其中农业科技特派员由14名增加到23名(市派4名)；新增工业企业科技特派员5名，联系企业5个。",
                template.render(commissioners(), GLOBALS));
    }

    @Test
    void everyPartOfAFigure() {
        SectionContent content = commissioners();
        assertEquals("50名|54|52名|48名|同比增长12.5%", new SentenceTemplate("commissioner", "x",
                "{total.start}|{total.number}|{total.previous}|{total.lastYear}|{total.yoy}").render(content, GLOBALS));
        assertEquals("由4000万元增加到5700万元，同比增长42.5%", new SentenceTemplate("commissioner", "x",
                "{financing.change}，{financing.yoy}").render(content, GLOBALS));
        assertEquals("—|", new SentenceTemplate("commissioner", "x", "{agricultureCity.lastYear}|{agricultureCity.yoy}")
                .render(content, GLOBALS), "no value last year: a dash, and no comparison");
        assertEquals("{unknown}在2026年上半年", new SentenceTemplate("commissioner", "x", "{unknown}在{period}")
                .render(content, GLOBALS));
    }

    @Test
    void aComparisonSaidAsNothingLeavesNoDanglingComma() {
        assertEquals("农业科技特派员23名。", new SentenceTemplate("commissioner", "x",
                "农业科技特派员{agriculture}，{agricultureCity.yoy}。").render(commissioners(), GLOBALS));
        assertEquals("共54名；", new SentenceTemplate("commissioner", "x",
                "共{total}，{agricultureCity.yoy}；").render(commissioners(), GLOBALS));
    }

    @Test
    void placeholdersAreListedInOrder() {
        assertEquals(List.of("period", "total", "total.yoy"),
                new SentenceTemplate("s", "k", "{period}共{total}，{total.yoy}").placeholders());
    }

    @Test
    void theCheckAcceptsFiguresPartsAndGlobals() {
        SentenceTemplate template = new SentenceTemplate("commissioner", "k",
                "{jurisdiction}{county}{period}{total}{total.start}{total.change}{total.previous}{total.lastYear}"
                        + "{total.yoy}{total.number}");
        assertDoesNotThrow(() -> template.check(Set.of("total")));
    }

    @Test
    void theCheckRefusesAnUnknownFigureOrPart() {
        RuleViolationException figure = assertThrows(RuleViolationException.class,
                () -> new SentenceTemplate("s", "k", "共{count}").check(Set.of("total")));
        assertEquals("summary.template.placeholder", figure.messageKey());
        assertEquals("text", figure.field());
        assertArrayEquals(new Object[]{"{count}"}, figure.arguments());
        RuleViolationException part = assertThrows(RuleViolationException.class,
                () -> new SentenceTemplate("s", "k", "共{total.growth}").check(Set.of("total")));
        assertArrayEquals(new Object[]{"{total.growth}"}, part.arguments());
        assertThrows(RuleViolationException.class, () -> new SentenceTemplate("s", "k", "{}").check(Set.of("total")));
        assertThrows(RuleViolationException.class,
                () -> new SentenceTemplate("s", "k", "{.start}").check(Set.of("total")));
    }

    @Test
    void theCheckRefusesStrayBraces() {
        assertEquals("summary.template.brace", assertThrows(RuleViolationException.class,
                () -> new SentenceTemplate("s", "k", "共{total名").check(Set.of("total"))).messageKey());
        assertEquals("summary.template.brace", assertThrows(RuleViolationException.class,
                () -> new SentenceTemplate("s", "k", "共total}名").check(Set.of("total"))).messageKey());
    }

    @Test
    void aTemplateHasText() {
        assertEquals("field.required", assertThrows(RuleViolationException.class,
                () -> new SentenceTemplate("s", "k", "  ")).messageKey());
        assertEquals("field.tooLong", assertThrows(RuleViolationException.class,
                () -> new SentenceTemplate("s", "k", "字".repeat(SentenceTemplate.TEXT_MAX + 1))).messageKey());
    }

    @Test
    void aSectionHasEachFigureOnce() {
        Figure one = Figure.flow("total", FigureUnit.PERSON, BigDecimal.ONE, null, null, null);
        assertThrows(IllegalArgumentException.class,
                () -> new SectionContent("s", 1, List.of(one, one), List.of(), List.of()));
        assertThrows(IllegalArgumentException.class,
                () -> Figure.flow("total", FigureUnit.PERSON, BigDecimal.ONE, null, null, "http://evil.example/"));
    }
}
