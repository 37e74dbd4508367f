package cn.kejiju.workbench.financing;

import cn.kejiju.workbench.platform.Fetch;
import cn.kejiju.workbench.shared.ConflictException;
import cn.kejiju.workbench.shared.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PessimisticLockException;
import jakarta.persistence.TypedQuery;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Partners, agreements, settings, products and related-party links in JPA. The sums of guarantees in force
 * are aggregates in the database, grouped per agreement or company, one query for a whole list.
 */
@ApplicationScoped
public class JpaPartnerRepository implements PartnerRepository {

    @PersistenceContext(unitName = "workbench")
    EntityManager em;

    @Override
    public Optional<Partner> find(long id) {
        return Optional.ofNullable(em.find(Partner.class, id));
    }

    @Override
    public List<Partner> partners(PartnerKind kind) {
        TypedQuery<Partner> query = kind == null
                ? em.createQuery("select p from Partner p order by p.kind, p.name, p.id", Partner.class)
                : em.createQuery("select p from Partner p where p.kind = :kind order by p.name, p.id", Partner.class)
                        .setParameter("kind", kind);
        return Fetch.forReading(em, query).getResultList();
    }

    @Override
    public boolean nameTaken(String name, Long exceptId) {
        return em.createQuery("select count(p) from Partner p where p.name = :name and p.id <> :except", Long.class)
                .setParameter("name", name == null ? "" : name.strip())
                .setParameter("except", exceptId == null ? -1L : exceptId).getSingleResult() > 0;
    }

    @Override
    public Partner add(Partner partner) {
        em.persist(partner);
        return partner;
    }

    @Override
    public Partner lock(long id) {
        Partner partner;
        try {
            partner = em.find(Partner.class, id, LockModeType.PESSIMISTIC_WRITE);
        } catch (PessimisticLockException | LockTimeoutException e) {
            throw new ConflictException("financing.partner.busy", null);
        }
        if (partner == null) {
            throw new NotFoundException("Partner", id);
        }
        return partner;
    }

    @Override
    public Optional<Cooperation> findCooperation(long id) {
        List<Cooperation> found = Fetch.forReading(em, Fetch.joined(em.createQuery(
                        "select c from Cooperation c where c.id = :id", Cooperation.class), "guarantor", "counterparty"))
                .setParameter("id", id).getResultList();
        return found.stream().findFirst();
    }

    @Override
    public List<Cooperation> cooperations(Long guarantorId) {
        TypedQuery<Cooperation> query = guarantorId == null
                ? em.createQuery("select c from Cooperation c join c.guarantor g order by g.name, c.validFrom, c.id",
                        Cooperation.class)
                : em.createQuery("select c from Cooperation c join c.guarantor g where g.id = :guarantor "
                        + "order by c.validFrom, c.id", Cooperation.class).setParameter("guarantor", guarantorId);
        return Fetch.forReading(em, Fetch.joined(query, "guarantor", "counterparty")).getResultList();
    }

    @Override
    public Product addProduct(Product product) {
        em.persist(product);
        return product;
    }

    @Override
    public Cooperation addCooperation(Cooperation cooperation) {
        em.persist(cooperation);
        return cooperation;
    }

    @Override
    public Cooperation lockCooperation(long id) {
        Cooperation cooperation;
        try {
            cooperation = em.find(Cooperation.class, id, LockModeType.PESSIMISTIC_WRITE);
        } catch (PessimisticLockException | LockTimeoutException e) {
            throw new ConflictException("financing.partner.busy", null);
        }
        if (cooperation == null) {
            throw new NotFoundException("Cooperation", id);
        }
        return cooperation;
    }

    @Override
    public FinancingSettings settings() {
        return em.find(FinancingSettings.class, FinancingSettings.ID);
    }

    @Override
    public List<Product> products() {
        return em.createNamedQuery("Product.all", Product.class).getResultList();
    }

    @Override
    public Optional<Product> product(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(em.find(Product.class, code.strip()));
    }

    @Override
    public List<Long> linked(Collection<Long> enterpriseIds) {
        if (enterpriseIds.isEmpty()) {
            return List.of();
        }
        List<Long> linked = new ArrayList<>(em.createQuery("select l.second.id from EnterpriseLink l "
                + "where l.first.id in :ids", Long.class).setParameter("ids", enterpriseIds).getResultList());
        linked.addAll(em.createQuery("select l.first.id from EnterpriseLink l where l.second.id in :ids", Long.class)
                .setParameter("ids", enterpriseIds).getResultList());
        return linked;
    }

    @Override
    public List<EnterpriseLink> links(long enterpriseId) {
        TypedQuery<EnterpriseLink> query = em.createQuery("select l from EnterpriseLink l "
                + "where l.first.id = :id or l.second.id = :id order by l.id", EnterpriseLink.class);
        return Fetch.forReading(em, Fetch.joined(query, "first", "second")).setParameter("id", enterpriseId)
                .getResultList();
    }

    @Override
    public boolean linkExists(long one, long other) {
        return em.createQuery("select count(l) from EnterpriseLink l where l.first.id = :a and l.second.id = :b",
                        Long.class).setParameter("a", Math.min(one, other)).setParameter("b", Math.max(one, other))
                .getSingleResult() > 0;
    }

    @Override
    public EnterpriseLink addLink(EnterpriseLink link) {
        em.persist(link);
        return link;
    }

    @Override
    public Map<Long, BigDecimal> inForceByCooperation(Collection<Long> cooperationIds) {
        return sums("select g.cooperation.id, sum(g.amount) from Guarantee g where g.cooperation.id in :ids "
                + "and g.status = cn.kejiju.workbench.financing.GuaranteeStatus.ACTIVE group by g.cooperation.id",
                cooperationIds);
    }

    @Override
    public Map<Long, BigDecimal> inForceByGuarantor(Collection<Long> guarantorIds) {
        return sums("select g.guarantor.id, sum(g.amount) from Guarantee g where g.guarantor.id in :ids "
                + "and g.status = cn.kejiju.workbench.financing.GuaranteeStatus.ACTIVE group by g.guarantor.id",
                guarantorIds);
    }

    private Map<Long, BigDecimal> sums(String jpql, Collection<Long> ids) {
        Map<Long, BigDecimal> sums = new HashMap<>();
        if (ids.isEmpty()) {
            return sums;
        }
        for (Object[] row : em.createQuery(jpql, Object[].class).setParameter("ids", ids).getResultList()) {
            sums.put((Long) row[0], ((BigDecimal) row[1]).setScale(2));
        }
        return sums;
    }

    @Override
    public BigDecimal inForceFor(long guarantorId, Collection<Long> enterpriseIds) {
        BigDecimal sum = em.createQuery("select sum(g.amount) from Guarantee g where g.guarantor.id = :guarantor "
                        + "and g.enterprise.id in :ids and g.status = cn.kejiju.workbench.financing.GuaranteeStatus.ACTIVE",
                        BigDecimal.class).setParameter("guarantor", guarantorId).setParameter("ids", enterpriseIds)
                .getSingleResult();
        return sum == null ? BigDecimal.ZERO.setScale(2) : sum.setScale(2);
    }
}
