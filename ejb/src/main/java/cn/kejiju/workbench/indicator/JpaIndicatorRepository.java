package cn.kejiju.workbench.indicator;

import cn.kejiju.workbench.enterprise.Enterprise;
import cn.kejiju.workbench.platform.Fetch;
import cn.kejiju.workbench.platform.Keyset;
import cn.kejiju.workbench.platform.ListTotals;
import cn.kejiju.workbench.shared.Cursor;
import cn.kejiju.workbench.shared.Page;
import cn.kejiju.workbench.shared.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Patents, yearly figures and high-tech cases in JPA. The patent list is by day applied then id (newest first
 * by default) and continues after a cursor as a range on that index; the case list by id. The statistics are
 * aggregate queries served by the indexes of V28 (counts grouped by type; certificates by their last valid day).
 */
@ApplicationScoped
public class JpaIndicatorRepository implements IndicatorRepository {

    static final String APPLIED_ON = "appliedOn";
    static final String NEWEST = "id";
    private static final String[] TO_ONE = {"enterprise", "county"};

    @PersistenceContext(unitName = "workbench")
    EntityManager em;

    @Inject
    ListTotals listTotals;

    @Override
    public Optional<Patent> findPatent(long id) {
        return find(Patent.class, "Patent", id);
    }

    private <T> Optional<T> find(Class<T> type, String entity, long id) {
        if (em.isJoinedToTransaction()) {
            return Optional.ofNullable(em.find(type, id));
        }
        TypedQuery<T> query = em.createQuery("select r from " + entity + " r where r.id = :id", type);
        Fetch.joined(query, TO_ONE);
        return Fetch.forReading(em, query).setParameter("id", id).getResultList().stream().findFirst();
    }

    @Override
    public Page<Patent> patents(PatentFilter filter, Long countyScope, PageRequest request) {
        String sort = Keyset.sort(request, APPLIED_ON);
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Patent> query = cb.createQuery(Patent.class);
        Root<Patent> root = query.from(Patent.class);
        List<Predicate> where = patentWhere(cb, root, filter, countyScope);
        Path<LocalDate> key = root.get(APPLIED_ON);
        Path<Long> id = root.get("id");
        Keyset.after(cb, key, id, request, sort, LocalDate.class).ifPresent(where::add);
        query.select(root).where(where.toArray(Predicate[]::new)).orderBy(Keyset.order(cb, key, id, request));
        TypedQuery<Patent> typed = em.createQuery(query);
        Fetch.joined(typed, TO_ONE);
        List<Patent> items = Fetch.forReading(em, typed)
                .setFirstResult(request.offset()).setMaxResults(request.size()).getResultList();
        long total = listTotals.total(Patent.class, filter, countyScope, () -> {
            CriteriaQuery<Long> count = cb.createQuery(Long.class);
            Root<Patent> counted = count.from(Patent.class);
            count.select(cb.count(counted)).where(patentWhere(cb, counted, filter, countyScope)
                    .toArray(Predicate[]::new));
            return em.createQuery(count).getSingleResult();
        });
        return new Page<>(items, total, request.page(), request.size(),
                Keyset.next(items, request, sort, Patent::getAppliedOn, Patent::getId));
    }

    private static List<Predicate> patentWhere(CriteriaBuilder cb, Root<Patent> root, PatentFilter filter,
                                               Long countyScope) {
        List<Predicate> predicates = new ArrayList<>();
        if (countyScope != null) {
            predicates.add(cb.equal(root.get("county").get("id"), countyScope));
        }
        if (filter.countyId() != null) {
            predicates.add(cb.equal(root.get("county").get("id"), filter.countyId()));
        }
        if (filter.enterpriseId() != null) {
            predicates.add(cb.equal(root.get("enterprise").get("id"), filter.enterpriseId()));
        }
        if (filter.type() != null) {
            predicates.add(cb.equal(root.get("type"), filter.type()));
        }
        if (filter.status() != null) {
            predicates.add(cb.equal(root.get("status"), filter.status()));
        }
        if (filter.year() != null) {
            predicates.add(cb.between(root.get(APPLIED_ON), LocalDate.of(filter.year(), 1, 1),
                    LocalDate.of(filter.year(), 12, 31)));
        }
        if (filter.appliedFrom() != null) {
            predicates.add(cb.greaterThanOrEqualTo(root.get(APPLIED_ON), filter.appliedFrom()));
        }
        if (filter.appliedTo() != null) {
            predicates.add(cb.lessThanOrEqualTo(root.get(APPLIED_ON), filter.appliedTo()));
        }
        if (filter.grantedFrom() != null) {
            predicates.add(cb.greaterThanOrEqualTo(root.get("grantedOn"), filter.grantedFrom()));
        }
        if (filter.grantedTo() != null) {
            predicates.add(cb.lessThanOrEqualTo(root.get("grantedOn"), filter.grantedTo()));
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            String pattern = like(filter.text());
            predicates.add(cb.or(cb.like(root.get("number"), pattern, '\\'), cb.like(root.get("title"), pattern, '\\'),
                    cb.like(root.get("enterprise").get("name"), pattern, '\\')));
        }
        return predicates;
    }

