package cn.kejiju.workbench.financing;

import cn.kejiju.workbench.platform.Fetch;
import cn.kejiju.workbench.platform.Keyset;
import cn.kejiju.workbench.platform.ListTotals;
import cn.kejiju.workbench.shared.ConflictException;
import cn.kejiju.workbench.shared.NotFoundException;
import cn.kejiju.workbench.shared.Page;
import cn.kejiju.workbench.shared.PageRequest;
import cn.kejiju.workbench.shared.RuleViolationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.PessimisticLockException;
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
import java.util.List;
import java.util.Optional;

/**
 * Loans and what moves their money, in JPA. A loan is read with its enterprise, county, partners, application
 * and guarantee joined and its instalments in one more statement; the list is by disbursement day then id
 * (newest first by default) and continues after a cursor as a range on that index. Changes of money lock the
 * loan's or the compensation's row first.
 */
@ApplicationScoped
public class JpaLoanRepository implements LoanRepository {

    static final String DISBURSED_ON = "disbursedOn";
    private static final String[] TO_ONE = {"enterprise", "county", "bank", "guarantor", "application"};

    @PersistenceContext(unitName = "workbench")
    EntityManager em;

    @Inject
    ListTotals listTotals;

    @Override
    public Optional<Loan> find(long id) {
        if (em.isJoinedToTransaction()) {
            return Optional.ofNullable(em.find(Loan.class, id));
        }
        TypedQuery<Loan> query = em.createQuery("select l from Loan l where l.id = :id", Loan.class);
        Fetch.joined(query, TO_ONE);
        Fetch.joined(query, "compensation", "instalments");
        return Fetch.forReading(em, query).setParameter("id", id).getResultList().stream().findFirst();
    }

    @Override
    public Loan lock(long id) {
        Loan loan;
        try {
            loan = em.find(Loan.class, id, LockModeType.PESSIMISTIC_WRITE);
        } catch (PessimisticLockException | LockTimeoutException e) {
            throw new ConflictException("financing.loan.busy", null);
        }
        if (loan == null) {
            throw new NotFoundException("Loan", id);
        }
        return loan;
    }

    @Override
    public Page<Loan> page(LoanFilter filter, Long countyScope, PageRequest request) {
        String sort = Keyset.sort(request, DISBURSED_ON);
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Loan> query = cb.createQuery(Loan.class);
        Root<Loan> root = query.from(Loan.class);
        List<Predicate> where = where(cb, query, root, filter, countyScope);
        Path<LocalDate> key = root.get(DISBURSED_ON);
        Path<Long> id = root.get("id");
        Keyset.after(cb, key, id, request, sort, LocalDate.class).ifPresent(where::add);
        query.select(root).where(where.toArray(Predicate[]::new)).orderBy(Keyset.order(cb, key, id, request));
        TypedQuery<Loan> typed = em.createQuery(query);
        Fetch.joined(typed, TO_ONE);
        Fetch.batched(typed, "instalments");
        List<Loan> items = Fetch.forReading(em, typed)
                .setFirstResult(request.offset()).setMaxResults(request.size()).getResultList();
        long total = listTotals.total(Loan.class, filter, countyScope, () -> count(filter, countyScope));
        return new Page<>(items, total, request.page(), request.size(),
                Keyset.next(items, request, sort, Loan::getDisbursedOn, Loan::getId));
    }

