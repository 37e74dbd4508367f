package cn.kejiju.workbench.commissioner;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * The figures of the commissioner programme for a period, as a work summary quotes them: commissioners
 * by field, kind and dispatch level (new in the period and serving), targets served by kind, visits and
 * days, trainings and people trained, varieties and technologies introduced (distinct items and
 * introductions), cooperation agreements, patents, ventures, demonstration bases, income generated
 * (万元), and how many commissioners fall short of the quota of the period's last year. Only approved
 * logs count.
 */
public record CommissionerStatistics(
        StatisticsPeriod period,
        List<Breakdown> byField,
        List<Breakdown> byKind,
        List<Breakdown> byDispatchLevel,
        long commissionersServing,
        long commissionersNew,
        List<Count> targetsServed,
        long visits,
        BigDecimal serviceDays,
        long trainings,
        long peopleTrained,
        long varietiesDistinct,
        long varietyIntroductions,
        long technologiesDistinct,
        long technologyIntroductions,
        long cooperationAgreements,
        long patentSupports,
        long venturesCreated,
        long demonstrationBases,
        BigDecimal income,
        BigDecimal adoptionIncome,
        int quotaYear,
        long quotaShortfalls,
        List<Month> months) {

    /** Commissioners of one field, kind or level: new in the period, and serving in it. */
    public record Breakdown(String key, long newInPeriod, long serving) {
    }

    /** A count per key (a target kind). */
    public record Count(String key, long count) {
    }

    /** Approved visits and people trained in one month, for the chart. */
    public record Month(YearMonth month, long visits, long peopleTrained) {
    }

    public CommissionerStatistics {
        byField = List.copyOf(byField);
        byKind = List.copyOf(byKind);
        byDispatchLevel = List.copyOf(byDispatchLevel);
        targetsServed = List.copyOf(targetsServed);
        months = List.copyOf(months);
    }

    public long targetsServedTotal() {
        return targetsServed.stream().mapToLong(Count::count).sum();
    }
}
