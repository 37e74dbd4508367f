package cn.kejiju.workbench.commissioner;

import cn.kejiju.workbench.BureauClock;
import cn.kejiju.workbench.Deployments;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The statistics in fewer passes give exactly the figures of the implementation before them
 * ({@link StatisticsBefore}, kept here as the oracle), over the demo year of logs and whatever the other
 * tests wrote: whole years, half-years, a range across a year's end, city-wide and per county.
 */
@ExtendWith(ArquillianExtension.class)
class StatisticsEquivalenceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWith(StatisticsEquivalenceIT.class, StatisticsBefore.class);
    }

    @Inject
    StatisticsQueries now;

    @Inject
    StatisticsBefore before;

    @Test
    void everyFigureOfEveryPeriodAndCountyIsTheSameAsBefore() {
        int year = BureauClock.today().getYear();
        List<StatisticsPeriod> periods = new ArrayList<>(List.of(
                StatisticsPeriod.year(year), StatisticsPeriod.year(year - 1), StatisticsPeriod.year(2024),
                StatisticsPeriod.half(year, 1), StatisticsPeriod.half(year, 2),
                new StatisticsPeriod(LocalDate.of(year - 1, 11, 15), LocalDate.of(year, 2, 20)),
                new StatisticsPeriod(LocalDate.of(year, 3, 1), LocalDate.of(year, 3, 31))));
        long compared = 0;
        for (StatisticsPeriod period : periods) {
            for (Long county : Arrays.asList(null, 2L, 3L)) {
                CommissionerStatistics expected = before.compute(period, county);
                assertEquals(expected, now.compute(period, county), period + ", county " + county);
                compared += expected.visits();
            }
        }
        assertTrue(compared > 100, "compared over real logs, not empty periods: " + compared);
    }
}