    private static String like(String text) {
        return "%" + text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    @Override
    public Patent addPatent(Patent patent) {
        em.persist(patent);
        return patent;
    }

    @Override
    public boolean patentNumberTaken(String number, Long exceptId) {
        return !em.createQuery("select p.id from Patent p where p.number = :number and p.id <> :except", Long.class)
                .setParameter("number", number.strip()).setParameter("except", exceptId == null ? -1L : exceptId)
                .setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public Optional<YearlyFigures> findFigures(long id) {
        return find(YearlyFigures.class, "YearlyFigures", id);
    }

    @Override
    public List<YearlyFigures> figuresOf(long enterpriseId) {
        TypedQuery<YearlyFigures> query = em.createQuery(
                "select y from YearlyFigures y where y.enterprise.id = :id order by y.year desc", YearlyFigures.class);
        return Fetch.forReading(em, Fetch.joined(query, TO_ONE)).setParameter("id", enterpriseId).getResultList();
    }

    @Override
    public Optional<YearlyFigures> figuresOf(long enterpriseId, int year) {
        return em.createQuery("select y from YearlyFigures y where y.enterprise.id = :id and y.year = :year",
                        YearlyFigures.class).setParameter("id", enterpriseId).setParameter("year", year)
                .getResultList().stream().findFirst();
    }

    @Override
    public YearlyFigures addFigures(YearlyFigures figures) {
        em.persist(figures);
        return figures;
    }

    @Override
    public List<PatentYearCount> patentCountsOf(long enterpriseId) {
        Map<Integer, Map<PatentType, long[]>> byYear = new TreeMap<>();
        for (Object[] row : em.createQuery("select extract(year from p.appliedOn), p.type, count(p) from Patent p"
                + " where p.enterprise.id = :id group by extract(year from p.appliedOn), p.type", Object[].class)
                .setParameter("id", enterpriseId).getResultList()) {
            cell(byYear, row)[0] = ((Number) row[2]).longValue();
        }
        for (Object[] row : em.createQuery("select extract(year from p.grantedOn), p.type, count(p) from Patent p"
                + " where p.enterprise.id = :id and p.grantedOn is not null"
                + " group by extract(year from p.grantedOn), p.type", Object[].class)
                .setParameter("id", enterpriseId).getResultList()) {
            cell(byYear, row)[1] = ((Number) row[2]).longValue();
        }
        List<PatentYearCount> counts = new ArrayList<>();
        byYear.forEach((year, types) -> types.forEach((type, applied) ->
                counts.add(new PatentYearCount(year, type, applied[0], applied[1]))));
        return counts;
    }

    private static long[] cell(Map<Integer, Map<PatentType, long[]>> byYear, Object[] row) {
        return byYear.computeIfAbsent(((Number) row[0]).intValue(), y -> new EnumMap<>(PatentType.class))
                .computeIfAbsent((PatentType) row[1], t -> new long[2]);
    }

    @Override
    public Optional<HighTechCase> findCase(long id) {
        return find(HighTechCase.class, "HighTechCase", id);
    }

    @Override
    public Optional<HighTechCase> caseOf(long enterpriseId) {
        TypedQuery<HighTechCase> query = em.createQuery(
                "select c from HighTechCase c where c.enterprise.id = :id", HighTechCase.class);
        if (!em.isJoinedToTransaction()) {
            Fetch.forReading(em, Fetch.joined(query, TO_ONE));
        }
        return query.setParameter("id", enterpriseId).getResultList().stream().findFirst();
    }

    @Override
    public HighTechCase addCase(HighTechCase highTechCase) {
        em.persist(highTechCase);
        return highTechCase;
    }

    @Override
    public Page<HighTechCase> cases(HighTechFilter filter, Long countyScope, PageRequest request) {
        String sort = Keyset.sort(request, NEWEST);
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<HighTechCase> query = cb.createQuery(HighTechCase.class);
        Root<HighTechCase> root = query.from(HighTechCase.class);
        List<Predicate> where = caseWhere(cb, root, filter, countyScope);
        Path<Long> id = root.get("id");
        Cursor after = request.after() == null ? null : request.after().requireFor(sort, request.ascending());
        if (after != null) {
            where.add(request.ascending() ? cb.greaterThan(id, after.id()) : cb.lessThan(id, after.id()));
        }
        query.select(root).where(where.toArray(Predicate[]::new))
                .orderBy(request.ascending() ? cb.asc(id) : cb.desc(id));
        TypedQuery<HighTechCase> typed = em.createQuery(query);
        Fetch.joined(typed, TO_ONE);
        List<HighTechCase> items = Fetch.forReading(em, typed)
                .setFirstResult(request.offset()).setMaxResults(request.size()).getResultList();
        long total = listTotals.total(HighTechCase.class, filter, countyScope, () -> {
            CriteriaQuery<Long> count = cb.createQuery(Long.class);
            Root<HighTechCase> counted = count.from(HighTechCase.class);
            count.select(cb.count(counted)).where(caseWhere(cb, counted, filter, countyScope)
                    .toArray(Predicate[]::new));
            return em.createQuery(count).getSingleResult();
        });
        return new Page<>(items, total, request.page(), request.size(),
                Keyset.next(items, request, sort, HighTechCase::getId, HighTechCase::getId));
    }

    private static List<Predicate> caseWhere(CriteriaBuilder cb, Root<HighTechCase> root, HighTechFilter filter,
                                             Long countyScope) {
        List<Predicate> predicates = new ArrayList<>();
        if (countyScope != null) {
            predicates.add(cb.equal(root.get("county").get("id"), countyScope));
        }
        if (filter.countyId() != null) {
            predicates.add(cb.equal(root.get("county").get("id"), filter.countyId()));
        }
        if (filter.stage() != null) {
            predicates.add(cb.equal(root.get("stage"), filter.stage()));
        }
        if (filter.expiringBy() != null) {
            Path<LocalDate> until = root.get("enterprise").get("highTech").get("validUntil");
            predicates.add(cb.between(until, filter.today(), filter.expiringBy()));
        }
        if (filter.issuedFrom() != null) {
            predicates.add(cb.greaterThanOrEqualTo(root.get("issuedOn"), filter.issuedFrom()));
        }
        if (filter.issuedTo() != null) {
            predicates.add(cb.lessThanOrEqualTo(root.get("issuedOn"), filter.issuedTo()));
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            predicates.add(cb.like(root.get("enterprise").get("name"), like(filter.text()), '\\'));
        }
        return predicates;
    }

    @Override
    public List<Enterprise> certificatesEnding(LocalDate from, LocalDate to) {
        TypedQuery<Enterprise> query = em.createQuery("select e from Enterprise e where e.highTech.validUntil"
                + " between :from and :to and e.highTech.number is not null order by e.id", Enterprise.class);
        return Fetch.forReading(em, Fetch.joined(query, "county")).setParameter("from", from).setParameter("to", to)
                .getResultList();
    }

    @Override
    public List<PatentTally> patentTally(LocalDate from, LocalDate to, Long countyId) {
        String county = countyId == null ? "" : " and p.county.id = :county";
        Map<PatentType, long[]> counts = new EnumMap<>(PatentType.class);
        for (PatentType type : PatentType.values()) {
            counts.put(type, new long[2]);
        }
        TypedQuery<Object[]> applied = em.createQuery("select p.type, count(p) from Patent p"
                + " where p.appliedOn between :from and :to" + county + " group by p.type", Object[].class);
        TypedQuery<Object[]> granted = em.createQuery("select p.type, count(p) from Patent p"
                + " where p.grantedOn between :from and :to" + county + " group by p.type", Object[].class);
        List<TypedQuery<Object[]>> queries = List.of(applied, granted);
        for (int i = 0; i < queries.size(); i++) {
            TypedQuery<Object[]> query = queries.get(i).setParameter("from", from).setParameter("to", to);
            if (countyId != null) {
                query.setParameter("county", countyId);
            }
            for (Object[] row : query.getResultList()) {
                counts.get((PatentType) row[0])[i] = ((Number) row[1]).longValue();
            }
        }
        return counts.entrySet().stream()
                .map(e -> new PatentTally(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
    }

    @Override
    public HighTechTally highTechTally(LocalDate from, LocalDate to, LocalDate validOn, int months, Long countyId) {
        String county = countyId == null ? "" : " and c.county.id = :county";
        TypedQuery<Long> recognised = em.createQuery("select count(c) from HighTechCase c"
                + " where c.issuedOn between :from and :to" + county, Long.class)
                .setParameter("from", from).setParameter("to", to);
        String enterpriseCounty = countyId == null ? "" : " and e.county.id = :county";
        // Valid on the day: issued on or before it (the last valid day at most three years later) and not expired.
        TypedQuery<Object[]> valid = em.createQuery("select count(e), sum(case when e.highTech.validUntil <= :by"
                + " then 1 else 0 end) from Enterprise e where e.highTech.validUntil between :day and :latest"
                + enterpriseCounty, Object[].class)
                .setParameter("day", validOn)
                .setParameter("latest", HighTechValidity.validUntil(validOn))
                .setParameter("by", HighTechValidity.expiringBy(validOn, months));
        if (countyId != null) {
            recognised.setParameter("county", countyId);
            valid.setParameter("county", countyId);
        }
        Object[] row = valid.getSingleResult();
        return new HighTechTally(recognised.getSingleResult(), row[0] == null ? 0 : ((Number) row[0]).longValue(),
                row[1] == null ? 0 : ((Number) row[1]).longValue());
    }
}
