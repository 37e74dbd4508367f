package cn.kejiju.workbench.financing;

import cn.kejiju.workbench.platform.Fetch;
import cn.kejiju.workbench.platform.Keyset;
import cn.kejiju.workbench.platform.ListTotals;
import cn.kejiju.workbench.shared.Page;
import cn.kejiju.workbench.shared.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Applications, files and guarantees in JPA. The list is by submission day then id (newest first by
 * default) and continues after a cursor as a range on that index; a record is read with its enterprise,
 * county, product and partners joined and its opinions in one more statement.
 */
@ApplicationScoped
public class JpaApplicationRepository implements ApplicationRepository {

    static final String SUBMITTED_ON = "submittedOn";
    private static final String[] TO_ONE = {"enterprise", "county", "product", "bank", "guarantor"};

    @PersistenceContext(unitName = "workbench")
    EntityManager em;

    @Inject
    ListTotals listTotals;

    /**
     * Inside a transaction (a change follows) the application is found as usual, so that the persistence
     * context tracks its opinions; outside one it is read with its to-one relations joined and its opinions in
     * one more statement.
     */
    @Override
    public Optional<FinancingApplication> find(long id) {
        if (em.isJoinedToTransaction()) {
            return Optional.ofNullable(em.find(FinancingApplication.class, id));
        }
        TypedQuery<FinancingApplication> query = em.createQuery(
                "select a from FinancingApplication a where a.id = :id", FinancingApplication.class);
        Fetch.joined(query, TO_ONE);
        Fetch.batched(query, "opinions");
        return Fetch.forReading(em, query).setParameter("id", id).getResultList().stream().findFirst();
    }

    @Override
    public Page<FinancingApplication> page(ApplicationFilter filter, Long countyScope, PageRequest request) {
        String sort = Keyset.sort(request, SUBMITTED_ON);
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<FinancingApplication> query = cb.createQuery(FinancingApplication.class);
        Root<FinancingApplication> root = query.from(FinancingApplication.class);
        List<Predicate> where = where(cb, query, root, filter, countyScope);
        Path<LocalDate> key = root.get(SUBMITTED_ON);
        Path<Long> id = root.get("id");
        Keyset.after(cb, key, id, request, sort, LocalDate.class).ifPresent(where::add);
        query.select(root).where(where.toArray(Predicate[]::new)).orderBy(Keyset.order(cb, key, id, request));
        TypedQuery<FinancingApplication> typed = em.createQuery(query);
        Fetch.joined(typed, TO_ONE);
        List<FinancingApplication> items = Fetch.forReading(em, typed)
                .setFirstResult(request.offset()).setMaxResults(request.size()).getResultList();
        long total = listTotals.total(FinancingApplication.class, filter, countyScope, () -> count(filter, countyScope));
        return new Page<>(items, total, request.page(), request.size(),
                Keyset.next(items, request, sort, FinancingApplication::getSubmittedOn, FinancingApplication::getId));
    }

