package cn.kejiju.workbench.commissioner;

import cn.kejiju.workbench.commissioner.CommissionerStatistics.Breakdown;
import cn.kejiju.workbench.commissioner.CommissionerStatistics.Count;
import cn.kejiju.workbench.commissioner.CommissionerStatistics.Month;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * THE IMPLEMENTATION BEFORE THE ONE-PASS REWRITE, kept as the oracle of StatisticsEquivalenceIT.
 *
 * The statistics of a period, each figure an aggregate query in the database (GROUP BY, COUNT
 * DISTINCT, SUM) over approved logs: nothing is loaded record by record, whatever the number of logs.
 */
@ApplicationScoped
public class StatisticsBefore {

    @PersistenceContext(unitName = "workbench")
    EntityManager em;

    @Inject
    CommissionerRepository commissioners;

    @Inject
    ServiceLogRepository logs;

    public CommissionerStatistics compute(StatisticsPeriod period, Long countyScope) {
        String approved = " where l.status = :approved and l.serviceDate >= :from and l.serviceDate <= :to"
                + (countyScope == null ? "" : " and l.county.id = :county");

        // commissioners: one row per (field, kind, level) combination, folded three ways
        Map<ServiceField, long[]> byField = new EnumMap<>(ServiceField.class);
        Map<CommissionerKind, long[]> byKind = new EnumMap<>(CommissionerKind.class);
        Map<DispatchLevel, long[]> byLevel = new EnumMap<>(DispatchLevel.class);
        long serving = 0;
        long fresh = 0;
        TypedQuery<Object[]> people = em.createQuery("select c.field, c.kind, c.dispatchLevel, count(c),"
                + " sum(case when c.postedOn >= :from then 1 else 0 end) from Commissioner c"
                + " where c.postedOn <= :to and (c.endedOn is null or c.endedOn >= :from)"
                + (countyScope == null ? "" : " and c.county.id = :county")
                + " group by c.field, c.kind, c.dispatchLevel", Object[].class);
        for (Object[] row : bind(people, period, countyScope).getResultList()) {
            long count = number(row[3]);
            long newOnes = number(row[4]);
            add(byField, (ServiceField) row[0], newOnes, count);
            add(byKind, (CommissionerKind) row[1], newOnes, count);
            add(byLevel, (DispatchLevel) row[2], newOnes, count);
            serving += count;
            fresh += newOnes;
        }

        // logs by kind: visits, days, people trained, demonstration bases, income
        Map<ServiceKind, Object[]> byServiceKind = new EnumMap<>(ServiceKind.class);
        TypedQuery<Object[]> work = em.createQuery("select l.kind, count(l), sum(l.days), sum(l.peopleTrained),"
                + " sum(l.demonstrationBases), sum(l.income) from ServiceLog l" + approved + " group by l.kind",
                Object[].class);
        bind(work, period, countyScope).getResultList().forEach(row -> byServiceKind.put((ServiceKind) row[0], row));
        long visits = 0;
        long trained = 0;
        long bases = 0;
        BigDecimal days = BigDecimal.ZERO;
        BigDecimal income = BigDecimal.ZERO;
        for (Object[] row : byServiceKind.values()) {
            visits += number(row[1]);
            days = days.add(decimal(row[2]));
            trained += number(row[3]);
            bases += number(row[4]);
            income = income.add(decimal(row[5]));
        }
        Function<ServiceKind, Long> logsOf = kind -> byServiceKind.containsKey(kind) ? number(byServiceKind.get(kind)[1]) : 0L;

        // distinct targets served, by kind
        List<Count> targets = new ArrayList<>();
        TypedQuery<Object[]> served = em.createQuery("select l.targetKind, count(distinct l.targetKey)"
                + " from ServiceLog l" + approved + " group by l.targetKind", Object[].class);
        Map<TargetKind, Long> targetCounts = new EnumMap<>(TargetKind.class);
        bind(served, period, countyScope).getResultList().forEach(row -> targetCounts.put((TargetKind) row[0], number(row[1])));
        for (TargetKind kind : TargetKind.values()) {
            targets.add(new Count(kind.name(), targetCounts.getOrDefault(kind, 0L)));
        }

        // named items: distinct and introductions, and the income of their adoption
        Map<InnovationKind, long[]> items = new EnumMap<>(InnovationKind.class);
        BigDecimal adoptionIncome = BigDecimal.ZERO;
        TypedQuery<Object[]> introduced = em.createQuery("select n.kind, count(distinct n.id), count(i),"
                + " sum(i.adoptionIncome) from Introduction i join i.log l join i.innovation n" + approved
                + " group by n.kind", Object[].class);
        for (Object[] row : bind(introduced, period, countyScope).getResultList()) {
            items.put((InnovationKind) row[0], new long[] {number(row[1]), number(row[2])});
            adoptionIncome = adoptionIncome.add(decimal(row[3]));
        }
        long[] varieties = items.getOrDefault(InnovationKind.VARIETY, new long[2]);
        long[] technologies = items.getOrDefault(InnovationKind.TECHNOLOGY, new long[2]);

        // month by month, for the chart (one row per service day, folded into months)
        Map<YearMonth, long[]> perMonth = new TreeMap<>();
        for (YearMonth m = YearMonth.from(period.from()); !m.isAfter(YearMonth.from(period.to())); m = m.plusMonths(1)) {
            perMonth.put(m, new long[2]);
        }
        TypedQuery<Object[]> daily = em.createQuery("select l.serviceDate, count(l), sum(l.peopleTrained)"
                + " from ServiceLog l" + approved + " group by l.serviceDate", Object[].class);
        for (Object[] row : bind(daily, period, countyScope).getResultList()) {
            long[] month = perMonth.get(YearMonth.from((LocalDate) row[0]));
            month[0] += number(row[1]);
            month[1] += number(row[2]);
        }
        List<Month> months = perMonth.entrySet().stream()
                .map(e -> new Month(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();

        return new CommissionerStatistics(period,
                breakdown(byField, ServiceField.values()),
                breakdown(byKind, CommissionerKind.values()),
                breakdown(byLevel, DispatchLevel.values()),
                serving, fresh, targets, visits, days, logsOf.apply(ServiceKind.TRAINING), trained,
                varieties[0], varieties[1], technologies[0], technologies[1],
                logsOf.apply(ServiceKind.COOPERATION_AGREEMENT), logsOf.apply(ServiceKind.PATENT_SUPPORT),
                logsOf.apply(ServiceKind.VENTURE_CREATION), bases, income, adoptionIncome,
                period.quotaYear(), shortfalls(period.quotaYear(), countyScope), months);
    }

    /** Commissioners serving in the year whose approved logs of the year do not meet the quota. */
    long shortfalls(int year, Long countyScope) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        TypedQuery<Long> servingQuery = em.createQuery("select count(c) from Commissioner c where c.postedOn <= :to"
                + " and (c.endedOn is null or c.endedOn >= :from)"
                + (countyScope == null ? "" : " and c.county.id = :county"), Long.class);
        long servingCount = bind(servingQuery, new StatisticsPeriod(from, to), countyScope).getSingleResult();
        CommissionerSettings settings = commissioners.settings();
        long meeting = logs.approvedFigures(countyScope, null, from, to).values().stream()
                .filter(f -> settings.meetsQuota(f.visits(), f.days()))
                .count();
        return Math.max(0, servingCount - meeting);
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, StatisticsPeriod period, Long countyScope) {
        if (query.getParameters().stream().anyMatch(p -> "approved".equals(p.getName()))) {
            query.setParameter("approved", LogStatus.APPROVED);
        }
        query.setParameter("from", period.from()).setParameter("to", period.to());
        if (countyScope != null) {
            query.setParameter("county", countyScope);
        }
        return query;
    }

    private static <K extends Enum<K>> void add(Map<K, long[]> into, K key, long newOnes, long serving) {
        long[] figures = into.computeIfAbsent(key, k -> new long[2]);
        figures[0] += newOnes;
        figures[1] += serving;
    }

    private static <K extends Enum<K>> List<Breakdown> breakdown(Map<K, long[]> figures, K[] keys) {
        List<Breakdown> rows = new ArrayList<>();
        for (K key : keys) {
            long[] f = figures.getOrDefault(key, new long[2]);
            rows.add(new Breakdown(key.name(), f[0], f[1]));
        }
        return rows;
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static BigDecimal decimal(Object value) {
        if (value == null) {
            return BigDecimal.ZERO;
        }
        return value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
    }
}
