package cn.kejiju.workbench.project;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProjectRemindersTest {

    private static final LocalDate CLOSES = LocalDate.of(2026, 7, 15);

    @Test
    void aCallRemindsSevenDaysAheadUntilItCloses() {
        assertFalse(ProjectReminders.callClosingSoon(CLOSES, LocalDate.of(2026, 7, 7)));
        assertTrue(ProjectReminders.callClosingSoon(CLOSES, LocalDate.of(2026, 7, 8)));
        assertTrue(ProjectReminders.callClosingSoon(CLOSES, CLOSES));
        assertFalse(ProjectReminders.callClosingSoon(CLOSES, LocalDate.of(2026, 7, 16)));
    }

    @Test
    void aDueDayRemindsThirtyDaysAheadAndWhileOverdue() {
        LocalDate due = LocalDate.of(2026, 9, 30);
        assertFalse(ProjectReminders.dueSoon(due, LocalDate.of(2026, 8, 30)));
        assertTrue(ProjectReminders.dueSoon(due, LocalDate.of(2026, 8, 31)));
        assertTrue(ProjectReminders.dueSoon(due, LocalDate.of(2026, 10, 31)));
    }
}
