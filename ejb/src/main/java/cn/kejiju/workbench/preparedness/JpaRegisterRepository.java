package cn.kejiju.workbench.preparedness;

import cn.kejiju.workbench.jurisdiction.Jurisdiction;
import cn.kejiju.workbench.jurisdiction.JurisdictionLevel;
import cn.kejiju.workbench.platform.Fetch;
import cn.kejiju.workbench.platform.ListTotals;
import cn.kejiju.workbench.shared.Page;
import cn.kejiju.workbench.shared.PageRequest;
import cn.kejiju.workbench.shared.RuleViolationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The 三网一员 register in JPA: holders with their places joined, gaps and completeness counted in the database. */
@ApplicationScoped
public class JpaRegisterRepository implements RegisterRepository {

    @PersistenceContext(unitName = "workbench")
    EntityManager em;

    @Inject
    ListTotals listTotals;

    record HolderFilter(Long countyId, boolean withEnded) {
    }

    @Override
    public Optional<RegisterHolder> findHolder(long id) {
        TypedQuery<RegisterHolder> query = em.createQuery("select h from RegisterHolder h where h.id = :id",
                RegisterHolder.class).setParameter("id", id);
        return Fetch.forReading(em, Fetch.joined(query, "county", "township", "place")).getResultList().stream()
                .findFirst();
    }

    @Override
    public Optional<RegisterHolder> current(RegisterPost post, long placeId) {
        return em.createQuery("select h from RegisterHolder h where h.post = :post and h.place.id = :place"
                        + " and h.endedOn is null", RegisterHolder.class)
                .setParameter("post", post).setParameter("place", placeId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    @Override
    public Page<RegisterHolder> holders(Long countyId, Long countyScope, boolean withEnded, PageRequest request) {
        if (request.sort() != null && !"place".equals(request.sort())) {
            throw new RuleViolationException("page.sortUnknown", "sort", request.sort());
        }
        Map<String, Object> parameters = new LinkedHashMap<>();
        List<String> terms = new ArrayList<>();
        if (countyScope != null) {
            terms.add("h.county.id = :scope");
            parameters.put("scope", countyScope);
        }
        if (countyId != null) {
            terms.add("h.county.id = :county");
            parameters.put("county", countyId);
        }
        if (!withEnded) {
            terms.add("h.endedOn is null");
        }
        String where = terms.isEmpty() ? "" : " where " + String.join(" and ", terms);
        String dir = request.ascending() ? "asc" : "desc";
        TypedQuery<RegisterHolder> query = em.createQuery("select h from RegisterHolder h join h.place p" + where
                + " order by p.code " + dir + ", h.post " + dir + ", h.since " + dir + ", h.id " + dir,
                RegisterHolder.class);
        parameters.forEach(query::setParameter);
        List<RegisterHolder> items = Fetch.forReading(em, Fetch.joined(query, "county", "township", "place"))
                .setFirstResult(request.offset()).setMaxResults(request.size()).getResultList();
        long total = listTotals.total(RegisterHolder.class, new HolderFilter(countyId, withEnded), countyScope, () -> {
            TypedQuery<Long> count = em.createQuery("select count(h) from RegisterHolder h" + where, Long.class);
            parameters.forEach(count::setParameter);
            return count.getSingleResult();
        });
        return new Page<>(items, total, request.page(), request.size());
    }

    @Override
    public RegisterHolder add(RegisterHolder holder) {
        em.persist(holder);
        return holder;
    }

    @Override
    public List<Jurisdiction> places(Long countyId, Long countyScope) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        List<String> terms = new ArrayList<>();
        terms.add("j.level in :levels");
        parameters.put("levels", List.of(JurisdictionLevel.TOWNSHIP, JurisdictionLevel.VILLAGE));
        for (Long county : new Long[] {countyScope, countyId}) {
            if (county != null) {
                String name = "c" + parameters.size();
                terms.add("(j.parent.id = :" + name + " or j.parent.parent.id = :" + name + ")");
                parameters.put(name, county);
            }
        }
        TypedQuery<Jurisdiction> query = em.createQuery("select j from Jurisdiction j where "
                + String.join(" and ", terms) + " order by j.code", Jurisdiction.class);
        parameters.forEach(query::setParameter);
        return Fetch.forReading(em, Fetch.joined(query, "parent", "parent.parent")).getResultList();
    }

    @Override
    public Set<RegisterSlot> filled(Long countyId, Long countyScope) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        List<String> terms = new ArrayList<>();
        terms.add("h.endedOn is null");
        if (countyScope != null) {
            terms.add("h.county.id = :scope");
            parameters.put("scope", countyScope);
        }
        if (countyId != null) {
            terms.add("h.county.id = :county");
            parameters.put("county", countyId);
        }
        TypedQuery<Object[]> query = em.createQuery("select h.post, p.code from RegisterHolder h join h.place p"
                + " where " + String.join(" and ", terms), Object[].class);
        parameters.forEach(query::setParameter);
        Set<RegisterSlot> slots = new HashSet<>();
        for (Object[] row : query.getResultList()) {
            slots.add(new RegisterSlot((RegisterPost) row[0], (String) row[1]));
        }
        return slots;
    }

    @Override
    public RegisterCompleteness completeness(Jurisdiction within) {
        String prefix = JpaVolunteerRepository.prefix(within) + "%";
        Number required = (Number) em.createNativeQuery("select coalesce(sum(case level when 'TOWNSHIP' then 1"
                        + " when 'VILLAGE' then 2 else 0 end), 0) from jurisdiction where code like ?1")
                .setParameter(1, prefix).getSingleResult();
        Number filled = (Number) em.createNativeQuery("select count(*) from prep_reg_holder h"
                        + " join jurisdiction p on p.id = h.place_id where h.ended_on is null and p.code like ?1")
                .setParameter(1, prefix).getSingleResult();
        return new RegisterCompleteness(filled.longValue(), required.longValue());
    }
}
