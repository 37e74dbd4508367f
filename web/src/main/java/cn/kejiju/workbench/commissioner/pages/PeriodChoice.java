package cn.kejiju.workbench.commissioner.pages;

import cn.kejiju.workbench.commissioner.StatisticsPeriod;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

/**
 * How a statistics page's period is chosen (the filter bar {@code /WEB-INF/statistics/period.xhtml}): the first or
 * second half of a year, a year (of the last ten), or any span from a day to a day. Shared by the statistics pages
 * of every programme.
 */
public class PeriodChoice implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How the period is chosen. */
    public enum Mode {
        FIRST_HALF, SECOND_HALF, YEAR, CUSTOM
    }

    private final int currentYear;
    private Mode mode = Mode.YEAR;
    private int year;
    private LocalDate from;
    private LocalDate to;

    /** This year by default; the span from the first of January to today. */
    public PeriodChoice(LocalDate today) {
        this.currentYear = today.getYear();
        this.year = currentYear;
        this.from = today.withDayOfYear(1);
        this.to = today;
    }

    /** The period chosen; a span that is no period is refused by {@link StatisticsPeriod}. */
    public StatisticsPeriod period() {
        return switch (mode) {
            case FIRST_HALF -> StatisticsPeriod.half(year, 1);
            case SECOND_HALF -> StatisticsPeriod.half(year, 2);
            case YEAR -> StatisticsPeriod.year(year);
            case CUSTOM -> new StatisticsPeriod(from, to);
        };
    }

    /** The year the chosen period's targets (指标任务) are of: the chosen year, or the year a span ends in. */
    public int getTargetYear() {
        return mode == Mode.CUSTOM && to != null ? to.getYear() : year;
    }

    public List<Integer> getYears() {
        return IntStream.rangeClosed(currentYear - 9, currentYear).boxed().sorted((a, b) -> b - a).toList();
    }

    public Mode[] getModes() {
        return Mode.values();
    }

    public boolean isCustom() {
        return mode == Mode.CUSTOM;
    }

    public Mode getMode() {
        return mode;
    }

    public void setMode(Mode mode) {
        this.mode = mode == null ? Mode.YEAR : mode;
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
