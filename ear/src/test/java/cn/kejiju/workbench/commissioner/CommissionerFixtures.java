package cn.kejiju.workbench.commissioner;

import cn.kejiju.workbench.BureauClock;
import cn.kejiju.workbench.TestData;
import cn.kejiju.workbench.enterprise.Enterprise;
import cn.kejiju.workbench.jurisdiction.Jurisdiction;
import cn.kejiju.workbench.shared.PhoneNumber;
import cn.kejiju.workbench.shared.ResidentId;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * For in-container tests: writes commissioner records straight through the domain, at any date (the
 * clock is the given day), without the services' roles and counties, so a test can build the exact
 * history it checks figures against.
 */
@Stateless
@PermitAll
public class CommissionerFixtures {

    @PersistenceContext(unitName = "workbench")
    EntityManager em;

    @Inject
    StatisticsRollup rollup;

    static Clock on(LocalDate day) {
        return BureauClock.fixedAt(day.atTime(12, 0));
    }

    /** A new village under the township, with the first free code, for figures that count distinct targets. */
    public long village(long townshipId, String name) {
        Jurisdiction township = em.find(Jurisdiction.class, townshipId);
        String stem = township.getCode().substring(0, 9);
        for (int n = 300; n < 1000; n++) {
            String code = stem + n;
            boolean taken = !em.createQuery("select j.id from Jurisdiction j where j.code = :code", Long.class)
                    .setParameter("code", code).getResultList().isEmpty();
            if (!taken) {
                Jurisdiction village = Jurisdiction.under(township, code, name);
                em.persist(village);
                em.flush();
                return village.getId();
            }
        }
        throw new IllegalStateException("no free village code under " + township.getCode());
    }

    public long commissioner(long countyId, String name, ServiceField field, DispatchLevel level, LocalDate postedOn) {
        Jurisdiction county = em.find(Jurisdiction.class, countyId);
        Commissioner commissioner = new Commissioner(new CommissionerProfile(county, name, Gender.MALE,
                ResidentId.of(TestData.residentId(), "residentId"), PhoneNumber.of("13900001111"), null, "测试研究院",
                EmployerCategory.INSTITUTE, ProfessionalTitle.INTERMEDIATE, List.of("茶叶栽培"),
                CommissionerKind.INDIVIDUAL, List.of(), field, level, postedOn), settings(), on(postedOn));
        em.persist(commissioner);
        em.flush();
        return commissioner.getId();
    }

    public long assignment(long commissionerId, long villageId, LocalDate start, LocalDate end) {
        Commissioner commissioner = em.find(Commissioner.class, commissionerId);
        List<Assignment> active = em.createQuery("select a from Assignment a where a.commissioner = :c"
                + " and a.status = :active", Assignment.class).setParameter("c", commissioner)
                .setParameter("active", AssignmentStatus.ACTIVE).getResultList();
        Assignment assignment = Assignment.open(commissioner, ServiceTarget.village(em.find(Jurisdiction.class, villageId)),
                start, end, "测试派驻目标", active, settings(), on(start));
        em.persist(assignment);
        em.flush();
        return assignment.getId();
    }

    /** An assignment to an organisation of the master data (an enterprise or a cooperative). */
    public long organisationAssignment(long commissionerId, long organisationId, LocalDate start, LocalDate end) {
        Commissioner commissioner = em.find(Commissioner.class, commissionerId);
        Assignment assignment = Assignment.open(commissioner,
                ServiceTarget.organisation(em.find(Enterprise.class, organisationId)), start, end, "测试派驻目标",
                List.of(), settings(), on(start));
        em.persist(assignment);
        em.flush();
        return assignment.getId();
    }

    /** Ends the commissioner's posting on the day (the commissioner has no active assignment). */
    public void end(long commissionerId, LocalDate on) {
        em.find(Commissioner.class, commissionerId).end(on, 0, on(on));
        em.flush();
    }

    public void confirmBothSides(long assignmentId, LocalDate on) {
        Assignment assignment = em.find(Assignment.class, assignmentId);
        assignment.confirmByCommissioner(on, on(on));
        assignment.confirmByTarget(on, on(on));
    }

    /** A log of the given day, reviewed as asked: APPROVED, REJECTED or left SUBMITTED. */
    public long log(long assignmentId, LocalDate day, ServiceKind kind, String days, int people, String income,
                    List<String> varieties, List<String> technologies, LogStatus status) {
        Assignment assignment = em.find(Assignment.class, assignmentId);
        List<Innovation> items = new ArrayList<>();
        varieties.forEach(name -> items.add(innovation(assignment.getCounty(), InnovationKind.VARIETY, name)));
        technologies.forEach(name -> items.add(innovation(assignment.getCounty(), InnovationKind.TECHNOLOGY, name)));
        ServiceLog log = new ServiceLog(assignment, new LogContent(day, kind, new BigDecimal(days), people, 0,
                new BigDecimal(income), "测试服务日志", items), "fixture.clerk", on(day));
        if (status == LogStatus.APPROVED) {
            log.approve("fixture.leader", on(day));
        } else if (status == LogStatus.REJECTED) {
            log.reject("测试退回", "fixture.leader", on(day));
        }
        em.persist(log);
        em.flush();
        if (status == LogStatus.APPROVED) {
            // as the service's approval does: the log counts in the statistics' monthly rollup
            em.find(Commissioner.class, assignment.getCommissioner().getId(), LockModeType.PESSIMISTIC_WRITE);
            rollup.approved(log);
        }
        return log.getId();
    }

    /** Approves a log left awaiting review, straight through the domain (no to-do is resolved: the feed's job). */
    public void approve(long logId, LocalDate day) {
        ServiceLog log = em.find(ServiceLog.class, logId);
        log.approve("fixture.leader", on(day));
        em.flush();
        em.find(Commissioner.class, log.getCommissioner().getId(), LockModeType.PESSIMISTIC_WRITE);
        rollup.approved(log);
    }

    private Innovation innovation(Jurisdiction county, InnovationKind kind, String name) {
        return em.createQuery("select i from Innovation i where i.county = :county and i.kind = :kind and i.name = :name",
                        Innovation.class)
                .setParameter("county", county).setParameter("kind", kind).setParameter("name", name)
                .getResultStream().findFirst()
                .orElseGet(() -> {
                    Innovation created = new Innovation(county, kind, name);
                    em.persist(created);
                    return created;
                });
    }

    private CommissionerSettings settings() {
        CommissionerSettings settings = em.find(CommissionerSettings.class, CommissionerSettings.ID);
        return settings != null ? settings : CommissionerSettings.defaults();
    }
}
