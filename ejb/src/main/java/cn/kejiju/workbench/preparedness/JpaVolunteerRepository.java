package cn.kejiju.workbench.preparedness;

import cn.kejiju.workbench.jurisdiction.Jurisdiction;
import cn.kejiju.workbench.platform.Fetch;
import cn.kejiju.workbench.platform.ListTotals;
import cn.kejiju.workbench.shared.Page;
import cn.kejiju.workbench.shared.PageRequest;
import cn.kejiju.workbench.shared.RuleViolationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Volunteer teams, members and attendances in JPA: lists with what they show joined into their statement,
 * hours as sums in the database.
 */
@ApplicationScoped
public class JpaVolunteerRepository implements VolunteerRepository {

    @PersistenceContext(unitName = "workbench")
    EntityManager em;

    @Inject
    ListTotals listTotals;

    record TeamFilter(Long countyId) {
    }

    @Override
    public Optional<VolunteerTeam> findTeam(long id) {
        TypedQuery<VolunteerTeam> query = em.createQuery("select t from VolunteerTeam t where t.id = :id",
                VolunteerTeam.class).setParameter("id", id);
        return Fetch.forReading(em, Fetch.joined(query, "county", "township")).getResultList().stream().findFirst();
    }

    @Override
    public Page<VolunteerTeam> teams(Long countyId, Long countyScope, PageRequest request) {
        if (request.sort() != null && !"township".equals(request.sort())) {
            throw new RuleViolationException("page.sortUnknown", "sort", request.sort());
        }
        Map<String, Object> parameters = new LinkedHashMap<>();
        List<String> terms = new ArrayList<>();
        if (countyScope != null) {
            terms.add("t.county.id = :scope");
            parameters.put("scope", countyScope);
        }
        if (countyId != null) {
            terms.add("t.county.id = :county");
            parameters.put("county", countyId);
        }
        String where = terms.isEmpty() ? "" : " where " + String.join(" and ", terms);
        String dir = request.ascending() ? "asc" : "desc";
        TypedQuery<VolunteerTeam> query = em.createQuery("select t from VolunteerTeam t join t.township w" + where
                + " order by w.code " + dir + ", t.name " + dir + ", t.id " + dir, VolunteerTeam.class);
        parameters.forEach(query::setParameter);
        List<VolunteerTeam> items = Fetch.forReading(em, Fetch.joined(query, "county", "township"))
                .setFirstResult(request.offset()).setMaxResults(request.size()).getResultList();
        long total = listTotals.total(VolunteerTeam.class, new TeamFilter(countyId), countyScope, () -> {
            TypedQuery<Long> count = em.createQuery("select count(t) from VolunteerTeam t" + where, Long.class);
            parameters.forEach(count::setParameter);
            return count.getSingleResult();
        });
        return new Page<>(items, total, request.page(), request.size());
    }

    @Override
    public VolunteerTeam add(VolunteerTeam team) {
        em.persist(team);
        return team;
    }

    @Override
    public Optional<Volunteer> findMember(long id) {
        TypedQuery<Volunteer> query = em.createQuery("select m from Volunteer m where m.id = :id", Volunteer.class)
                .setParameter("id", id);
        return Fetch.forReading(em, Fetch.joined(query, "team", "team.county", "team.township")).getResultList()
                .stream().findFirst();
    }

    @Override
    public List<Volunteer> members(long teamId) {
        TypedQuery<Volunteer> query = em.createQuery("select m from Volunteer m where m.team.id = :team"
                + " order by case when m.leftOn is null then 0 else 1 end, m.joinedOn, m.name, m.id", Volunteer.class)
                .setParameter("team", teamId);
        return Fetch.forReading(em, query).getResultList();
    }

    @Override
    public Volunteer add(Volunteer member) {
        em.persist(member);
        return member;
    }

    @Override
    public VolunteerActivity add(VolunteerActivity activity) {
        em.persist(activity);
        return activity;
    }

    @Override
    public List<VolunteerActivity> activities(long teamId) {
        TypedQuery<VolunteerActivity> query = em.createQuery("select a from VolunteerActivity a"
                + " where a.team.id = :team order by a.heldOn desc, a.id desc", VolunteerActivity.class)
                .setParameter("team", teamId);
        return Fetch.forReading(em, Fetch.joined(query, "member", "event")).getResultList();
    }

    @Override
    public BigDecimal hours(Jurisdiction within, LocalDate from, LocalDate to) {
        Object sum = em.createNativeQuery("select coalesce(sum(a.hours), 0) from prep_vol_activity a"
                        + " join prep_vol_team t on t.id = a.team_id join jurisdiction w on w.id = t.township_id"
                        + " where a.held_on between ?1 and ?2 and w.code like ?3")
                .setParameter(1, from).setParameter(2, to).setParameter(3, prefix(within) + "%").getSingleResult();
        return scaled(sum);
    }

    /** The part of a division code that the jurisdiction's level owns: every place within starts with it. */
    static String prefix(Jurisdiction within) {
        return within.getCode().substring(0, within.getLevel().significantDigits());
    }

    private static BigDecimal scaled(Object sum) {
        BigDecimal value = sum instanceof BigDecimal decimal ? decimal : new BigDecimal(sum.toString());
        return value.setScale(1, java.math.RoundingMode.HALF_UP);
    }
}