    private long count(ApplicationFilter filter, Long countyScope) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<FinancingApplication> counted = count.from(FinancingApplication.class);
        count.select(cb.count(counted)).where(where(cb, count, counted, filter, countyScope).toArray(Predicate[]::new));
        return em.createQuery(count).getSingleResult();
    }

    private static List<Predicate> where(CriteriaBuilder cb, AbstractQuery<?> query, Root<FinancingApplication> root,
                                         ApplicationFilter filter, Long countyScope) {
        List<Predicate> predicates = new ArrayList<>();
        if (countyScope != null) {
            predicates.add(cb.equal(root.get("county").get("id"), countyScope));
        }
        if (filter.countyId() != null) {
            predicates.add(cb.equal(root.get("county").get("id"), filter.countyId()));
        }
        if (filter.status() != null) {
            predicates.add(cb.equal(root.get("status"), filter.status()));
        }
        if (filter.guarantorId() != null) {
            predicates.add(cb.equal(root.get("guarantor").get("id"), filter.guarantorId()));
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            String pattern = "%" + filter.text().strip().replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%";
            predicates.add(cb.like(root.get("enterprise").get("name"), pattern, '\\'));
        }
        if (filter.guaranteedFrom() != null || filter.guaranteedTo() != null) {
            // the guarantee in force (one per application) started within the days given
            Subquery<Long> guaranteed = query.subquery(Long.class);
            Root<Guarantee> guarantee = guaranteed.from(Guarantee.class);
            List<Predicate> started = new ArrayList<>(List.of(cb.equal(guarantee.get("application"), root),
                    cb.equal(guarantee.get("status"), GuaranteeStatus.ACTIVE)));
            if (filter.guaranteedFrom() != null) {
                started.add(cb.greaterThanOrEqualTo(guarantee.get("startDate"), filter.guaranteedFrom()));
            }
            if (filter.guaranteedTo() != null) {
                started.add(cb.lessThanOrEqualTo(guarantee.get("startDate"), filter.guaranteedTo()));
            }
            predicates.add(cb.exists(guaranteed.select(guarantee.get("id")).where(started.toArray(Predicate[]::new))));
        }
        if (filter.guaranteedOn() != null) {
            // the guarantee in force runs on the day: started by it, its last day not before it
            Subquery<Long> running = query.subquery(Long.class);
            Root<Guarantee> guarantee = running.from(Guarantee.class);
            running.select(guarantee.get("id")).where(cb.equal(guarantee.get("application"), root),
                    cb.equal(guarantee.get("status"), GuaranteeStatus.ACTIVE),
                    cb.lessThanOrEqualTo(guarantee.get("startDate"), filter.guaranteedOn()),
                    cb.greaterThanOrEqualTo(guarantee.get("endDate"), filter.guaranteedOn()));
            predicates.add(cb.exists(running));
        }
        return predicates;
    }

    @Override
    public FinancingApplication add(FinancingApplication application) {
        em.persist(application);
        return application;
    }

    @Override
    public List<FinancingApplication> ofEnterprise(long enterpriseId) {
        TypedQuery<FinancingApplication> query = em.createQuery("select a from FinancingApplication a "
                + "where a.enterprise.id = :id order by a.submittedOn desc, a.id desc", FinancingApplication.class);
        Fetch.joined(query, TO_ONE);
        return Fetch.forReading(em, query).setParameter("id", enterpriseId).getResultList();
    }

    @Override
    public List<Guarantee> guaranteesOf(long enterpriseId) {
        TypedQuery<Guarantee> query = em.createQuery("select g from Guarantee g where g.enterprise.id = :id",
                Guarantee.class);
        Fetch.joined(query, "application");
        return Fetch.forReading(em, query).setParameter("id", enterpriseId).getResultList();
    }

    /**
     * The guarantee with its agreement and counterparty joined; for a reader outside a transaction its
     * counter-guarantees too. Inside a (deciding) transaction they load when touched: fetched with the
     * guarantee, EclipseLink registers the embeddables under their own uninitialised descriptor, which fails
     * the decision's flush wherever the classes are not woven (EclipseLink-69 on WildFly).
     */
    @Override
    public Optional<Guarantee> guaranteeOf(long applicationId) {
        TypedQuery<Guarantee> query = em.createQuery("select g from Guarantee g where g.application.id = :id",
                Guarantee.class);
        if (em.isJoinedToTransaction()) {
            Fetch.joined(query, "guarantor", "cooperation", "cooperation.counterparty");
        } else {
            Fetch.joined(query, "guarantor", "cooperation", "cooperation.counterparty", "counterGuarantees");
        }
        return Fetch.forReading(em, query).setParameter("id", applicationId).getResultList().stream().findFirst();
    }

    @Override
    public Guarantee addGuarantee(Guarantee guarantee) {
        em.persist(guarantee);
        return guarantee;
    }

    @Override
    public List<ApplicationFile> filesOf(long applicationId) {
        return em.createQuery("select f from ApplicationFile f where f.application.id = :id order by f.id",
                ApplicationFile.class).setParameter("id", applicationId).getResultList();
    }

    @Override
    public long fileCount(long applicationId) {
        return em.createQuery("select count(f) from ApplicationFile f where f.application.id = :id", Long.class)
                .setParameter("id", applicationId).getSingleResult();
    }

    @Override
    public Optional<ApplicationFile> findFile(long fileId) {
        if (em.isJoinedToTransaction()) {
            return Optional.ofNullable(em.find(ApplicationFile.class, fileId));
        }
        TypedQuery<ApplicationFile> query = em.createQuery("select f from ApplicationFile f where f.id = :id",
                ApplicationFile.class).setParameter("id", fileId);
        return Fetch.forReading(em, Fetch.joined(query, "application")).getResultList().stream().findFirst();
    }

    @Override
    public ApplicationFile addFile(ApplicationFile file, byte[] bytes) {
        em.persist(file);
        em.persist(new ApplicationFileContent(file, bytes));
        return file;
    }

    @Override
    public byte[] content(ApplicationFile file) {
        return em.find(ApplicationFileContent.class, file.getId()).getBytes();
    }

    @Override
    public void removeFile(ApplicationFile file) {
        ApplicationFileContent content = em.find(ApplicationFileContent.class, file.getId());
        if (content != null) {
            em.remove(content);
            em.flush();
        }
        em.remove(file);
    }
}
