package cn.kejiju.workbench.summary;

import cn.kejiju.workbench.shared.ConflictException;
import cn.kejiju.workbench.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WorkSummaryTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 7, 3, 9, 30);

    private static Narrative narrative(String highlights) {
        return new Narrative(highlights, null, "下半年继续");
    }

    @Test
    void versionsAreNumberedOnTopOfTheLatest() {
        WorkSummary summary = new WorkSummary(SummaryPeriod.half(2026, 1), 2L);
        SummaryVersion first = summary.addVersion(0, narrative("一"), "[]", "clerk", NOW);
        SummaryVersion second = summary.addVersion(1, narrative("二"), "[]", "clerk", NOW);
        assertEquals(1, first.getNumber());
        assertEquals(2, second.getNumber());
        assertEquals(2, summary.getLatestNumber());
        assertEquals("二", second.getNarrative().getHighlights());
        assertNull(second.getNarrative().getProblems());
    }

    @Test
    void aVersionOnTopOfAnOlderOneIsStale() {
        WorkSummary summary = new WorkSummary(SummaryPeriod.half(2026, 1), 2L);
        summary.addVersion(0, narrative("一"), "[]", "clerk", NOW);
        ConflictException stale = assertThrows(ConflictException.class,
                () -> summary.addVersion(0, narrative("另一个"), "[]", "other", NOW));
        assertEquals("summary.version.stale", stale.messageKey());
    }

    @Test
    void whoPreparedAVersionCannotApproveIt() {
        WorkSummary summary = new WorkSummary(SummaryPeriod.year(2026), null);
        SummaryVersion version = summary.addVersion(0, narrative("一"), "[]", "clerk", NOW);
        RuleViolationException refused = assertThrows(RuleViolationException.class,
                () -> summary.approve(version, "clerk", NOW));
        assertEquals("summary.version.makerChecker", refused.messageKey());
        assertFalse(summary.isApproved());
    }

    @Test
    void anApprovedSummaryIsFrozen() {
        WorkSummary summary = new WorkSummary(SummaryPeriod.year(2026), null);
        SummaryVersion version = summary.addVersion(0, narrative("一"), "[]", "clerk", NOW);
        summary.approve(version, "leader", NOW);
        assertTrue(summary.isApproved());
        assertEquals(1, summary.getApprovedNumber());
        assertEquals("leader", summary.getApprovedBy());
        assertEquals("summary.version.frozen", assertThrows(ConflictException.class,
                () -> summary.addVersion(1, narrative("改"), "[]", "clerk", NOW)).messageKey());
        assertEquals("summary.version.frozen", assertThrows(ConflictException.class,
                () -> summary.approve(version, "other", NOW)).messageKey());
    }

    @Test
    void theNarrativeKeepsItsLinesAndDropsControlCharacters() {
        Narrative narrative = new Narrative("第一段\r\n第二段\u202E\u0007", "  ", null);
        assertEquals("第一段\n第二段", narrative.getHighlights());
        assertNull(narrative.getProblems());
        assertThrows(RuleViolationException.class, () -> new Narrative("字".repeat(Narrative.PART_MAX + 1), null, null));
    }

    @Test
    void theSectionsOfAVersionReadBackAsStored() {
        RenderedSection section = new RenderedSection("financing", 30, "科技金融", List.of(
                Figure.flow("newAmount", FigureUnit.YUAN, new BigDecimal("57000000.00"), BigDecimal.ZERO, null,
                        "/financing/applications.xhtml?status=APPROVED&county=2"),
                Figure.stock("tenants", FigureUnit.ENTERPRISE, BigDecimal.ONE, BigDecimal.TEN, null, null, null)),
                List.of("上半年新增融资5700万元。"),
                List.of(new CountyFigures(2L, "临江县", Map.of("newAmount", BigDecimal.TEN)),
                        new CountyFigures(null, null, Map.of("newAmount", BigDecimal.TEN))));
        List<RenderedSection> back = SectionsJson.decode(SectionsJson.encode(List.of(section)));
        assertEquals(1, back.size());
        RenderedSection read = back.get(0);
        assertEquals("科技金融", read.title());
        assertEquals(section.sentences(), read.sentences());
        assertEquals(0, new BigDecimal("57000000").compareTo(read.figure("newAmount").orElseThrow().value()));
        assertNull(read.figure("newAmount").orElseThrow().lastYear());
        assertEquals("/financing/applications.xhtml?status=APPROVED&county=2", read.figure("newAmount").orElseThrow().link());
        assertTrue(read.figure("tenants").orElseThrow().isStock());
        assertEquals("临江县", read.counties().get(0).county());
        assertNull(read.counties().get(1).countyId());
        assertTrue(read.targets().isEmpty());
    }

    @Test
    void targetsReadBackAndVersionsSavedBeforeTargetsStillRead() {
        RenderedSection section = new RenderedSection("financing", 30, "科技金融", List.of(
                Figure.flow("newAmount", FigureUnit.YUAN, new BigDecimal("57000000.00"), null, null, null),
                Figure.flow("newCount", FigureUnit.CASE, new BigDecimal("3"), null, null, null)),
                List.of(), List.of()).withTargets(Map.of("newAmount", new BigDecimal("100000000")));
        RenderedSection read = SectionsJson.decode(SectionsJson.encode(List.of(section))).get(0);
        assertEquals(0, new BigDecimal("100000000").compareTo(read.target("newAmount").orElseThrow()));
        assertEquals(new BigDecimal("57.0"), read.percentOfTarget("newAmount").orElseThrow());
        assertTrue(read.target("newCount").isEmpty());
        assertTrue(read.percentOfTarget("newCount").isEmpty());

        // as stored by the first release of the summary: no "targets"
        String before = "[{\"section\":\"financing\",\"order\":30,\"title\":\"科技金融\",\"figures\":[{\"key\":"
                + "\"newAmount\",\"unit\":\"YUAN\",\"value\":5700}],\"sentences\":[\"一句。\"],\"counties\":[]}]";
        RenderedSection old = SectionsJson.decode(before).get(0);
        assertEquals("一句。", old.paragraph());
        assertTrue(old.targets().isEmpty());
        assertTrue(old.percentOfTarget("newAmount").isEmpty());
    }

    @Test
    void theTitleNamesTheJurisdictionAndThePeriod() {
        assertEquals("临江县科技局2026年上半年工作总结",
                new SummaryDocument(SummaryPeriod.half(2026, 1), 2L, "临江县", List.of(), null).title());
    }
}
