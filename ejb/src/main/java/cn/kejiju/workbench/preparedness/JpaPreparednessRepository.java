package cn.kejiju.workbench.preparedness;

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

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Campaigns, events and stocks in JPA. Lists are paged in the database with their county (and township,
 * campaign) joined into the one statement; a campaign's tally is three aggregate queries; a stock is locked
 * with {@code select … for update} while it changes.
 */
@ApplicationScoped
public class JpaPreparednessRepository implements PreparednessRepository {

    @PersistenceContext(unitName = "workbench")
    EntityManager em;

    @Inject
    ListTotals listTotals;

    record CampaignFilter(Long countyId, String text, LocalDate from, LocalDate to) {
    }

    record EventFilter(Long campaignId, Long countyId) {
    }

    @Override
    public Optional<Campaign> findCampaign(long id) {
        // with what its answer shows, inside a transaction too: a write's answer is read after it
        TypedQuery<Campaign> query = em.createQuery("select c from Campaign c where c.id = :id", Campaign.class)
                .setParameter("id", id);
        return Fetch.forReading(em, Fetch.joined(query, "county")).getResultList().stream().findFirst();
    }

    @Override
    public Page<Campaign> campaigns(Long countyId, Long countyScope, String text, LocalDate from, LocalDate to,
                                    PageRequest request) {
        if (request.sort() != null && !"startsOn".equals(request.sort())) {
            throw new RuleViolationException("page.sortUnknown", "sort", request.sort());
        }
        Map<String, Object> parameters = new LinkedHashMap<>();
        String where = campaignWhere(countyId, countyScope, text, from, to, parameters);
        String dir = request.ascending() ? "asc" : "desc";
        TypedQuery<Campaign> query = em.createQuery("select c from Campaign c" + where
                + " order by c.startsOn " + dir + ", c.id " + dir, Campaign.class);
        parameters.forEach(query::setParameter);
        List<Campaign> items = Fetch.forReading(em, Fetch.joined(query, "county"))
                .setFirstResult(request.offset()).setMaxResults(request.size()).getResultList();
        long total = listTotals.total(Campaign.class, new CampaignFilter(countyId, text, from, to), countyScope, () -> {
            TypedQuery<Long> count = em.createQuery("select count(c) from Campaign c" + where, Long.class);
            parameters.forEach(count::setParameter);
            return count.getSingleResult();
        });
        return new Page<>(items, total, request.page(), request.size());
    }

