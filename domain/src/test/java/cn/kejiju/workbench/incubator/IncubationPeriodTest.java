package cn.kejiju.workbench.incubator;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static cn.kejiju.workbench.incubator.IncubationPeriod.Stage.ENDING;
import static cn.kejiju.workbench.incubator.IncubationPeriod.Stage.RUNNING;
import static cn.kejiju.workbench.incubator.IncubationPeriod.Stage.RUN_OUT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class IncubationPeriodTest {

    private static final LocalDate ENTRY = LocalDate.of(2025, 3, 1);
    private final IncubationPeriod period = IncubationPeriod.parse(48, "生物医药:60, 集成电路设计 : 60");

    @Test
    void fortyEightMonthsFromTheFirstEntryLongerForNamedIndustries() {
        assertEquals(LocalDate.of(2029, 2, 28), period.lastDay(ENTRY, "电子信息"));
        assertEquals(LocalDate.of(2030, 2, 28), period.lastDay(ENTRY, "生物医药"));
        assertEquals(60, period.monthsFor("集成电路设计"));
        assertEquals(48, period.monthsFor(null));
    }

    @Test
    void theWarningStartsNinetyDaysBeforeTheLastDay() {
        LocalDate last = period.lastDay(ENTRY, "电子信息");
        assertEquals(RUNNING, period.stageOn(last.minusDays(91), ENTRY, "电子信息"));
        assertEquals(ENDING, period.stageOn(last.minusDays(90), ENTRY, "电子信息"));
        assertEquals(ENDING, period.stageOn(last, ENTRY, "电子信息"));
        assertEquals(RUN_OUT, period.stageOn(last.plusDays(1), ENTRY, "电子信息"));
        assertEquals(RUNNING, period.stageOn(last.plusDays(1), ENTRY, "生物医药"), "a longer period runs on");
    }

    @Test
    void aMalformedConfigurationIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> IncubationPeriod.parse(48, "生物医药=60"));
        assertThrows(IllegalArgumentException.class, () -> IncubationPeriod.parse(0, ""));
        assertThrows(IllegalArgumentException.class, () -> IncubationPeriod.parse(48, "生物医药:0"));
        assertEquals(48, IncubationPeriod.parse(48, " ").monthsFor("生物医药"));
    }
}
