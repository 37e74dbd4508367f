package cn.kejiju.workbench.project;

import cn.kejiju.workbench.commissioner.FigureTally;
import cn.kejiju.workbench.commissioner.StatisticsPeriod;
import cn.kejiju.workbench.commissioner.SummaryFigure;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ProjectSummaryTest {

    private static BigDecimal n(long value) {
        return BigDecimal.valueOf(value);
    }

    @Test
    void theSuccessRateIsApprovedOverDecidedOneDecimalHalfUp() {
        assertEquals(new BigDecimal("30.0"), ProjectSummary.successRate(n(3), n(10)));
        assertEquals(new BigDecimal("66.7"), ProjectSummary.successRate(n(2), n(3)));
        assertEquals(new BigDecimal("33.3"), ProjectSummary.successRate(n(1), n(3)));
        assertEquals(new BigDecimal("100.0"), ProjectSummary.successRate(n(4), n(4)));
        assertEquals(new BigDecimal("0.0"), ProjectSummary.successRate(n(0), n(7)));
        // 1/8 = 12.5 exactly; 1/16 = 6.25 rounds half up to 6.3
        assertEquals(new BigDecimal("6.3"), ProjectSummary.successRate(n(1), n(16)));
    }

    @Test
    void nothingDecidedHasNoSuccessRate() {
        assertNull(ProjectSummary.successRate(n(0), n(0)));
        assertNull(ProjectSummary.successRate(n(0), null));
    }

    @Test
    void moreApprovedThanDecidedIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> ProjectSummary.successRate(n(3), n(2)));
    }

    @Test
    void aFlowStartsFromTheYearsFirstDay() {
        assertEquals(LocalDate.of(2026, 1, 1),
                ProjectSummary.yearStart(new StatisticsPeriod(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 12, 31))));
        assertEquals(new StatisticsPeriod(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 4, 30)),
                ProjectSummary.lastYearOf(new StatisticsPeriod(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 30))));
    }

    /**
     * Two counties: county 2 has a national programme (3 applications, 2 won of 3 decided, 1,500,000 yuan) and a
     * city programme (1 application, 1 won of 1); county 3 the national one only (1 application, 0 of 1). Last year
     * county 2 won 1,000,000 yuan nationally.
     */
    @Test
    void countiesAndProgrammesAddUpByLevel() {
        Map<Long, String> counties = new LinkedHashMap<>();
        counties.put(2L, "临江县");
        counties.put(3L, "云岭县");
        Map<Long, ProjectSummary.ProgrammeInfo> programmes = new LinkedHashMap<>();
        programmes.put(10L, new ProjectSummary.ProgrammeInfo(10, "创新基金", ProgrammeLevel.NATIONAL));
        programmes.put(20L, new ProjectSummary.ProgrammeInfo(20, "市科技计划", ProgrammeLevel.CITY));

        FigureTally national2 = tally(3, 2, 3, "1500000.00");
        national2.add("applications.start", 5);
        FigureTally city2 = tally(1, 1, 1, "200000.00");
        FigureTally national3 = tally(1, 0, 1, "0");
        FigureTally indicators3 = new FigureTally();
        indicators3.add("patentsApplied", 4);
        indicators3.add("patentsApplied.INVENTION", 4);
        indicators3.add("highTechValid.start", 2);
        indicators3.add("highTechValid.end", 5);
        FigureTally lastYear2 = tally(2, 1, 2, "1000000.00");

        ProjectSummary city = ProjectSummary.of(StatisticsPeriod.half(2026, 2), counties, null, programmes,
                Map.of(2L, Map.of(10L, national2, 20L, city2), 3L, Map.of(10L, national3)), Map.of(3L, indicators3),
                Map.of(2L, Map.of(10L, lastYear2)), Map.of());

        assertEquals(n(5), city.figure("applications").value());
        assertEquals(n(5), city.figure("applications").atStart(), "the year before the second half");
        assertEquals(n(4), city.figure("applications.NATIONAL").value());
        assertEquals(n(1), city.figure("applications.CITY").value());
        assertEquals(n(3), city.figure("approvals").value());
        assertEquals(new BigDecimal("60.0"), city.figure("successRate").value(), "3 of 5 decided");
        assertNull(city.figure("successRate").atStart(), "nothing decided before the period");
        assertEquals(new BigDecimal("50.0"), city.figure("successRate").lastYear());
        SummaryFigure national = city.figure("funds.NATIONAL");
        assertEquals(0, new BigDecimal("1500000").compareTo(national.value()));
        assertEquals(0, new BigDecimal("1000000").compareTo(national.lastYear()));
        assertEquals(new BigDecimal("50.0"), national.growthPercent());
        assertNull(city.figure("funds.CITY").growthPercent(), "no growth over a last year of 0");
        assertEquals(0, new BigDecimal("1700000").compareTo(city.figure("funds").value()));
        SummaryFigure valid = city.figure("highTechValid");
        assertEquals(n(2), valid.atStart());
        assertEquals(n(5), valid.value());
        assertEquals(n(3), valid.change());

        assertEquals(List.of("临江县", "云岭县"), city.counties().subList(0, 2).stream()
                .map(ProjectSummary.CountyRow::county).toList());
        ProjectSummary.CountyRow total = city.counties().get(2);
        assertNull(total.countyId());
        assertEquals(5, total.applications());
        assertEquals(4, total.patentsApplied());
        assertEquals(new BigDecimal("75.0"), city.counties().get(0).successRate(), "临江县: 3 of 4");
        assertEquals(new BigDecimal("0.0"), city.counties().get(1).successRate(), "云岭县: 0 of 1");

        ProjectSummary.ProgrammeRow fund = city.programmes().get(0);
        assertEquals("创新基金", fund.name());
        assertEquals(4, fund.applications());
        assertEquals(new BigDecimal("50.0"), fund.successRate(), "2 of 4 decided in both counties");

        ProjectSummary yunling = ProjectSummary.of(StatisticsPeriod.half(2026, 2), counties, 3L, programmes,
                Map.of(2L, Map.of(10L, national2, 20L, city2), 3L, Map.of(10L, national3)), Map.of(3L, indicators3),
                Map.of(), Map.of());
        assertEquals("云岭县", yunling.countyName());
        assertEquals(n(1), yunling.figure("applications").value());
        assertEquals(1, yunling.programmes().size(), "the programmes of the county shown");
        assertEquals(1, yunling.programmes().get(0).applications());
        assertEquals(n(4), yunling.figure("patentsApplied.INVENTION").value());
    }

    private static FigureTally tally(long applications, long approvals, long decided, String funds) {
        FigureTally t = new FigureTally();
        t.add("applications", applications);
        t.add("approvals", approvals);
        t.add("decided", decided);
        t.add("funds", new BigDecimal(funds));
        return t;
    }
}
