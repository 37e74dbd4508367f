package cn.kejiju.workbench.preparedness;

import cn.kejiju.workbench.platform.Fetch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Township assessments and criteria sets in JPA: an assessment or a set with its scores or criteria in one
 * statement, a year's assessments with their county, township and scores in one, the facts of a year's
 * townships in one aggregate over the approved events (index {@code prep_stat_event_held_ix}).
 */
@ApplicationScoped
public class JpaTownshipAssessmentRepository implements TownshipAssessmentRepository {

    @PersistenceContext(unitName = "workbench")
    EntityManager em;

    /*
     * The criteria and the scores are collections of embeddables: fetch-joined only for a reader outside a
     * transaction. Inside one they are loaded by touching them, since unwoven EclipseLink (WildFly) registers
     * fetch-joined embeddables under a descriptor it never initialises and fails the next flush (EclipseLink-69;
     * docs/portability.md).
     */

    @Override
    public Optional<AssessmentScheme> findScheme(int year) {
        TypedQuery<AssessmentScheme> query = em.createQuery("select s from AssessmentScheme s"
                + (em.isJoinedToTransaction() ? "" : " left join fetch s.criteria") + " where s.year = :year",
                AssessmentScheme.class).setParameter("year", year);
        Optional<AssessmentScheme> scheme = Fetch.forReading(em, query).getResultList().stream().findFirst();
        scheme.ifPresent(s -> s.getCriteria().size());
        return scheme;
    }

    private String scores() {
        return em.isJoinedToTransaction() ? "" : " left join fetch a.scores";
    }

    @Override
    public AssessmentScheme add(AssessmentScheme scheme) {
        em.persist(scheme);
        return scheme;
    }

    @Override
    public Optional<TownshipAssessment> find(long townshipId, int year) {
        TypedQuery<TownshipAssessment> query = em.createQuery("select a from TownshipAssessment a"
                + scores() + " where a.township.id = :township and a.year = :year",
                TownshipAssessment.class).setParameter("township", townshipId).setParameter("year", year);
        Optional<TownshipAssessment> found = Fetch.forReading(em, Fetch.joined(query, "county", "township"))
                .getResultList().stream().findFirst();
        found.ifPresent(a -> a.getScores().size());
        return found;
    }

    @Override
    public Map<Long, TownshipAssessment> ofYear(Long countyId, int year) {
        TypedQuery<TownshipAssessment> query = em.createQuery("select a from TownshipAssessment a"
                + scores() + " where a.year = :year" + (countyId == null ? "" : " and a.county.id = :county"),
                TownshipAssessment.class).setParameter("year", year);
        if (countyId != null) {
            query.setParameter("county", countyId);
        }
        Map<Long, TownshipAssessment> byTownship = new LinkedHashMap<>();
        Fetch.forReading(em, Fetch.joined(query, "county", "township")).getResultList()
                .forEach(a -> {
                    a.getScores().size();
                    byTownship.put(a.getTownship().getId(), a);
                });
        return byTownship;
    }

    @Override
    public boolean anyConfirmed(int year) {
        return !em.createQuery("select a.id from TownshipAssessment a where a.year = :year and a.status = :status",
                        Long.class).setParameter("year", year).setParameter("status", AssessmentStatus.CONFIRMED)
                .setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public TownshipAssessment add(TownshipAssessment assessment) {
        em.persist(assessment);
        return assessment;
    }

    @Override
    public Map<Long, TownshipFacts> facts(Long countyId, int year, LocalDate registerOn) {
        // every township: its register on the day (its assistant and two reporters per village required, the
        // posts held then: taken up by the day, not ended by it) and its approved events of the year
        Query query = em.createNativeQuery("select t.id,"
                + " 1 + 2 * (select count(*) from jurisdiction v where v.parent_id = t.id and v.level = 'VILLAGE'),"
                + " (select count(*) from prep_reg_holder h where h.township_id = t.id and h.since <= ?"
                + " and (h.ended_on is null or h.ended_on > ?)),"
                + " coalesce(e.events, 0), coalesce(e.drills, 0), coalesce(e.participants, 0)"
                + " from jurisdiction t left join (select township_id, count(*) as events,"
                + " sum(case when drill_plan is not null then 1 else 0 end) as drills,"
                + " coalesce(sum(drill_participants), 0) as participants"
                + " from prep_event where held_at >= ? and held_at < ? and status = 'APPROVED'"
                + (countyId == null ? "" : " and county_id = ?") + " group by township_id) e on e.township_id = t.id"
                + " where t.level = 'TOWNSHIP'" + (countyId == null ? "" : " and t.parent_id = ?"));
        List<Object> parameters = new ArrayList<>(List.of(Date.valueOf(registerOn), Date.valueOf(registerOn),
                Timestamp.valueOf(LocalDateTime.of(year, 1, 1, 0, 0)),
                Timestamp.valueOf(LocalDateTime.of(year + 1, 1, 1, 0, 0))));
        if (countyId != null) {
            parameters.add(countyId);
            parameters.add(countyId);
        }
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        Map<Long, TownshipFacts> facts = new HashMap<>();
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            facts.put(number(r[0]), new TownshipFacts(number(r[3]), number(r[4]), number(r[5]),
                    new RegisterCompleteness(number(r[2]), number(r[1]))));
        }
        return facts;
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    @Override
    public List<TownshipRef> townships(Long countyId) {
        Query query = em.createNativeQuery("select t.id, t.name, c.id, c.name from jurisdiction t"
                + " join jurisdiction c on c.id = t.parent_id where t.level = 'TOWNSHIP'"
                + (countyId == null ? "" : " and c.id = ?") + " order by c.code, t.code");
        if (countyId != null) {
            query.setParameter(1, countyId);
        }
        List<TownshipRef> townships = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            townships.add(new TownshipRef(((Number) r[0]).longValue(), (String) r[1], ((Number) r[2]).longValue(),
                    (String) r[3]));
        }
        return townships;
    }
}
