package cn.kejiju.workbench.commissioner;

import cn.kejiju.workbench.platform.Fetch;
import cn.kejiju.workbench.platform.ListTotals;
import cn.kejiju.workbench.enterprise.Enterprise;
import cn.kejiju.workbench.jurisdiction.Jurisdiction;
import cn.kejiju.workbench.shared.Page;
import cn.kejiju.workbench.shared.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/** Assignments in JPA. */
@ApplicationScoped
public class JpaAssignmentRepository implements AssignmentRepository {

    /** What a reader of an assignment shows with it: county, commissioner and the target served. */
    private static final String[] SHOWN = {"county", "commissioner", "target.village", "target.organisation"};

    @PersistenceContext(unitName = "workbench")
    EntityManager em;

    @Inject
    ListTotals totals;

    @Override
    public Optional<Assignment> find(long id) {
        return Fetch.joined(em.createQuery("select a from Assignment a where a.id = :id", Assignment.class), SHOWN)
                .setParameter("id", id).getResultStream().findFirst();
    }

    @Override
    public List<Assignment> activeOf(long commissionerId) {
        return em.createQuery("select a from Assignment a where a.commissioner.id = :id and a.status = :active",
                        Assignment.class)
                .setParameter("id", commissionerId)
                .setParameter("active", AssignmentStatus.ACTIVE)
                .getResultList();
    }

