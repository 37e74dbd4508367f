package cn.kejiju.workbench.incubator;

import cn.kejiju.workbench.platform.Fetch;
import cn.kejiju.workbench.platform.Keyset;
import cn.kejiju.workbench.platform.ListTotals;
import cn.kejiju.workbench.shared.Pinyin;
import cn.kejiju.workbench.shared.Page;
import cn.kejiju.workbench.shared.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Carriers and units in JPA. The carrier list is sorted by name (or opening day) then id, and continues
 * after a cursor as a range on the index of that sort; units are read per carrier in building, floor and
 * room order.
 */
@ApplicationScoped
public class JpaCarrierRepository implements CarrierRepository {

    static final String NAME = "name";
    static final String OPENED_ON = "openedOn";

    @PersistenceContext(unitName = "workbench")
    EntityManager em;

    @Inject
    ListTotals listTotals;

    @Override
    public Optional<Carrier> find(long id) {
        return Fetch.joined(em.createQuery("select c from Carrier c where c.id = :id", Carrier.class), "county")
                .setParameter("id", id).getResultStream().findFirst();
    }

    @Override
    public Page<Carrier> page(CarrierFilter filter, Long countyScope, PageRequest request) {
        String sort = Keyset.sort(request, NAME, OPENED_ON);
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Carrier> query = cb.createQuery(Carrier.class);
        Root<Carrier> carrier = query.from(Carrier.class);
        List<Predicate> where = where(cb, carrier, filter, countyScope);
        Path<Long> id = carrier.get("id");
        (NAME.equals(sort)
                ? Keyset.after(cb, carrier.<String>get(NAME), id, request, sort, String.class)
                : Keyset.after(cb, carrier.<LocalDate>get(OPENED_ON), id, request, sort, LocalDate.class))
                .ifPresent(where::add);
        query.select(carrier).where(where.toArray(Predicate[]::new)).orderBy(Keyset.order(cb, carrier.get(sort), id, request));
        List<Carrier> items = Fetch.joined(Fetch.forReading(em, em.createQuery(query)), "county")
                .setFirstResult(request.offset()).setMaxResults(request.size()).getResultList();
        long total = listTotals.total(Carrier.class, filter, countyScope, () -> count(filter, countyScope));
        return new Page<>(items, total, request.page(), request.size(), Keyset.next(items, request, sort,
                c -> NAME.equals(sort) ? c.getName() : c.openedOn().orElse(null), Carrier::getId));
    }

    private long count(CarrierFilter filter, Long countyScope) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<Carrier> counted = count.from(Carrier.class);
        count.select(cb.count(counted)).where(where(cb, counted, filter, countyScope).toArray(Predicate[]::new));
        return em.createQuery(count).getSingleResult();
    }

    private static List<Predicate> where(CriteriaBuilder cb, Root<Carrier> carrier, CarrierFilter filter,
                                         Long countyScope) {
        List<Predicate> predicates = new ArrayList<>();
        if (countyScope != null) {
            predicates.add(cb.equal(carrier.get("county").get("id"), countyScope));
        }
        if (filter.countyId() != null) {
            predicates.add(cb.equal(carrier.get("county").get("id"), filter.countyId()));
        }
        if (filter.kind() != null) {
            predicates.add(cb.equal(carrier.get("kind"), filter.kind()));
        }
        if (filter.recognitionLevel() != null) {
            predicates.add(cb.equal(carrier.get("recognitionLevel"), filter.recognitionLevel()));
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            String pattern = "%" + filter.text().strip().replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%";
            Predicate byText = cb.or(cb.like(carrier.get("name"), pattern, '\\'),
                    cb.like(carrier.get("operator"), pattern, '\\'));
            // "txcy" finds 同心创业科技园: typed initials in order, as the enterprise search reads them
            predicates.add(Pinyin.canBeInitials(filter.text())
                    ? cb.or(byText, cb.like(carrier.get("initials"), Pinyin.likePattern(filter.text())))
                    : byText);
        }
        return predicates;
    }

    @Override
    public Carrier add(Carrier carrier) {
        em.persist(carrier);
        return carrier;
    }

    @Override
    public Map<Long, UnitTotals> totals(Collection<Long> carrierIds) {
        Map<Long, UnitTotals> totals = new HashMap<>();
        if (carrierIds.isEmpty()) {
            return totals;
        }
        List<Object[]> rows = em.createNamedQuery("Unit.totalsByCarrier", Object[].class)
                .setParameter("ids", carrierIds).getResultList();
        for (Object[] row : rows) {
            totals.put((Long) row[0], new UnitTotals(((Number) row[1]).longValue(), Area.total((BigDecimal) row[2])));
        }
        return totals;
    }

    @Override
    public Optional<Unit> findUnit(long id) {
        return Fetch.joined(em.createQuery("select u from Unit u where u.id = :id", Unit.class), "county", "carrier")
                .setParameter("id", id).getResultStream().findFirst();
    }

    @Override
    public List<Unit> units(long carrierId) {
        return Fetch.forReading(em, em.createNamedQuery("Unit.ofCarrier", Unit.class))
                .setParameter("carrier", carrierId).getResultList();
    }

    @Override
    public List<UnitPlace> places(long carrierId, String building) {
        if (building == null) {
            return em.createNamedQuery("Unit.placesOfCarrier", UnitPlace.class).setParameter("carrier", carrierId)
                    .getResultList();
        }
        return em.createNamedQuery("Unit.placesOfBuilding", UnitPlace.class).setParameter("carrier", carrierId)
                .setParameter("building", building).getResultList();
    }

    @Override
    public List<String> buildings(long carrierId) {
        return em.createNamedQuery("Unit.buildingsOfCarrier", String.class).setParameter("carrier", carrierId)
                .getResultList();
    }

    @Override
    public List<Unit> units(long carrierId, int offset, int size) {
        return Fetch.forReading(em, em.createNamedQuery("Unit.ofCarrier", Unit.class))
                .setParameter("carrier", carrierId).setFirstResult(offset).setMaxResults(size).getResultList();
    }

    @Override
    public boolean roomTaken(long carrierId, String building, String roomCode, Long exceptId) {
        return em.createNamedQuery("Unit.sameRoom", Long.class).setParameter("carrier", carrierId)
                .setParameter("building", building == null ? "" : building.strip())
                .setParameter("room", roomCode == null ? "" : roomCode.strip())
                .setParameter("except", exceptId == null ? -1L : exceptId)
                .getSingleResult() > 0;
    }

    @Override
    public Unit addUnit(Unit unit) {
        em.persist(unit);
        return unit;
    }

    @Override
    public List<Carrier> withoutInitials(int max) {
        return em.createQuery("select c from Carrier c where c.initials is null order by c.id", Carrier.class)
                .setMaxResults(max).getResultList();
    }
}
