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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The statistics of a period, each figure an aggregate query in the database (GROUP BY, COUNT
 * DISTINCT, SUM) over approved logs: nothing is loaded record by record, whatever the number of logs.
 * The logs are read in two passes (the sums per commissioner and month, and the distinct targets), the
 * introductions and the commissioners in one each; the index on (status, service date) confines every
 * pass to the period, so a year costs the same however many years precede it.
 */
@ApplicationScoped
public class StatisticsQueries {

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

        // one pass over the period's approved logs: per commissioner and month, every sum the figures need
        // (totals, the kinds counted on their own, the months of the chart, each commissioner's quota)
        TypedQuery<Object[]> work = em.createQuery("select l.commissioner.id, extract(year from l.serviceDate),"
                + " extract(month from l.serviceDate), count(l), sum(l.days), sum(l.peopleTrained),"
                + " sum(l.demonstrationBases), sum(l.income),"
                + " sum(case when l.kind = :training then 1 else 0 end),"
                + " sum(case when l.kind = :cooperation then 1 else 0 end),"
                + " sum(case when l.kind = :patent then 1 else 0 end),"
                + " sum(case when l.kind = :venture then 1 else 0 end)"
                + " from ServiceLog l" + approved + " group by l.commissioner.id, extract(year from l.serviceDate),"
                + " extract(month from l.serviceDate)", Object[].class)
                .setParameter("training", ServiceKind.TRAINING)
                .setParameter("cooperation", ServiceKind.COOPERATION_AGREEMENT)
                .setParameter("patent", ServiceKind.PATENT_SUPPORT)
                .setParameter("venture", ServiceKind.VENTURE_CREATION);
        Map<YearMonth, long[]> perMonth = new TreeMap<>();
        for (YearMonth m = YearMonth.from(period.from()); !m.isAfter(YearMonth.from(period.to())); m = m.plusMonths(1)) {
            perMonth.put(m, new long[2]);
        }
        Map<Long, ServiceFigures> perCommissioner = new HashMap<>();
        long visits = 0;
        long trained = 0;
        long bases = 0;
        long trainings = 0;
        long cooperations = 0;
        long patents = 0;
        long ventures = 0;
        BigDecimal days = BigDecimal.ZERO;
        BigDecimal income = BigDecimal.ZERO;
        for (Object[] row : bind(work, period, countyScope).getResultList()) {
            long logs = number(row[3]);
            BigDecimal logDays = decimal(row[4]);
            long peopleOfMonth = number(row[5]);
            visits += logs;
            days = days.add(logDays);
            trained += peopleOfMonth;
            bases += number(row[6]);
            income = income.add(decimal(row[7]));
            trainings += number(row[8]);
            cooperations += number(row[9]);
            patents += number(row[10]);
            ventures += number(row[11]);
            long[] month = perMonth.get(YearMonth.of((int) number(row[1]), (int) number(row[2])));
            month[0] += logs;
            month[1] += peopleOfMonth;
            perCommissioner.merge((Long) row[0], new ServiceFigures(logs, logDays, 0, null),
                    (a, b) -> new ServiceFigures(a.visits() + b.visits(), a.days().add(b.days()), 0, null));
        }

        // distinct targets served, by kind: the targets grouped in the database (a hash aggregate over the
        // period's logs, not a sort), counted here; there are as many rows as targets, not as logs
        List<Count> targets = new ArrayList<>();
        TypedQuery<Object[]> served = em.createQuery("select l.targetKind, l.targetKey from ServiceLog l" + approved
                + " group by l.targetKind, l.targetKey", Object[].class);
        Map<TargetKind, Long> targetCounts = new EnumMap<>(TargetKind.class);
        bind(served, period, countyScope).getResultList().forEach(row -> targetCounts.merge((TargetKind) row[0], 1L, Long::sum));
        for (TargetKind kind : TargetKind.values()) {
            targets.add(new Count(kind.name(), targetCounts.getOrDefault(kind, 0L)));
        }

        // named items: one row per item introduced in the period (distinct items, their introductions and
        // the income of their adoption), folded by kind here
        Map<InnovationKind, long[]> items = new EnumMap<>(InnovationKind.class);
        BigDecimal adoptionIncome = BigDecimal.ZERO;
        TypedQuery<Object[]> introduced = em.createQuery("select n.kind, n.id, count(i), sum(i.adoptionIncome)"
                + " from Introduction i join i.log l join i.innovation n" + approved
                + " group by n.kind, n.id", Object[].class);
        for (Object[] row : bind(introduced, period, countyScope).getResultList()) {
            long[] kind = items.computeIfAbsent((InnovationKind) row[0], k -> new long[2]);
            kind[0]++;
            kind[1] += number(row[2]);
            adoptionIncome = adoptionIncome.add(decimal(row[3]));
        }
        long[] varieties = items.getOrDefault(InnovationKind.VARIETY, new long[2]);
        long[] technologies = items.getOrDefault(InnovationKind.TECHNOLOGY, new long[2]);

        List<Month> months = perMonth.entrySet().stream()
                .map(e -> new Month(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();

        return new CommissionerStatistics(period,
                breakdown(byField, ServiceField.values()),
                breakdown(byKind, CommissionerKind.values()),
                breakdown(byLevel, DispatchLevel.values()),
                serving, fresh, targets, visits, days, trainings, trained,
                varieties[0], varieties[1], technologies[0], technologies[1],
                cooperations, patents, ventures, bases, income, adoptionIncome,
                period.quotaYear(), shortfalls(period, countyScope, perCommissioner), months);
    }

    /**
     * Commissioners serving in the quota year whose approved logs of the year do not meet the quota. When
     * the period is that whole year, the figures of the pass over the period are the year's and serve.
     */
    long shortfalls(StatisticsPeriod period, Long countyScope, Map<Long, ServiceFigures> periodFigures) {
        int year = period.quotaYear();
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        TypedQuery<Long> servingQuery = em.createQuery("select count(c) from Commissioner c where c.postedOn <= :to"
                + " and (c.endedOn is null or c.endedOn >= :from)"
                + (countyScope == null ? "" : " and c.county.id = :county"), Long.class);
        long servingCount = bind(servingQuery, new StatisticsPeriod(from, to), countyScope).getSingleResult();
        CommissionerSettings settings = commissioners.settings();
        Map<Long, ServiceFigures> yearFigures = period.from().equals(from) && period.to().equals(to)
                ? periodFigures
                : logs.approvedFigures(countyScope, null, from, to);
        long meeting = yearFigures.values().stream()
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