    private static String campaignWhere(Long countyId, Long countyScope, String text, LocalDate from, LocalDate to,
                                        Map<String, Object> parameters) {
        List<String> terms = new ArrayList<>();
        if (countyScope != null) {
            terms.add("c.county.id = :scope");
            parameters.put("scope", countyScope);
        }
        if (countyId != null) {
            terms.add("c.county.id = :county");
            parameters.put("county", countyId);
        }
        if (text != null && !text.isBlank()) {
            terms.add("(c.name like :text escape '\\' or c.theme like :text escape '\\')");
            parameters.put("text", "%" + text.strip().replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%");
        }
        if (to != null) {
            terms.add("c.startsOn <= :to");
            parameters.put("to", to);
        }
        if (from != null) {
            terms.add("c.endsOn >= :from");
            parameters.put("from", from);
        }
        return terms.isEmpty() ? "" : " where " + String.join(" and ", terms);
    }

    @Override
    public Campaign add(Campaign campaign) {
        em.persist(campaign);
        return campaign;
    }

    /**
     * The approved events' counts in one pass (schools: distinct venue names of the school events), then the
     * copies issued or lent per kind: two aggregate statements.
     */
    @Override
    public CampaignTally tally(long campaignId) {
        Object[] events = (Object[]) em.createNativeQuery("select count(*), coalesce(sum(people_reached), 0),"
                        + " coalesce(sum(consultations), 0),"
                        + " count(distinct case when venue_kind = 'SCHOOL' then venue_name end)"
                        + " from prep_event where campaign_id = ?1 and status = 'APPROVED'")
                .setParameter(1, campaignId).getSingleResult();
        Map<MaterialKind, Long> materials = new EnumMap<>(MaterialKind.class);
        for (Object[] row : em.createNamedQuery("MaterialMovement.campaignTally", Object[].class)
                .setParameter("campaign", campaignId).getResultList()) {
            materials.put((MaterialKind) row[0], ((Number) row[1]).longValue());
        }
        return new CampaignTally(((Number) events[0]).longValue(), ((Number) events[1]).longValue(),
                ((Number) events[2]).longValue(), ((Number) events[3]).longValue(), materials);
    }

    @Override
    public Optional<PublicityEvent> findEvent(long id) {
        // with what its answer shows, inside a transaction too: a write's answer is read after it
        TypedQuery<PublicityEvent> query = em.createQuery("select e from PublicityEvent e where e.id = :id",
                PublicityEvent.class).setParameter("id", id);
        return Fetch.forReading(em, Fetch.joined(query, "county", "township", "campaign")).getResultList().stream()
                .findFirst();
    }

    @Override
    public Page<PublicityEvent> events(Long campaignId, Long countyId, Long countyScope, PageRequest request) {
        if (request.sort() != null && !"heldAt".equals(request.sort())) {
            throw new RuleViolationException("page.sortUnknown", "sort", request.sort());
        }
        Map<String, Object> parameters = new LinkedHashMap<>();
        List<String> terms = new ArrayList<>();
        if (countyScope != null) {
            terms.add("e.county.id = :scope");
            parameters.put("scope", countyScope);
        }
        if (countyId != null) {
            terms.add("e.county.id = :county");
            parameters.put("county", countyId);
        }
        if (campaignId != null) {
            terms.add("e.campaign.id = :campaign");
            parameters.put("campaign", campaignId);
        }
        String where = terms.isEmpty() ? "" : " where " + String.join(" and ", terms);
        String dir = request.ascending() ? "asc" : "desc";
        TypedQuery<PublicityEvent> query = em.createQuery("select e from PublicityEvent e" + where
                + " order by e.heldAt " + dir + ", e.id " + dir, PublicityEvent.class);
        parameters.forEach(query::setParameter);
        List<PublicityEvent> items = Fetch.forReading(em, Fetch.joined(query, "county", "township", "campaign"))
                .setFirstResult(request.offset()).setMaxResults(request.size()).getResultList();
        long total = listTotals.total(PublicityEvent.class, new EventFilter(campaignId, countyId), countyScope, () -> {
            TypedQuery<Long> count = em.createQuery("select count(e) from PublicityEvent e" + where, Long.class);
            parameters.forEach(count::setParameter);
            return count.getSingleResult();
        });
        return new Page<>(items, total, request.page(), request.size());
    }

    @Override
    public PublicityEvent add(PublicityEvent event) {
        em.persist(event);
        return event;
    }

    @Override
    public List<MaterialStock> stocks(Long countyId, Long countyScope) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        List<String> terms = new ArrayList<>();
        if (countyScope != null) {
            terms.add("s.county.id = :scope");
            parameters.put("scope", countyScope);
        }
        if (countyId != null) {
            terms.add("s.county.id = :county");
            parameters.put("county", countyId);
        }
        String where = terms.isEmpty() ? "" : " where " + String.join(" and ", terms);
        TypedQuery<MaterialStock> query = em.createQuery("select s from MaterialStock s" + where
                + " order by s.county.code, s.id", MaterialStock.class);
        parameters.forEach(query::setParameter);
        List<MaterialStock> rows = new ArrayList<>(Fetch.forReading(em, Fetch.joined(query, "county")).getResultList());
        rows.sort(Comparator.comparing((MaterialStock s) -> s.getCounty().getCode())
                .thenComparing(MaterialStock::getKind));
        return rows;
    }

    @Override
    public Optional<MaterialStock> lockStock(long countyId, MaterialKind kind) {
        return em.createQuery("select s from MaterialStock s where s.county.id = :county and s.kind = :kind",
                        MaterialStock.class)
                .setParameter("county", countyId).setParameter("kind", kind)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    @Override
    public MaterialStock add(MaterialStock stock) {
        em.persist(stock);
        return stock;
    }

    @Override
    public MaterialMovement add(MaterialMovement movement) {
        em.persist(movement);
        return movement;
    }

    @Override
    public List<MaterialMovement> movements(long eventId) {
        return Fetch.forReading(em, em.createNamedQuery("MaterialMovement.ofEvent", MaterialMovement.class))
                .setParameter("event", eventId).getResultList();
    }

    @Override
    public long outstanding(long eventId, MaterialKind kind) {
        return ((Number) em.createNamedQuery("MaterialMovement.outstanding")
                .setParameter("event", eventId).setParameter("kind", kind).getSingleResult()).longValue();
    }

    @Override
    public Map<Long, Map<MaterialKind, Long>> issuedTo(Collection<Long> eventIds, Long countyScope) {
        Map<Long, Map<MaterialKind, Long>> issued = new HashMap<>();
        if (eventIds.isEmpty()) {
            return issued;
        }
        TypedQuery<Object[]> query = em.createQuery("select m.event.id, m.kind, sum(m.quantity)"
                + " from MaterialMovement m where m.event.id in :events"
                + (countyScope == null ? "" : " and m.county.id = :scope")
                + " and m.type in (cn.kejiju.workbench.preparedness.MovementType.ISSUE,"
                + " cn.kejiju.workbench.preparedness.MovementType.LOAN) group by m.event.id, m.kind", Object[].class)
                .setParameter("events", eventIds);
        if (countyScope != null) {
            query.setParameter("scope", countyScope);
        }
        for (Object[] row : query.getResultList()) {
            issued.computeIfAbsent(((Number) row[0]).longValue(), id -> new EnumMap<>(MaterialKind.class))
                    .put((MaterialKind) row[1], ((Number) row[2]).longValue());
        }
        return issued;
    }
}