    @Override
    public Page<Assignment> page(AssignmentFilter filter, Long countyScope, PageRequest request) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Assignment> query = cb.createQuery(Assignment.class);
        Root<Assignment> assignment = query.from(Assignment.class);
        Join<Assignment, Commissioner> commissioner = assignment.join("commissioner");
        query.select(assignment).where(where(cb, query, assignment, commissioner, filter, countyScope));
        String key = ListSort.check(request.sort(), SORT_KEYS, "startDate");
        Queries.SortKey<Assignment> sort = switch (key) {
            case "commissioner" -> new Queries.SortKey<>(key, commissioner.get("name"), a -> a.getCommissioner().getName());
            case "target" -> new Queries.SortKey<>(key, assignment.get("target").get("key"), a -> a.getTarget().getKey());
            case "endDate" -> new Queries.SortKey<>(key, assignment.get("endDate"), Assignment::getEndDate);
            case "status" -> new Queries.SortKey<>(key, assignment.get("status"), Assignment::getStatus);
            default -> new Queries.SortKey<>(key, assignment.get("startDate"), Assignment::getStartDate);
        };
        return Queries.page(em, query, assignment, sort, request,
                () -> totals.total(Assignment.class, filter, countyScope, () -> count(filter, countyScope)),
                page -> Fetch.joined(page, SHOWN));
    }

    @Override
    public long count(AssignmentFilter filter, Long countyScope) {
        return tally(filter, countyScope, (cb, assignment) -> cb.count(assignment));
    }

    @Override
    public long organisations(AssignmentFilter filter, Long countyScope) {
        return tally(filter, countyScope,
                (cb, assignment) -> cb.countDistinct(assignment.get("target").get("organisation").get("id")));
    }

    /** One aggregate over the assignments the filter matches. */
    private long tally(AssignmentFilter filter, Long countyScope,
                       BiFunction<CriteriaBuilder, Root<Assignment>, Expression<Long>> aggregate) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<Assignment> assignment = query.from(Assignment.class);
        Join<Assignment, Commissioner> commissioner = assignment.join("commissioner");
        query.select(aggregate.apply(cb, assignment))
                .where(where(cb, query, assignment, commissioner, filter, countyScope));
        return em.createQuery(query).getSingleResult();
    }

    private Predicate[] where(CriteriaBuilder cb, CriteriaQuery<?> query, Root<Assignment> assignment, Join<Assignment, Commissioner> commissioner,
                              AssignmentFilter filter, Long countyScope) {
        List<Predicate> predicates = new ArrayList<>();
        if (countyScope != null) {
            predicates.add(cb.equal(assignment.get("county").get("id"), countyScope));
        }
        if (filter.countyId() != null) {
            predicates.add(cb.equal(assignment.get("county").get("id"), filter.countyId()));
        }
        if (filter.commissionerId() != null) {
            predicates.add(cb.equal(commissioner.get("id"), filter.commissionerId()));
        }
        Path<ServiceTarget> target = assignment.get("target");
        if (filter.targetKind() != null) {
            predicates.add(cb.equal(target.get("kind"), filter.targetKind()));
        }
        if (filter.organisationId() != null) {
            predicates.add(cb.equal(target.get("key"), ServiceTarget.key(TargetKind.ENTERPRISE, filter.organisationId())));
        }
        if (filter.status() != null) {
            predicates.add(cb.equal(assignment.get("status"), filter.status()));
        }
        if (filter.agreementConfirmed() != null) {
            Predicate confirmed = cb.and(cb.isNotNull(assignment.get("commissionerConfirmedOn")),
                    cb.isNotNull(assignment.get("targetConfirmedOn")));
            predicates.add(filter.agreementConfirmed() ? confirmed : cb.not(confirmed));
        }
        if (filter.field() != null) {
            predicates.add(cb.equal(commissioner.get("field"), filter.field()));
        }
        if (filter.activeTo() != null) {
            predicates.add(cb.lessThanOrEqualTo(assignment.get("startDate"), filter.activeTo()));
        }
        if (filter.activeFrom() != null) {
            // in force on a day from activeFrom on: ended (early, or at its end) no sooner than that day
            Expression<LocalDate> last = cb.coalesce(assignment.<LocalDate>get("endedOn"),
                    assignment.<LocalDate>get("endDate"));
            predicates.add(cb.greaterThanOrEqualTo(last, filter.activeFrom()));
        }
        if (filter.postedFrom() != null) {
            predicates.add(cb.greaterThanOrEqualTo(commissioner.get("postedOn"), filter.postedFrom()));
        }
        if (Queries.hasText(filter.text())) {
            String pattern = Queries.likePattern(filter.text());
            Subquery<Long> villages = query.subquery(Long.class);
            Root<Jurisdiction> village = villages.from(Jurisdiction.class);
            villages.select(village.get("id")).where(cb.like(village.get("name"), pattern, '\\'));
            Subquery<Long> organisations = query.subquery(Long.class);
            Root<Enterprise> organisation = organisations.from(Enterprise.class);
            organisations.select(organisation.get("id")).where(cb.like(organisation.get("name"), pattern, '\\'));
            predicates.add(cb.or(cb.like(commissioner.get("name"), pattern, '\\'),
                    target.get("village").get("id").in(villages),
                    target.get("organisation").get("id").in(organisations)));
        }
        return predicates.toArray(Predicate[]::new);
    }

    @Override
    public List<Assignment> ending(LocalDate from, LocalDate to) {
        return em.createQuery("select a from Assignment a where a.status = :active"
                        + " and a.endDate >= :from and a.endDate <= :to", Assignment.class)
                .setParameter("active", AssignmentStatus.ACTIVE)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
    }

    @Override
    public List<Assignment> unconfirmed() {
        return em.createQuery("select a from Assignment a where a.status = :active"
                        + " and (a.commissionerConfirmedOn is null or a.targetConfirmedOn is null)", Assignment.class)
                .setParameter("active", AssignmentStatus.ACTIVE)
                .getResultList();
    }

    @Override
    public Assignment add(Assignment assignment) {
        em.persist(assignment);
        return assignment;
    }

    @Override
    public List<AgreementFile> agreementFilesOf(long assignmentId) {
        return em.createQuery("select f from AgreementFile f where f.assignment.id = :assignment order by f.id",
                        AgreementFile.class)
                .setParameter("assignment", assignmentId)
                .getResultList();
    }

    @Override
    public Optional<AgreementFile> findAgreementFile(long fileId) {
        return Fetch.joined(em.createQuery("select f from AgreementFile f where f.id = :id", AgreementFile.class),
                "assignment", "assignment.county").setParameter("id", fileId).getResultStream().findFirst();
    }

    @Override
    public AgreementFile addAgreementFile(AgreementFile file, byte[] bytes) {
        em.persist(file);
        em.persist(new AgreementFileContent(file, bytes));
        return file;
    }

    @Override
    public byte[] content(AgreementFile file) {
        return em.find(AgreementFileContent.class, file.getId()).getBytes();
    }

    @Override
    public void removeAgreementFile(AgreementFile file) {
        AgreementFileContent content = em.find(AgreementFileContent.class, file.getId());
        if (content != null) {
            em.remove(content);
            em.flush();
        }
        em.remove(file);
    }
}
