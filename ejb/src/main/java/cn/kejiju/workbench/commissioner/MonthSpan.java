package cn.kejiju.workbench.commissioner;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * A period cut where the statistics read it: the calendar months it covers whole (read from the monthly
 * rollup) and the days before and after them (read from the logs). A period inside one or two months
 * that it does not fill has no whole month and is a single range of days.
 *
 * @param first the first whole month, or null when there is none
 * @param last  the last whole month, or null when there is none
 * @param days  the ranges of days outside the whole months (none, one or two), both ends included
 */
record MonthSpan(YearMonth first, YearMonth last, List<StatisticsPeriod> days) {

    static MonthSpan of(StatisticsPeriod period) {
        LocalDate from = period.from();
        LocalDate to = period.to();
        YearMonth first = from.getDayOfMonth() == 1 ? YearMonth.from(from) : YearMonth.from(from).plusMonths(1);
        YearMonth last = to.equals(YearMonth.from(to).atEndOfMonth()) ? YearMonth.from(to) : YearMonth.from(to).minusMonths(1);
        if (first.isAfter(last)) {
            return new MonthSpan(null, null, List.of(period));
        }
        List<StatisticsPeriod> days = new ArrayList<>(2);
        if (from.isBefore(first.atDay(1))) {
            days.add(new StatisticsPeriod(from, first.atDay(1).minusDays(1)));
        }
        if (to.isAfter(last.atEndOfMonth())) {
            days.add(new StatisticsPeriod(last.atEndOfMonth().plusDays(1), to));
        }
        return new MonthSpan(first, last, List.copyOf(days));
    }

    boolean hasWholeMonths() {
        return first != null;
    }
}
