package cn.kejiju.workbench.commissioner;

import cn.kejiju.workbench.platform.Fetch;
import cn.kejiju.workbench.platform.ListTotals;
import cn.kejiju.workbench.jurisdiction.Jurisdiction;
import cn.kejiju.workbench.shared.Pinyin;
import cn.kejiju.workbench.shared.Page;
import cn.kejiju.workbench.shared.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.annotation.PostConstruct;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceUnit;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Service logs, innovations and evidence in JPA. */
@ApplicationScoped
public class JpaServiceLogRepository implements ServiceLogRepository {

    private static final List<ServiceKind> RESULT_KINDS =
            Arrays.stream(ServiceKind.values()).filter(ServiceKind::isResult).toList();

    @PersistenceContext(unitName = "workbench")
    EntityManager em;

    @Inject
    ListTotals totals;

    /** A log with everything its page and the API show, in one statement (prepared once, see {@link #prepare}). */
    static final String SHOWN = "ServiceLog.shown";

    @PersistenceUnit(unitName = "workbench")
    EntityManagerFactory emf;

    @PostConstruct
    void prepare() {
        Fetch.register(emf, SHOWN, setup -> Fetch.joined(setup.createQuery("select l from ServiceLog l where l.id = :id",
                        ServiceLog.class), "county", "commissioner", "assignment", "assignment.target.village",
                "assignment.target.organisation", "introductions", "introductions.innovation"));
    }

    @Override
    public Optional<ServiceLog> find(long id) {
        return Fetch.forReading(em, em.createNamedQuery(SHOWN, ServiceLog.class)).setParameter("id", id)
                .getResultStream().findFirst();
    }

