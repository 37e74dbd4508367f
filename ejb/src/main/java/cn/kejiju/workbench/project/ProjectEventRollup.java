package cn.kejiju.workbench.project;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;

/**
 * Keeps the projects' daily events rollup ({@code proj_event_day}, V48) up to date in the transaction that records
 * the event: an application not won (未立项) counts on the day of that result, a tranche received (拨付) adds its
 * amount on the day received, both in the application's county and under its call's programme. The statistics sum
 * the rollup over a period. The county's row is locked first, so that two clerks recording the county's first
 * such event of a day and programme do not both insert its row.
 */
@ApplicationScoped
public class ProjectEventRollup {

    @PersistenceContext(unitName = "workbench")
    EntityManager em;

    /** The application has just been recorded as not won (未立项) on {@code day}. */
    public void notWon(ProjectApplication application, LocalDate day) {
        add(application, day, 1, BigDecimal.ZERO);
    }

    /** The application has just received {@code amount} (拨付) on {@code day}. */
    public void received(ProjectApplication application, LocalDate day, BigDecimal amount) {
        add(application, day, 0, amount);
    }

    private void add(ProjectApplication application, LocalDate day, int notWon, BigDecimal amount) {
        long county = application.getCounty().getId();
        long programme = application.getCall().getProgramme().getId();
        em.createNativeQuery("select id from jurisdiction where id = ? for update").setParameter(1, county)
                .getResultList();
        int updated = em.createNativeQuery("update proj_event_day set not_won = not_won + ?, received = received + ?"
                        + " where count_day = ? and county_id = ? and programme_id = ?")
                .setParameter(1, notWon).setParameter(2, amount).setParameter(3, Date.valueOf(day))
                .setParameter(4, county).setParameter(5, programme).executeUpdate();
        if (updated == 0) {
            em.createNativeQuery("insert into proj_event_day (count_day, county_id, programme_id, not_won, received)"
                            + " values (?, ?, ?, ?, ?)")
                    .setParameter(1, Date.valueOf(day)).setParameter(2, county).setParameter(3, programme)
                    .setParameter(4, notWon).setParameter(5, amount).executeUpdate();
        }
    }
}
