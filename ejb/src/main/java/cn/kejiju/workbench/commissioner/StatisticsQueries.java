package cn.kejiju.workbench.commissioner;

import cn.kejiju.workbench.commissioner.CommissionerStatistics.Breakdown;
import cn.kejiju.workbench.commissioner.CommissionerStatistics.Count;
import cn.kejiju.workbench.commissioner.CommissionerStatistics.Month;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The statistics of a period, each figure an aggregate in the database, nothing loaded record by record.
 * The whole calendar months of the period are read from the monthly rollup ({@link StatisticsRollup}:
 * a row per commissioner and month, kept by each approval), the days outside them (a period that does
 * not start on the 1st or end on a month's last day) from the approved logs, by the index on (status,
 * service date): a year costs the same whatever its number of logs and however many years precede it.
 * {@code StatisticsEquivalenceIT} holds the figures to those of the log-by-log implementation before.
 */
@ApplicationScoped
public class StatisticsQueries {

    @PersistenceContext(unitName = "workbench")
    EntityManager em;

    @Inject
    CommissionerRepository commissioners;

    public CommissionerStatistics compute(StatisticsPeriod period, Long countyScope) {
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

        Work work = new Work(period);
        MonthSpan span = MonthSpan.of(period);
        if (span.hasWholeMonths()) {
            workOfMonths(span, countyScope, work);
        }
        for (StatisticsPeriod days : span.days()) {
            workOfDays(days, countyScope, work);
        }

        List<Count> targets = new ArrayList<>();
        Map<TargetKind, Long> targetCounts = new EnumMap<>(TargetKind.class);
        work.targets.forEach(target -> targetCounts.merge(target.kind(), 1L, Long::sum));
        for (TargetKind kind : TargetKind.values()) {
            targets.add(new Count(kind.name(), targetCounts.getOrDefault(kind, 0L)));
        }

        // named items: distinct items, their introductions and the income of their adoption, by kind
        Map<InnovationKind, long[]> items = new EnumMap<>(InnovationKind.class);
        BigDecimal adoptionIncome = BigDecimal.ZERO;
        for (Item item : work.items.values()) {
            long[] kind = items.computeIfAbsent(item.kind, k -> new long[2]);
            kind[0]++;
            kind[1] += item.introductions;
            adoptionIncome = adoptionIncome.add(item.income);
        }
        long[] varieties = items.getOrDefault(InnovationKind.VARIETY, new long[2]);
        long[] technologies = items.getOrDefault(InnovationKind.TECHNOLOGY, new long[2]);

        List<Month> months = work.perMonth.entrySet().stream()
                .map(e -> new Month(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();

        return new CommissionerStatistics(period,
                breakdown(byField, ServiceField.values()),
                breakdown(byKind, CommissionerKind.values()),
                breakdown(byLevel, DispatchLevel.values()),
                serving, fresh, targets, work.visits, work.days, work.trainings, work.trained,
                varieties[0], varieties[1], technologies[0], technologies[1],
                work.cooperations, work.patents, work.ventures, work.bases, work.income, adoptionIncome,
                period.quotaYear(), shortfalls(period, countyScope), months);
    }

    /** The whole months of a period, from the rollup: the months summed in the database, 12 rows a year. */
    private void workOfMonths(MonthSpan span, Long countyScope, Work work) {
        String where = " where period_month >= ? and period_month <= ?" + (countyScope == null ? "" : " and county_id = ?");
        for (Object row : rollup("select period_month, sum(logs), sum(days), sum(people_trained),"
                + " sum(demonstration_bases), sum(income), sum(trainings), sum(cooperations), sum(patents),"
                + " sum(ventures) from log_month" + where + " group by period_month", span, countyScope)) {
            Object[] r = (Object[]) row;
            int month = (int) number(r[0]);
            work.add(YearMonth.of(month / 100, month % 100), Arrays.copyOfRange(r, 1, r.length));
        }
        for (Object row : rollup("select distinct target_kind, target_key from log_target_month" + where, span, countyScope)) {
            Object[] r = (Object[]) row;
            work.targets.add(new Target(TargetKind.valueOf((String) r[0]), (String) r[1]));
        }
        for (Object row : rollup("select n.kind, r.innovation_id, sum(r.introductions), sum(r.adoption_income)"
                + " from log_innovation_month r join innovation n on n.id = r.innovation_id"
                + where.replace("period_month", "r.period_month").replace("county_id", "r.county_id")
                + " group by n.kind, r.innovation_id", span, countyScope)) {
            Object[] r = (Object[]) row;
            work.item(InnovationKind.valueOf((String) r[0]), number(r[1]), number(r[2]), decimal(r[3]));
        }
    }

    private List<?> rollup(String sql, MonthSpan span, Long countyScope) {
        Query query = em.createNativeQuery(sql)
                .setParameter(1, StatisticsRollup.periodMonth(span.first()))
                .setParameter(2, StatisticsRollup.periodMonth(span.last()));
        if (countyScope != null) {
            query.setParameter(3, countyScope);
        }
        return query.getResultList();
    }

    /** Days outside whole months, from the approved logs of those days. */
    private void workOfDays(StatisticsPeriod days, Long countyScope, Work work) {
        String approved = " where l.status = :approved and l.serviceDate >= :from and l.serviceDate <= :to"
                + (countyScope == null ? "" : " and l.county.id = :county");
        // one pass per month: every sum the figures need
        TypedQuery<Object[]> sums = em.createQuery("select extract(year from l.serviceDate),"
                + " extract(month from l.serviceDate), count(l), sum(l.days), sum(l.peopleTrained),"
                + " sum(l.demonstrationBases), sum(l.income),"
                + " sum(case when l.kind = :training then 1 else 0 end),"
                + " sum(case when l.kind = :cooperation then 1 else 0 end),"
                + " sum(case when l.kind = :patent then 1 else 0 end),"
                + " sum(case when l.kind = :venture then 1 else 0 end)"
                + " from ServiceLog l" + approved + " group by extract(year from l.serviceDate),"
                + " extract(month from l.serviceDate)", Object[].class)
                .setParameter("training", ServiceKind.TRAINING)
                .setParameter("cooperation", ServiceKind.COOPERATION_AGREEMENT)
                .setParameter("patent", ServiceKind.PATENT_SUPPORT)
                .setParameter("venture", ServiceKind.VENTURE_CREATION);
        for (Object[] row : bind(sums, days, countyScope).getResultList()) {
            work.add(YearMonth.of((int) number(row[0]), (int) number(row[1])), Arrays.copyOfRange(row, 2, row.length));
        }
        // distinct targets served (grouped in the database: as many rows as targets, not as logs)
        for (Object[] row : bind(em.createQuery("select l.targetKind, l.targetKey from ServiceLog l" + approved
                + " group by l.targetKind, l.targetKey", Object[].class), days, countyScope).getResultList()) {
            work.targets.add(new Target((TargetKind) row[0], (String) row[1]));
        }
        for (Object[] row : bind(em.createQuery("select n.kind, n.id, count(i), sum(i.adoptionIncome)"
                + " from Introduction i join i.log l join i.innovation n" + approved
                + " group by n.kind, n.id", Object[].class), days, countyScope).getResultList()) {
            work.item((InnovationKind) row[0], (Long) row[1], number(row[2]), decimal(row[3]));
        }
    }

    /**
     * Commissioners serving in the quota year whose approved logs of the year do not meet the quota: each
     * commissioner's visits and days of the year, summed from the rollup's months in the database.
     */
    long shortfalls(StatisticsPeriod period, Long countyScope) {
        StatisticsPeriod quotaYear = StatisticsPeriod.year(period.quotaYear());
        TypedQuery<Long> servingQuery = em.createQuery("select count(c) from Commissioner c where c.postedOn <= :to"
                + " and (c.endedOn is null or c.endedOn >= :from)"
                + (countyScope == null ? "" : " and c.county.id = :county"), Long.class);
        long servingCount = bind(servingQuery, quotaYear, countyScope).getSingleResult();
        CommissionerSettings settings = commissioners.settings();
        long meeting = rollup("select commissioner_id, sum(logs), sum(days) from log_month"
                + " where period_month >= ? and period_month <= ?" + (countyScope == null ? "" : " and county_id = ?")
                + " group by commissioner_id", MonthSpan.of(quotaYear), countyScope).stream()
                .map(Object[].class::cast)
                .filter(row -> settings.meetsQuota(number(row[1]), decimal(row[2])))
                .count();
        return Math.max(0, servingCount - meeting);
    }

    private record Target(TargetKind kind, String key) {
    }

    private static final class Item {
        final InnovationKind kind;
        long introductions;
        BigDecimal income = BigDecimal.ZERO;

        Item(InnovationKind kind) {
            this.kind = kind;
        }
    }

    /** What the rows of both sources add up to. */
    private static final class Work {
        final Map<YearMonth, long[]> perMonth = new TreeMap<>();
        final Set<Target> targets = new HashSet<>();
        final Map<Long, Item> items = new HashMap<>();
        long visits;
        long trained;
        long bases;
        long trainings;
        long cooperations;
        long patents;
        long ventures;
        BigDecimal days = BigDecimal.ZERO;
        BigDecimal income = BigDecimal.ZERO;

        Work(StatisticsPeriod period) {
            for (YearMonth m = YearMonth.from(period.from()); !m.isAfter(YearMonth.from(period.to())); m = m.plusMonths(1)) {
                perMonth.put(m, new long[2]);
            }
        }

        /** figures: logs, days, people trained, bases, income, trainings, cooperations, patents, ventures. */
        void add(YearMonth month, Object[] figures) {
            long logs = number(figures[0]);
            BigDecimal logDays = decimal(figures[1]);
            long people = number(figures[2]);
            visits += logs;
            days = days.add(logDays);
            trained += people;
            bases += number(figures[3]);
            income = income.add(decimal(figures[4]));
            trainings += number(figures[5]);
            cooperations += number(figures[6]);
            patents += number(figures[7]);
            ventures += number(figures[8]);
            long[] ofMonth = perMonth.get(month);
            ofMonth[0] += logs;
            ofMonth[1] += people;
        }

        void item(InnovationKind kind, long id, long introductions, BigDecimal income) {
            Item item = items.computeIfAbsent(id, i -> new Item(kind));
            item.introductions += introductions;
            item.income = item.income.add(income);
        }
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