    @Override
    public Page<ServiceLog> page(LogFilter filter, Long countyScope, PageRequest request, boolean introductions) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<ServiceLog> query = cb.createQuery(ServiceLog.class);
        Root<ServiceLog> log = query.from(ServiceLog.class);
        String key = ListSort.check(request.sort(), SORT_KEYS, "serviceDate");
        // the commissioner's row is joined only where the sort or the text filter needs it (the rows'
        // commissioners are fetched with them anyway), so the date sorts stay on service_log's indexes
        Join<ServiceLog, Commissioner> commissioner = "commissioner".equals(key) || Queries.hasText(filter.text())
                ? log.join("commissioner") : null;
        query.select(log).where(where(cb, log, commissioner, filter, countyScope));
        Queries.SortKey<ServiceLog> sort = switch (key) {
            case "commissioner" -> new Queries.SortKey<>(key, commissioner.get("name"), l -> l.getCommissioner().getName());
            case "kind" -> new Queries.SortKey<>(key, log.get("kind"), ServiceLog::getKind);
            case "status" -> new Queries.SortKey<>(key, log.get("status"), ServiceLog::getStatus);
            case "submittedAt" -> new Queries.SortKey<>(key, log.get("submittedAt"), ServiceLog::getSubmittedAt);
            default -> new Queries.SortKey<>(key, log.get("serviceDate"), ServiceLog::getServiceDate);
        };
        return Queries.page(em, query, log, sort, request,
                () -> totals.total(ServiceLog.class, filter, countyScope, () -> count(filter, countyScope)),
                // what the rows show, in the page's one statement; the introductions only when asked for
                // (the pages' rows show them, the API's do not): those of every row in one more statement,
                // their named items in one more
                page -> {
                    Fetch.joined(Fetch.forReading(em, page), "county", "commissioner", "assignment",
                            "assignment.target.village", "assignment.target.organisation");
                    return introductions ? Fetch.batched(page, "introductions", "introductions.innovation") : page;
                });
    }

    @Override
    public long count(LogFilter filter, Long countyScope) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<ServiceLog> log = query.from(ServiceLog.class);
        Join<ServiceLog, Commissioner> commissioner = Queries.hasText(filter.text()) ? log.join("commissioner") : null;
        query.select(cb.count(log)).where(where(cb, log, commissioner, filter, countyScope));
        return em.createQuery(query).getSingleResult();
    }

    private Predicate[] where(CriteriaBuilder cb, Root<ServiceLog> log, Join<ServiceLog, Commissioner> commissioner,
                              LogFilter filter, Long countyScope) {
        List<Predicate> predicates = new ArrayList<>();
        if (countyScope != null) {
            predicates.add(cb.equal(log.get("county").get("id"), countyScope));
        }
        if (filter.countyId() != null) {
            predicates.add(cb.equal(log.get("county").get("id"), filter.countyId()));
        }
        if (filter.commissionerId() != null) {
            predicates.add(cb.equal(log.get("commissioner").get("id"), filter.commissionerId()));
        }
        if (filter.assignmentId() != null) {
            predicates.add(cb.equal(log.get("assignment").get("id"), filter.assignmentId()));
        }
        if (filter.status() != null) {
            predicates.add(filter.draftsHidden() && filter.status() == LogStatus.DRAFT ? cb.disjunction()
                    : cb.equal(log.get("status"), filter.status()));
        } else if (filter.draftsHidden()) {
            predicates.add(cb.notEqual(log.get("status"), LogStatus.DRAFT));
        }
        if (filter.kind() != null) {
            predicates.add(cb.equal(log.get("kind"), filter.kind()));
        }
        if (filter.from() != null) {
            predicates.add(cb.greaterThanOrEqualTo(log.get("serviceDate"), filter.from()));
        }
        if (filter.to() != null) {
            predicates.add(cb.lessThanOrEqualTo(log.get("serviceDate"), filter.to()));
        }
        if (Queries.hasText(filter.text())) {
            String pattern = Queries.likePattern(filter.text());
            predicates.add(cb.or(cb.like(commissioner.get("name"), pattern, '\\'),
                    cb.like(log.get("summary"), pattern, '\\')));
        }
        return predicates.toArray(Predicate[]::new);
    }

    @Override
    public ServiceLog add(ServiceLog log) {
        em.persist(log);
        return log;
    }

    @Override
    public Optional<Innovation> findInnovation(Jurisdiction county, InnovationKind kind, String normalizedName) {
        return em.createQuery("select i from Innovation i where i.county = :county and i.kind = :kind"
                        + " and i.name = :name", Innovation.class)
                .setParameter("county", county)
                .setParameter("kind", kind)
                .setParameter("name", normalizedName)
                .getResultStream().findFirst();
    }

    @Override
    public Innovation addInnovation(Innovation innovation) {
        em.persist(innovation);
        return innovation;
    }

    @Override
    public List<String> innovationNames(long countyId, InnovationKind kind, String text, int max) {
        String typed = text == null ? "" : text;
        boolean initials = Pinyin.canBeInitials(typed);
        TypedQuery<String> query = em.createQuery("select i.name from Innovation i where i.county.id = :county"
                        + " and i.kind = :kind and (i.name like :pattern escape '\\'"
                        + (initials ? " or i.initials like :initials" : "") + ") order by i.name", String.class)
                .setParameter("county", countyId)
                .setParameter("kind", kind)
                .setParameter("pattern", Queries.likePattern(typed));
        if (initials) {
            query.setParameter("initials", initialsPattern(Pinyin.typedInitials(typed)));
        }
        return query.setMaxResults(max).getResultList();
    }

    /** Typed initials in order, each syllable's wherever it falls: "cylf" finds 茶园绿色防控 (cylsfk). */
    static String initialsPattern(String letters) {
        return Pinyin.likePattern(letters);
    }

    @Override
    public List<Evidence> evidenceOf(long logId) {
        return Fetch.joined(em.createQuery("select e from Evidence e where e.log.id = :log order by e.id", Evidence.class), "log")
                .setParameter("log", logId)
                .getResultList();
    }

    @Override
    public Optional<Evidence> findEvidence(long evidenceId) {
        return Fetch.joined(em.createQuery("select e from Evidence e where e.id = :id", Evidence.class), "log", "log.county")
                .setParameter("id", evidenceId).getResultStream().findFirst();
    }

    @Override
    public Evidence addEvidence(Evidence evidence, byte[] bytes) {
        em.persist(evidence);
        em.persist(new EvidenceContent(evidence, bytes));
        return evidence;
    }

    @Override
    public byte[] content(Evidence evidence) {
        return em.find(EvidenceContent.class, evidence.getId()).getBytes();
    }

    @Override
    public void removeEvidence(Evidence evidence) {
        EvidenceContent content = em.find(EvidenceContent.class, evidence.getId());
        if (content != null) {
            em.remove(content);
            em.flush();
        }
        em.remove(evidence);
    }

    @Override
    public Map<Long, ServiceFigures> approvedFigures(Long countyScope, Long commissionerId, LocalDate from, LocalDate to) {
        String where = " where l.status = :approved and l.serviceDate >= :from and l.serviceDate <= :to"
                + (countyScope == null ? "" : " and l.county.id = :county")
                + (commissionerId == null ? "" : " and l.commissioner.id = :commissioner");
        Map<Long, long[]> counts = new HashMap<>();
        Map<Long, BigDecimal> days = new HashMap<>();
        for (Object[] row : bind(em.createQuery("select l.commissioner.id, count(l), sum(l.days) from ServiceLog l"
                + where + " group by l.commissioner.id", Object[].class), countyScope, commissionerId, from, to)
                .getResultList()) {
            counts.computeIfAbsent((Long) row[0], id -> new long[2])[0] = ((Number) row[1]).longValue();
            days.put((Long) row[0], (BigDecimal) row[2]);
        }
        for (Object[] row : bind(em.createQuery("select l.commissioner.id, count(i) from Introduction i join i.log l"
                + where + " group by l.commissioner.id", Object[].class), countyScope, commissionerId, from, to)
                .getResultList()) {
            counts.computeIfAbsent((Long) row[0], id -> new long[2])[1] += ((Number) row[1]).longValue();
        }
        for (Object[] row : bind(em.createQuery("select l.commissioner.id, count(l) from ServiceLog l"
                + where + " and l.kind in :resultKinds group by l.commissioner.id", Object[].class)
                .setParameter("resultKinds", RESULT_KINDS), countyScope, commissionerId, from, to).getResultList()) {
            counts.computeIfAbsent((Long) row[0], id -> new long[2])[1] += ((Number) row[1]).longValue();
        }
        Map<Long, ServiceFigures> figures = new HashMap<>();
        counts.forEach((id, pair) -> figures.put(id,
                new ServiceFigures(pair[0], days.getOrDefault(id, BigDecimal.ZERO), pair[1], null)));
        return figures;
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, Long countyScope, Long commissionerId,
                                          LocalDate from, LocalDate to) {
        query.setParameter("approved", LogStatus.APPROVED).setParameter("from", from).setParameter("to", to);
        if (countyScope != null) {
            query.setParameter("county", countyScope);
        }
        if (commissionerId != null) {
            query.setParameter("commissioner", commissionerId);
        }
        return query;
    }

    @Override
    public Optional<Introduction> findIntroduction(long introductionId) {
        return Fetch.joined(em.createQuery("select i from Introduction i where i.id = :id", Introduction.class),
                "log", "log.county").setParameter("id", introductionId).getResultStream().findFirst();
    }
}
