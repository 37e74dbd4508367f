package cn.kejiju.workbench.project;

import java.time.LocalDate;

/**
 * When reminders show on the to-do list: an application being prepared from {@value #CALL_CLOSING_DAYS} days before
 * its call closes until the closing day; a mid-term report and an acceptance from {@value #DUE_DAYS} days before
 * their due day until they are done (overdue ones stay).
 */
public final class ProjectReminders {

    public static final int CALL_CLOSING_DAYS = 7;
    public static final int DUE_DAYS = 30;

    private ProjectReminders() {
    }

    /** Whether a call closing on {@code closesOn} reminds the preparers today. */
    public static boolean callClosingSoon(LocalDate closesOn, LocalDate today) {
        return !today.isAfter(closesOn) && !today.isBefore(closesOn.minusDays(CALL_CLOSING_DAYS));
    }

    /** Whether something due on {@code dueOn} reminds today (from the window's start on, overdue included). */
    public static boolean dueSoon(LocalDate dueOn, LocalDate today) {
        return !today.isBefore(dueOn.minusDays(DUE_DAYS));
    }
}
