package cn.kejiju.workbench.incubator;

import cn.kejiju.workbench.platform.Fetch;
import cn.kejiju.workbench.shared.Page;
import cn.kejiju.workbench.shared.PageRequest;
import cn.kejiju.workbench.shared.RuleViolationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Incubatees, their yearly figures, the graduation criteria and the recognition thresholds in JPA. */
@ApplicationScoped
public class JpaGraduationRepository implements GraduationRepository {

    static final String NAME = "name";

    @PersistenceContext(unitName = "workbench")
    EntityManager em;

    @Override
    public Optional<Incubatee> findIncubatee(long id) {
        if (em.isJoinedToTransaction()) {
            return Optional.ofNullable(em.find(Incubatee.class, id));
        }
        TypedQuery<Incubatee> query = em.createQuery("select i from Incubatee i where i.id = :id", Incubatee.class)
                .setParameter("id", id);
        Fetch.joined(query, "county", "enterprise", "carrier");
        return query.getResultList().stream().findFirst();
    }

    @Override
    public Page<Incubatee> tenants(TenantFilter filter, Long countyScope, PageRequest request) {
        if (request.sort() != null && !NAME.equals(request.sort())) {
            throw new RuleViolationException("page.sortUnknown", "sort", request.sort());
        }
        String where = " where " + (filter.byDays() ? days(filter) : "i.exitedOn is null")
                + (countyScope != null ? " and i.county.id = :scope" : "")
                + (filter.countyId() != null ? " and i.county.id = :county" : "")
                + (filter.carrierId() != null ? " and i.carrier.id = :carrier" : "")
                + (filter.text() != null && !filter.text().isBlank() ? " and i.enterprise.name like :text escape '\\'" : "");
        String direction = request.ascending() ? "asc" : "desc";
        TypedQuery<Incubatee> query = em.createQuery("select i from Incubatee i join i.enterprise e" + where
                + " order by e.name " + direction + ", i.id " + direction, Incubatee.class);
        TypedQuery<Long> count = em.createQuery("select count(i) from Incubatee i" + where, Long.class);
        bind(query, filter, countyScope);
        bind(count, filter, countyScope);
        Fetch.joined(query, "county", "enterprise", "carrier");
        List<Incubatee> items = query.setFirstResult(request.offset()).setMaxResults(request.size()).getResultList();
        long total = items.size() < request.size() && (request.page() == 0 || !items.isEmpty())
                ? (long) request.offset() + items.size() : count.getSingleResult();
        return new Page<>(items, total, request.page(), request.size());
    }

    /** The day parts as JPQL, bound by {@link #bind}: as the incubator statistics count a period's tenants. */
    private static String days(TenantFilter filter) {
        List<String> terms = new ArrayList<>();
        if (filter.asOf() != null) {
            terms.add("i.enteredOn <= :asOf and (i.exitedOn is null or i.exitedOn >= :asOf)");
        }
        if (filter.enteredFrom() != null) {
            terms.add("i.enteredOn >= :enteredFrom");
        }
        if (filter.enteredTo() != null) {
            terms.add("i.enteredOn <= :enteredTo");
        }
        if (filter.graduatedFrom() != null || filter.graduatedTo() != null) {
            terms.add("i.exitReason = :graduated");
        }
        if (filter.graduatedFrom() != null) {
            terms.add("i.exitedOn >= :graduatedFrom");
        }
        if (filter.graduatedTo() != null) {
            terms.add("i.exitedOn <= :graduatedTo");
        }
        return String.join(" and ", terms);
    }

    private static void bind(TypedQuery<?> query, TenantFilter filter, Long countyScope) {
        if (countyScope != null) {
            query.setParameter("scope", countyScope);
        }
        if (filter.countyId() != null) {
            query.setParameter("county", filter.countyId());
        }
        if (filter.carrierId() != null) {
            query.setParameter("carrier", filter.carrierId());
        }
        Map<String, LocalDate> days = new LinkedHashMap<>();
        days.put("asOf", filter.asOf());
        days.put("enteredFrom", filter.enteredFrom());
        days.put("enteredTo", filter.enteredTo());
        days.put("graduatedFrom", filter.graduatedFrom());
        days.put("graduatedTo", filter.graduatedTo());
        days.forEach((name, day) -> {
            if (day != null) {
                query.setParameter(name, day);
            }
        });
        if (filter.graduatedFrom() != null || filter.graduatedTo() != null) {
            query.setParameter("graduated", ExitReason.GRADUATED);
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            query.setParameter("text", "%" + filter.text().strip().replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%");
        }
    }

    @Override
    public List<Incubatee> ofEnterprise(long enterpriseId, Long countyScope) {
        TypedQuery<Incubatee> query = em.createQuery("select i from Incubatee i where i.enterprise.id = :enterprise"
                + (countyScope != null ? " and i.county.id = :scope" : "")
                + " order by i.enteredOn desc, i.id desc", Incubatee.class).setParameter("enterprise", enterpriseId);
        if (countyScope != null) {
            query.setParameter("scope", countyScope);
        }
        Fetch.joined(query, "county", "enterprise", "carrier");
        return query.getResultList();
    }

    @Override
    public Map<Long, List<YearFigures>> figures(Collection<Long> incubateeIds) {
        Map<Long, List<YearFigures>> byIncubatee = new LinkedHashMap<>();
        if (incubateeIds.isEmpty()) {
            return byIncubatee;
        }
        for (YearFigures f : em.createQuery("select f from YearFigures f where f.incubateeId in :ids "
                + "order by f.incubateeId, f.year", YearFigures.class).setParameter("ids", incubateeIds).getResultList()) {
            byIncubatee.computeIfAbsent(f.getIncubateeId(), id -> new ArrayList<>()).add(f);
        }
        return byIncubatee;
    }

    @Override
    public Optional<YearFigures> figures(long incubateeId, int year) {
        return em.createQuery("select f from YearFigures f where f.incubateeId = :id and f.year = :year",
                        YearFigures.class).setParameter("id", incubateeId).setParameter("year", year)
                .getResultList().stream().findFirst();
    }

    @Override
    public YearFigures add(YearFigures figures) {
        em.persist(figures);
        return figures;
    }

    @Override
    public Optional<Agreement> runningAgreement(long incubateeId) {
        return em.createQuery("select a from Agreement a where a.incubatee.id = :id and a.status = :active "
                        + "order by a.startDate desc", Agreement.class)
                .setParameter("id", incubateeId).setParameter("active", AgreementStatus.ACTIVE)
                .getResultList().stream().findFirst();
    }

    @Override
    public GraduationSettings settings() {
        GraduationSettings settings = em.find(GraduationSettings.class, GraduationSettings.ID);
        return settings != null ? settings : GraduationSettings.defaults();
    }

    @Override
    public Map<RecognitionLevel, RecognitionThreshold> thresholds() {
        Map<RecognitionLevel, RecognitionThreshold> byLevel = new EnumMap<>(RecognitionLevel.class);
        em.createQuery("select t from RecognitionThreshold t", RecognitionThreshold.class).getResultList()
                .forEach(t -> byLevel.put(t.getLevel(), t));
        return byLevel;
    }
}
