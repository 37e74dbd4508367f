package cn.kejiju.workbench.commissioner;

import cn.kejiju.workbench.AsSystemAdmin;
import cn.kejiju.workbench.Deployments;
import cn.kejiju.workbench.TestData;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The summary paragraph's figures over a history this test writes in 云岭县 across 2019 and 2020
 * (commissioners posted and ended at known dates, assignments to enterprises, approved and rejected logs),
 * asserted as differences before and after it, so that other data does not matter: the start of the period,
 * the same period last year (同比), field × dispatch level, the training split by field, the enterprises the
 * industrial commissioners link and the named items of the period. Runs on H2 and on PostgreSQL.
 */
@ExtendWith(ArquillianExtension.class)
class StatisticsSummaryIT {

    private static final long YUNLING = 3;
    private static final long TEA_HILL_TOWNSHIP = 23;
    private static final long SOFTWARE_FIRM = 113;
    private static final long MACHINERY_FIRM = 109;
    private static final StatisticsPeriod H1_2020 = StatisticsPeriod.half(2020, 1);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWith(StatisticsSummaryIT.class, CommissionerFixtures.class, AsSystemAdmin.class,
                TestData.class);
    }

    @Inject
    CommissionerFixtures fixtures;

    @Inject
    StatisticsService statistics;

    @Inject
    AsSystemAdmin asAdmin;

    private PeriodSummary summary(StatisticsPeriod period, Long county) throws Exception {
        return asAdmin.call(() -> statistics.summary(period, county));
    }

    private static BigDecimal delta(PeriodSummary before, PeriodSummary after, String key,
                                    Function<SummaryFigure, BigDecimal> part) {
        BigDecimal then = part.apply(before.figure(key));
        BigDecimal now = part.apply(after.figure(key));
        return now.subtract(then);
    }

    private static void assertDelta(long expected, PeriodSummary before, PeriodSummary after, String key,
                                    Function<SummaryFigure, BigDecimal> part, String what) {
        assertEquals(0, BigDecimal.valueOf(expected).compareTo(delta(before, after, key, part)), key + ": " + what);
    }

    private static CountyRow row(PeriodSummary summary, Long county) {
        return summary.counties().stream().filter(r -> Objects.equals(r.countyId(), county)).findFirst()
                .orElseThrow();
    }

    @Test
    void theFiguresOfAHalfYearAgainstItsStartAndTheSameHalfLastYear() throws Exception {
        PeriodSummary before = summary(H1_2020, YUNLING);
        PeriodSummary cityBefore = summary(H1_2020, null);

        String variety = TestData.uniqueName("福云");
        String technology = TestData.uniqueName("数控");
        long village = fixtures.village(TEA_HILL_TOWNSHIP, TestData.uniqueName("丙村"));
        // serving all along, county-posted
        long steady = fixtures.commissioner(YUNLING, TestData.uniqueName("稳定"), ServiceField.AGRICULTURE,
                DispatchLevel.COUNTY, LocalDate.of(2019, 3, 1));
        long steadyIn = fixtures.assignment(steady, village, LocalDate.of(2019, 3, 5), LocalDate.of(2021, 3, 4));
        // city-posted, serving at the start, ended in March
        long leaving = fixtures.commissioner(YUNLING, TestData.uniqueName("离任"), ServiceField.AGRICULTURE,
                DispatchLevel.CITY, LocalDate.of(2019, 5, 1));
        fixtures.end(leaving, LocalDate.of(2020, 3, 31));
        // city-posted, new in the period
        long arriving = fixtures.commissioner(YUNLING, TestData.uniqueName("新派"), ServiceField.AGRICULTURE,
                DispatchLevel.CITY, LocalDate.of(2020, 2, 10));
        // industrial: a new one and an old provincial one, each assigned to an enterprise
        long newEngineer = fixtures.commissioner(YUNLING, TestData.uniqueName("工业新"), ServiceField.INDUSTRY,
                DispatchLevel.COUNTY, LocalDate.of(2020, 4, 1));
        long newEngineerIn = fixtures.organisationAssignment(newEngineer, SOFTWARE_FIRM, LocalDate.of(2020, 4, 8),
                LocalDate.of(2022, 4, 7));
        long oldEngineer = fixtures.commissioner(YUNLING, TestData.uniqueName("工业老"), ServiceField.INDUSTRY,
                DispatchLevel.PROVINCE, LocalDate.of(2018, 6, 1));
        fixtures.organisationAssignment(oldEngineer, MACHINERY_FIRM, LocalDate.of(2019, 6, 1), LocalDate.of(2021, 5, 31));

        // the period: two trainings (one per field), a variety and a technology, one rejected training
        fixtures.log(steadyIn, LocalDate.of(2020, 3, 10), ServiceKind.TRAINING, "0.5", 40, "0", List.of(), List.of(),
                LogStatus.APPROVED);
        fixtures.log(newEngineerIn, LocalDate.of(2020, 5, 20), ServiceKind.TRAINING, "1", 15, "0", List.of(), List.of(),
                LogStatus.APPROVED);
        fixtures.log(steadyIn, LocalDate.of(2020, 6, 15), ServiceKind.VARIETY_INTRODUCTION, "1", 0, "2.5",
                List.of(variety), List.of(), LogStatus.APPROVED);
        fixtures.log(newEngineerIn, LocalDate.of(2020, 6, 30), ServiceKind.TECHNOLOGY_PROMOTION, "1", 0, "0",
                List.of(), List.of(technology), LogStatus.APPROVED);
        fixtures.log(steadyIn, LocalDate.of(2020, 4, 10), ServiceKind.TRAINING, "1", 99, "0", List.of(), List.of(),
                LogStatus.REJECTED);
        // the same half of 2019: one agricultural training; July 2019 is outside it
        fixtures.log(steadyIn, LocalDate.of(2019, 4, 10), ServiceKind.TRAINING, "0.5", 20, "0", List.of(), List.of(),
                LogStatus.APPROVED);
        fixtures.log(steadyIn, LocalDate.of(2019, 7, 1), ServiceKind.TRAINING, "0.5", 50, "0", List.of(), List.of(),
                LogStatus.APPROVED);

        PeriodSummary after = summary(H1_2020, YUNLING);
        // field × level at the start and the end of the period, new in it, and at the end of H1 2019
        assertDelta(2, before, after, "commissioners.AGRICULTURE", SummaryFigure::atStart, "steady and leaving on 1 January");
        assertDelta(2, before, after, "commissioners.AGRICULTURE", SummaryFigure::value, "steady and arriving on 30 June");
        assertDelta(0, before, after, "commissioners.AGRICULTURE", SummaryFigure::change, "one left, one came");
        assertDelta(1, before, after, "commissioners.AGRICULTURE", SummaryFigure::newInPeriod, "arriving");
        assertDelta(2, before, after, "commissioners.AGRICULTURE", SummaryFigure::lastYear, "steady and leaving on 30 June 2019");
        assertDelta(1, before, after, "commissioners.AGRICULTURE.CITY", SummaryFigure::atStart, "leaving");
        assertDelta(1, before, after, "commissioners.AGRICULTURE.CITY", SummaryFigure::value, "arriving");
        assertDelta(1, before, after, "commissioners.AGRICULTURE.CITY", SummaryFigure::newInPeriod, "arriving");
        assertDelta(1, before, after, "commissioners.AGRICULTURE.COUNTY", SummaryFigure::value, "steady");
        assertDelta(0, before, after, "commissioners.AGRICULTURE.COUNTY", SummaryFigure::newInPeriod, "steady is old");
        assertDelta(1, before, after, "commissioners.INDUSTRY", SummaryFigure::atStart, "the old engineer");
        assertDelta(2, before, after, "commissioners.INDUSTRY", SummaryFigure::value, "both engineers");
        assertDelta(1, before, after, "commissioners.INDUSTRY.COUNTY", SummaryFigure::newInPeriod, "the new engineer");
        assertDelta(1, before, after, "commissioners.INDUSTRY.PROVINCE", SummaryFigure::value, "the old engineer");
        assertDelta(4, before, after, "commissioners", SummaryFigure::value, "everyone but the one who left");
        // enterprises linked by the industrial commissioners, and by the new ones
        assertDelta(2, before, after, "enterprisesLinked", SummaryFigure::value, "two enterprises");
        assertDelta(1, before, after, "enterprisesLinkedByNew", SummaryFigure::value, "the new engineer's enterprise");
        // trainings and people trained by field; the rejected training does not count
        assertDelta(2, before, after, "trainings", SummaryFigure::value, "two approved trainings");
        assertDelta(1, before, after, "trainings.AGRICULTURE", SummaryFigure::value, "agricultural training");
        assertDelta(1, before, after, "trainings.INDUSTRY", SummaryFigure::value, "industrial training");
        assertDelta(40, before, after, "peopleTrained.AGRICULTURE", SummaryFigure::value, "40 farmers");
        assertDelta(15, before, after, "peopleTrained.INDUSTRY", SummaryFigure::value, "15 workers");
        assertDelta(1, before, after, "trainings.AGRICULTURE", SummaryFigure::lastYear, "April 2019, not July");
        assertDelta(20, before, after, "peopleTrained.AGRICULTURE", SummaryFigure::lastYear, "20 in April 2019");
        assertDelta(0, before, after, "trainings.INDUSTRY", SummaryFigure::lastYear, "no industrial training in 2019");
        assertDelta(1, before, after, "varieties", SummaryFigure::value, "one variety");
        assertDelta(1, before, after, "technologies", SummaryFigure::value, "one technology");
        // 同比 is the growth over the same figure last year, or undefined
        for (SummaryFigure figure : after.figures()) {
            assertEquals(SummaryFigure.growth(figure.value(), figure.lastYear()), figure.growthPercent(), figure.key());
        }

        // the named items of the period, with county, commissioner and date
        assertTrue(after.items().stream().anyMatch(i -> i.name().equals(variety) && i.kind() == InnovationKind.VARIETY
                && i.county().equals("云岭县") && i.date().equals(LocalDate.of(2020, 6, 15))), after.items().toString());
        assertTrue(after.items().stream().anyMatch(i -> i.name().equals(technology)
                && i.kind() == InnovationKind.TECHNOLOGY && i.date().equals(LocalDate.of(2020, 6, 30))));

        // the city: its figures are its counties' sums, the table has each county and the total
        PeriodSummary city = summary(H1_2020, null);
        assertDelta(2, cityBefore, city, "commissioners.AGRICULTURE", SummaryFigure::value, "the city counts them too");
        CountyRow total = row(city, null);
        assertEquals(city.counties().stream().filter(r -> r.countyId() != null).mapToLong(CountyRow::commissioners).sum(),
                total.commissioners());
        assertEquals(after.figure("commissioners").value().longValue(), row(city, YUNLING).commissioners());
        assertEquals(1, row(city, YUNLING).agriculturalCity() - row(cityBefore, YUNLING).agriculturalCity(),
                "arriving counts at the end; leaving does not");
        assertEquals(1, row(city, YUNLING).industrialNew() - row(cityBefore, YUNLING).industrialNew());
        assertEquals(1, row(city, YUNLING).enterprisesLinkedByNew() - row(cityBefore, YUNLING).enterprisesLinkedByNew());
    }

    @Test
    void daysOutsideWholeMonthsCountFromTheLogs() throws Exception {
        StatisticsPeriod days = new StatisticsPeriod(LocalDate.of(2020, 9, 10), LocalDate.of(2020, 11, 20));
        PeriodSummary before = summary(days, YUNLING);
        long village = fixtures.village(TEA_HILL_TOWNSHIP, TestData.uniqueName("丁村"));
        long someone = fixtures.commissioner(YUNLING, TestData.uniqueName("边界"), ServiceField.OTHER,
                DispatchLevel.PROVINCE, LocalDate.of(2020, 9, 1));
        long in = fixtures.assignment(someone, village, LocalDate.of(2020, 9, 2), LocalDate.of(2021, 9, 1));
        fixtures.log(in, LocalDate.of(2020, 9, 9), ServiceKind.TRAINING, "1", 11, "0", List.of(), List.of(), LogStatus.APPROVED);
        fixtures.log(in, LocalDate.of(2020, 9, 10), ServiceKind.TRAINING, "1", 12, "0", List.of(), List.of(), LogStatus.APPROVED);
        fixtures.log(in, LocalDate.of(2020, 10, 15), ServiceKind.TRAINING, "1", 13, "0", List.of(), List.of(), LogStatus.APPROVED);
        fixtures.log(in, LocalDate.of(2020, 11, 20), ServiceKind.TRAINING, "1", 14, "0", List.of(), List.of(), LogStatus.APPROVED);
        fixtures.log(in, LocalDate.of(2020, 11, 21), ServiceKind.TRAINING, "1", 15, "0", List.of(), List.of(), LogStatus.APPROVED);
        PeriodSummary after = summary(days, YUNLING);
        assertDelta(3, before, after, "trainings.OTHER", SummaryFigure::value, "10 September to 20 November");
        assertDelta(39, before, after, "peopleTrained.OTHER", SummaryFigure::value, "12 + 13 + 14");
        assertDelta(1, before, after, "commissioners.OTHER.PROVINCE", SummaryFigure::atStart, "posted 1 September: serving on the 10th");
        assertDelta(0, before, after, "commissioners.OTHER.PROVINCE", SummaryFigure::newInPeriod, "posted before the period");
    }
}
