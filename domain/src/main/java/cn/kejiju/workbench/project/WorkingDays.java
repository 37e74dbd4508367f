package cn.kejiju.workbench.project;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * Counts working days for a public notice (立项公示): Saturdays, Sundays and the holidays given are skipped. A
 * notice of {@code n} working days starting on a day ends on the n-th working day counted from that day (the
 * day itself counts when it is a working day).
 */
public final class WorkingDays {

    private final Set<LocalDate> holidays;

    public WorkingDays(Set<LocalDate> holidays) {
        this.holidays = holidays == null ? Set.of() : Set.copyOf(holidays);
    }

    public static WorkingDays weekendsOnly() {
        return new WorkingDays(Set.of());
    }

    public boolean isWorkingDay(LocalDate day) {
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !holidays.contains(day);
    }

    /** The last day of a notice of {@code days} working days (at least one) starting on {@code start}. */
    public LocalDate lastDay(LocalDate start, int days) {
        if (days < 1) {
            throw new IllegalArgumentException("a notice lasts at least one working day");
        }
        LocalDate day = start;
        int counted = isWorkingDay(day) ? 1 : 0;
        while (counted < days) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }
}