    private long count(LoanFilter filter, Long countyScope) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<Loan> counted = count.from(Loan.class);
        count.select(cb.count(counted)).where(where(cb, count, counted, filter, countyScope).toArray(Predicate[]::new));
        return em.createQuery(count).getSingleResult();
    }

    private static List<Predicate> where(CriteriaBuilder cb, AbstractQuery<?> query, Root<Loan> root, LoanFilter filter,
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
        if (filter.guarantorId() != null) {
            predicates.add(cb.equal(root.get("guarantor").get("id"), filter.guarantorId()));
        }
        if (filter.applicationId() != null) {
            predicates.add(cb.equal(root.get("application").get("id"), filter.applicationId()));
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            String pattern = "%" + filter.text().strip().replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%";
            predicates.add(cb.like(root.get("enterprise").get("name"), pattern, '\\'));
        }
        if (filter.compensatedFrom() != null || filter.compensatedTo() != null) {
            // the compensation (one per loan) paid within the days given
            Subquery<Long> compensated = query.subquery(Long.class);
            Root<Compensation> compensation = compensated.from(Compensation.class);
            List<Predicate> paid = new ArrayList<>(List.of(cb.equal(compensation.get("loan"), root)));
            if (filter.compensatedFrom() != null) {
                paid.add(cb.greaterThanOrEqualTo(compensation.get("paidOn"), filter.compensatedFrom()));
            }
            if (filter.compensatedTo() != null) {
                paid.add(cb.lessThanOrEqualTo(compensation.get("paidOn"), filter.compensatedTo()));
            }
            predicates.add(cb.exists(compensated.select(compensation.get("id")).where(paid.toArray(Predicate[]::new))));
        }
        return predicates;
    }

    @Override
    public Optional<Loan> ofGuarantee(long guaranteeId) {
        TypedQuery<Loan> query = em.createQuery("select l from Loan l where l.guarantee.id = :id", Loan.class);
        Fetch.joined(query, TO_ONE);
        Fetch.joined(query, "instalments");
        return Fetch.forReading(em, query).setParameter("id", guaranteeId).getResultList().stream().findFirst();
    }

    @Override
    public Loan add(Loan loan) {
        em.persist(loan);
        return loan;
    }

    @Override
    public List<Repayment> repaymentsOf(long loanId) {
        return Fetch.forReading(em, em.createQuery(
                "select r from Repayment r where r.loan.id = :id order by r.paidOn, r.id", Repayment.class))
                .setParameter("id", loanId).getResultList();
    }

    @Override
    public Optional<Repayment> findRepayment(long id) {
        return Optional.ofNullable(em.find(Repayment.class, id));
    }

    @Override
    public Repayment addRepayment(Repayment repayment) {
        em.persist(repayment);
        return repayment;
    }

    @Override
    public Optional<Compensation> compensationOf(long loanId) {
        TypedQuery<Compensation> query = em.createQuery("select c from Compensation c where c.loan.id = :id",
                Compensation.class);
        return Fetch.forReading(em, query).setParameter("id", loanId).getResultList().stream().findFirst();
    }

    @Override
    public Optional<Compensation> findCompensation(long id) {
        return Optional.ofNullable(em.find(Compensation.class, id));
    }

    @Override
    public Compensation lockCompensation(long loanId) {
        Compensation found = compensationOf(loanId)
                .orElseThrow(() -> new RuleViolationException("financing.recovery.noCompensation", "loanId"));
        try {
            em.lock(found, LockModeType.PESSIMISTIC_WRITE);
            em.refresh(found);
        } catch (PessimisticLockException | LockTimeoutException e) {
            throw new ConflictException("financing.loan.busy", null);
        }
        return found;
    }

    @Override
    public Compensation addCompensation(Compensation compensation) {
        em.persist(compensation);
        return compensation;
    }

    @Override
    public List<Recovery> recoveriesOf(long compensationId) {
        return Fetch.forReading(em, em.createQuery(
                "select r from Recovery r where r.compensation.id = :id order by r.recoveredOn, r.id", Recovery.class))
                .setParameter("id", compensationId).getResultList();
    }

    @Override
    public Optional<Recovery> findRecovery(long id) {
        return Optional.ofNullable(em.find(Recovery.class, id));
    }

    @Override
    public Recovery addRecovery(Recovery recovery) {
        em.persist(recovery);
        return recovery;
    }

    @Override
    public Optional<IdempotencyRecord> findKey(String caller, String key) {
        return em.createQuery("select k from IdempotencyRecord k where k.caller = :caller and k.key = :key",
                IdempotencyRecord.class).setParameter("caller", caller).setParameter("key", key)
                .getResultList().stream().findFirst();
    }

    @Override
    public IdempotencyRecord addKey(IdempotencyRecord record) {
        try {
            em.persist(record);
            em.flush();
        } catch (PersistenceException e) {
            throw new ConflictException("financing.idempotency.inFlight", "Idempotency-Key", record.getKey());
        }
        return record;
    }

    @Override
    public List<Loan> dueBy(LocalDate until) {
        TypedQuery<Loan> query = em.createQuery("select distinct l from Loan l join l.instalments i "
                + "where l.status = :active and i.settledOn is null and i.dueOn <= :until order by l.id", Loan.class);
        Fetch.joined(query, "enterprise", "county");
        Fetch.batched(query, "instalments");
        return Fetch.forReading(em, query).setParameter("active", LoanStatus.ACTIVE).setParameter("until", until)
                .getResultList();
    }

    @Override
    public List<Loan> ofEnterprise(long enterpriseId) {
        TypedQuery<Loan> query = em.createQuery(
                "select l from Loan l where l.enterprise.id = :id order by l.disbursedOn desc, l.id desc", Loan.class);
        Fetch.joined(query, "county", "bank", "guarantor", "application", "compensation");
        Fetch.batched(query, "instalments");
        return Fetch.forReading(em, query).setParameter("id", enterpriseId).getResultList();
    }
}
