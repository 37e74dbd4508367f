package cn.kejiju.workbench.preparedness;

import cn.kejiju.workbench.commissioner.FigureTally;
import cn.kejiju.workbench.commissioner.StatisticsPeriod;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The statistics put together: the city sums its counties, each figure beside the same period last year. */
class PreparednessSummaryTest {

    private static final StatisticsPeriod YEAR = StatisticsPeriod.year(2026);

    private static FigureTally tally(long events, long people, long readers) {
        FigureTally t = new FigureTally();
        t.add("events", events);
        t.add("venue.SQUARE", events);
        t.add("people", people);
        t.add("materials.READER", readers);
        return t;
    }

    private static Map<Long, String> counties() {
        Map<Long, String> names = new LinkedHashMap<>();
        names.put(2L, "临江县");
        names.put(3L, "云岭县");
        return names;
    }

    private final PreparednessSummary.TownshipRow chengguan =
            new PreparednessSummary.TownshipRow(2, "临江县", 10, "城关镇", 3, 900, 40, 1, 300);
    private final PreparednessSummary.TownshipRow chashan =
            new PreparednessSummary.TownshipRow(3, "云岭县", 23, "茶山镇", 1, 100, 0, 0, 0);

    @Test
    void theCitySumsItsCountiesAndComparesWithLastYear() {
        PreparednessSummary s = PreparednessSummary.of(YEAR, counties(), null,
                Map.of(2L, tally(3, 900, 40), 3L, tally(1, 100, 0)), Map.of(2L, tally(2, 800, 10)),
                List.of(chengguan, chashan), List.of());

        assertEquals(new BigDecimal(4), s.figure("events").value());
        assertEquals(new BigDecimal(2), s.figure("events").lastYear());
        assertEquals(new BigDecimal("100.0"), s.figure("events").growthPercent());
        assertEquals(new BigDecimal("25.0"), s.figure("people").growthPercent());
        assertEquals(new BigDecimal(40), s.figure("materials.READER").value());
        assertNull(s.figure("drills").growthPercent(), "— when last year is 0");
        assertEquals(StatisticsPeriod.year(2025), s.lastYearPeriod());
        assertEquals(List.of("临江县", "云岭县", "total"), s.counties().stream()
                .map(c -> c.county() == null ? "total" : c.county()).toList());
        assertEquals(4, s.counties().get(2).events());
        assertEquals(2, s.townships().size());
        assertEquals(PreparednessSummary.keys().size(), s.figures().size());
    }

    @Test
    void oneCountyShowsItsOwnFiguresAndTownships() {
        PreparednessSummary s = PreparednessSummary.of(YEAR, counties(), 3L,
                Map.of(2L, tally(3, 900, 40), 3L, tally(1, 100, 0)), Map.of(2L, tally(2, 800, 10)),
                List.of(chengguan, chashan), List.of());

        assertEquals("云岭县", s.countyName());
        assertEquals(BigDecimal.ONE, s.figure("events").value());
        assertEquals(BigDecimal.ZERO, s.figure("events").lastYear());
        assertEquals(List.of(chashan), s.townships());
        assertEquals(3, s.counties().size(), "the table of counties stays whole for a city user");
    }

    @Test
    void aCountyUserGetsNoTotalRow() {
        Map<Long, String> own = Map.of(2L, "临江县");
        PreparednessSummary s = PreparednessSummary.of(YEAR, own, 2L, Map.of(2L, tally(3, 900, 40)), Map.of(),
                List.of(chengguan), List.of());

        assertEquals(1, s.counties().size());
        assertEquals(new BigDecimal(3), s.figure("venue.SQUARE").value());
    }
}
