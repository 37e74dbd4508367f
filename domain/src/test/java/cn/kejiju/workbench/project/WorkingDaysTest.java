package cn.kejiju.workbench.project;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WorkingDaysTest {

    private final WorkingDays weekends = WorkingDays.weekendsOnly();

    @Test
    void fiveWorkingDaysFromAMondayEndOnFriday() {
        assertEquals(LocalDate.of(2026, 6, 5), weekends.lastDay(LocalDate.of(2026, 6, 1), 5));
    }

    @Test
    void aNoticeStartingOnTuesdayRunsOverTheWeekend() {
        // Tue 30 June + Wed, Thu, Fri, (Sat, Sun skipped) Mon 6 July
        assertEquals(LocalDate.of(2026, 7, 6), weekends.lastDay(LocalDate.of(2026, 6, 30), 5));
    }

    @Test
    void aNoticeStartingOnSaturdayCountsFromMonday() {
        assertEquals(LocalDate.of(2026, 6, 12), weekends.lastDay(LocalDate.of(2026, 6, 6), 5));
        assertEquals(LocalDate.of(2026, 6, 8), weekends.lastDay(LocalDate.of(2026, 6, 7), 1));
    }

    @Test
    void holidaysAreSkippedToo() {
        WorkingDays national = new WorkingDays(Set.of(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 2)));
        assertFalse(national.isWorkingDay(LocalDate.of(2026, 10, 1)));
        assertTrue(national.isWorkingDay(LocalDate.of(2026, 9, 30)));
        // Wed 30 Sep, (Thu 1, Fri 2 holidays, weekend) Mon 5, Tue 6, Wed 7, Thu 8
        assertEquals(LocalDate.of(2026, 10, 8), national.lastDay(LocalDate.of(2026, 9, 30), 5));
    }

    @Test
    void aNoticeLastsAtLeastOneDay() {
        assertEquals(LocalDate.of(2026, 6, 1), weekends.lastDay(LocalDate.of(2026, 6, 1), 1));
        assertThrows(IllegalArgumentException.class, () -> weekends.lastDay(LocalDate.of(2026, 6, 1), 0));
    }
}
