package cn.kejiju.workbench.project;

import cn.kejiju.workbench.enterprise.Enterprise;
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
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Applications to higher levels in JPA (their documents: {@link JpaProjectDocumentRepository}). The list is by preparation day then id (newest first
 * by default) and continues after a cursor as a range on that index; a row comes with its call, programme, kind,
 * lead and county joined. A record is read with those joined, its partners and its story in two more statements
 * of their own (EclipseLink's batch hints left the two collections empty on this entity: see README, Known issues).
 */
@ApplicationScoped
public class JpaProjectRepository implements ProjectRepository {

    static final String PREPARED_ON = "preparedOn";
    private static final String[] TO_ONE = {"call", "call.programme", "call.programme.kind", "lead", "county"};

    @PersistenceContext(unitName = "workbench")
    EntityManager em;

    @Inject
    ListTotals listTotals;

    @Override
    public Optional<ProjectApplication> find(long id) {
        if (em.isJoinedToTransaction()) {
            return Optional.ofNullable(em.find(ProjectApplication.class, id));
        }
        TypedQuery<ProjectApplication> query = em.createQuery(
                "select a from ProjectApplication a where a.id = :id", ProjectApplication.class);
        Fetch.joined(query, TO_ONE);
        return Fetch.forReading(em, query).setParameter("id", id).getResultList().stream().findFirst();
    }

    @Override
    public List<Enterprise> partnersOf(long applicationId) {
        return em.createQuery("select p from ProjectApplication a join a.partners p where a.id = :id order by index(p)",
                Enterprise.class).setParameter("id", applicationId).getResultList();
    }

    @Override
    public List<ProjectEvent> eventsOf(long applicationId) {
        return em.createQuery("select e from ProjectApplication a join a.events e where a.id = :id order by index(e)",
                ProjectEvent.class).setParameter("id", applicationId).getResultList();
    }

    @Override
    public Page<ProjectApplication> page(ProjectFilter filter, Long countyScope, PageRequest request) {
        String sort = Keyset.sort(request, PREPARED_ON);
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<ProjectApplication> query = cb.createQuery(ProjectApplication.class);
        Root<ProjectApplication> root = query.from(ProjectApplication.class);
        List<Predicate> where = where(cb, query, root, filter, countyScope);
        Path<LocalDate> key = root.get(PREPARED_ON);
        Path<Long> id = root.get("id");
        Keyset.after(cb, key, id, request, sort, LocalDate.class).ifPresent(where::add);
        query.select(root).where(where.toArray(Predicate[]::new)).orderBy(Keyset.order(cb, key, id, request));
        TypedQuery<ProjectApplication> typed = em.createQuery(query);
        Fetch.joined(typed, TO_ONE);
        List<ProjectApplication> items = Fetch.forReading(em, typed)
                .setFirstResult(request.offset()).setMaxResults(request.size()).getResultList();
        long total = listTotals.total(ProjectApplication.class, filter, countyScope, () -> count(filter, countyScope));
        return new Page<>(items, total, request.page(), request.size(),
                Keyset.next(items, request, sort, ProjectApplication::getPreparedOn, ProjectApplication::getId));
    }

    @Override
    public long organisations(ProjectFilter filter, Long countyScope) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        Set<List<Long>> named = new HashSet<>();
        for (boolean partners : new boolean[] {false, true}) {
            CriteriaQuery<Object[]> query = cb.createQuery(Object[].class);
            Root<ProjectApplication> root = query.from(ProjectApplication.class);
            Path<Long> organisation = partners ? root.join("partners").get("id") : root.get("lead").get("id");
            query.multiselect(root.get("county").get("id"), organisation).distinct(true)
                    .where(where(cb, query, root, filter, countyScope).toArray(Predicate[]::new));
            em.createQuery(query).getResultList().forEach(row -> named.add(List.of((Long) row[0], (Long) row[1])));
        }
        return named.size();
    }

    private long count(ProjectFilter filter, Long countyScope) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<ProjectApplication> counted = count.from(ProjectApplication.class);
        count.select(cb.count(counted))
                .where(where(cb, count, counted, filter, countyScope).toArray(Predicate[]::new));
        return em.createQuery(count).getSingleResult();
    }

    /**
     * The ids of the applications with an event of the kind (a help: with the materials; a tranche: with an amount)
     * on a day between the two given. It selects the applications' ids only, never the events themselves (see
     * docs/portability.md).
     */
    private static Subquery<Long> withEvent(CriteriaBuilder cb, AbstractQuery<?> query, EventKind kind, LocalDate from,
                                            LocalDate to) {
        Subquery<Long> ids = query.subquery(Long.class);
        Root<ProjectApplication> application = ids.from(ProjectApplication.class);
        Join<Object, Object> event = application.join("events");
        List<Predicate> within = new ArrayList<>(List.of(cb.equal(event.get("kind"), kind)));
        within.add(kind == EventKind.HELP ? cb.equal(event.get("helpKind"), HelpKind.MATERIALS)
                : cb.isNotNull(event.get("amount")));
        if (from != null) {
            within.add(cb.greaterThanOrEqualTo(event.get("happenedOn"), from));
        }
        if (to != null) {
            within.add(cb.lessThanOrEqualTo(event.get("happenedOn"), to));
        }
        return ids.select(application.get("id")).where(within.toArray(Predicate[]::new));
    }

    private static List<Predicate> where(CriteriaBuilder cb, AbstractQuery<?> query, Root<ProjectApplication> root,
                                         ProjectFilter filter,
                                         Long countyScope) {
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
        if (filter.year() != null) {
            predicates.add(cb.equal(root.get("year"), filter.year()));
        }
        if (filter.level() != null) {
            predicates.add(cb.equal(root.get("call").get("programme").get("level"), filter.level()));
        }
        if (filter.wonFrom() != null) {
            predicates.add(cb.greaterThanOrEqualTo(root.get("wonOn"), filter.wonFrom()));
        }
        if (filter.wonTo() != null) {
            predicates.add(cb.lessThanOrEqualTo(root.get("wonOn"), filter.wonTo()));
        }
        if (Boolean.TRUE.equals(filter.higherLevels())) {
            predicates.add(cb.notEqual(root.get("call").get("programme").get("level"), ProgrammeLevel.COUNTY));
        }
        if (filter.helpedFrom() != null || filter.helpedTo() != null) {
            // a help with the materials recorded within the days (an application of a county, as the statistics)
            predicates.add(cb.isNotNull(root.get("county")));
            predicates.add(root.get("id").in(withEvent(cb, query, EventKind.HELP, filter.helpedFrom(),
                    filter.helpedTo())));
        }
        if (filter.receivedFrom() != null || filter.receivedTo() != null) {
            predicates.add(root.get("id").in(withEvent(cb, query, EventKind.TRANCHE, filter.receivedFrom(),
                    filter.receivedTo())));
        }
        if (filter.enterpriseId() != null) {
            Subquery<Long> partnerOf = query.subquery(Long.class);
            Root<ProjectApplication> other = partnerOf.from(ProjectApplication.class);
            Join<Object, Object> partner = other.join("partners");
            partnerOf.select(other.get("id")).where(cb.equal(other.get("id"), root.get("id")),
                    cb.equal(partner.get("id"), filter.enterpriseId()));
            predicates.add(cb.or(cb.equal(root.get("lead").get("id"), filter.enterpriseId()), cb.exists(partnerOf)));
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            String pattern = "%" + filter.text().strip().replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%";
            predicates.add(cb.or(cb.like(root.get("title"), pattern, '\\'),
                    cb.like(root.get("lead").get("name"), pattern, '\\')));
        }
        return predicates;
    }

    @Override
    public List<ProjectApplication> preparingInCallsClosing(LocalDate from, LocalDate to) {
        TypedQuery<ProjectApplication> query = em.createQuery("select a from ProjectApplication a where a.status = :status"
                + " and a.call.closesOn between :from and :to order by a.id", ProjectApplication.class)
                .setParameter("status", ProjectStatus.PREPARING).setParameter("from", from).setParameter("to", to);
        return Fetch.forReading(em, Fetch.joined(query, TO_ONE)).getResultList();
    }

    @Override
    public List<ProjectApplication> dueBy(LocalDate by) {
        TypedQuery<ProjectApplication> query = em.createQuery("select a from ProjectApplication a where a.status in "
                + ":ahead and ((a.status = :contracted and a.midTermDue <= :by) or a.acceptanceDue <= :by) order by a.id",
                ProjectApplication.class)
                .setParameter("ahead", EnumSet.of(ProjectStatus.CONTRACTED, ProjectStatus.MID_TERM_CHECKED,
                        ProjectStatus.ACCEPTANCE_DEFERRED))
                .setParameter("contracted", ProjectStatus.CONTRACTED).setParameter("by", by);
        return Fetch.forReading(em, Fetch.joined(query, TO_ONE)).getResultList();
    }

    @Override
    public ProjectApplication add(ProjectApplication application) {
        em.persist(application);
        return application;
    }
}
