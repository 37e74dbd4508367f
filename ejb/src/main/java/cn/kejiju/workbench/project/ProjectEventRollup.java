package cn.kejiju.workbench.project;

import cn.kejiju.workbench.platform.RollupRows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

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

    @Inject
    RollupRows rows;

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
        em.createNativeQuery("select id from jurisdiction where id = ? for update").setParameter(1, county)
                .getResultList();
        Map<String, Object> key = new LinkedHashMap<>();
        key.put("count_day", Date.valueOf(day));
        key.put("county_id", county);
        key.put("programme_id", application.getCall().getProgramme().getId());
        rows.add("proj_event_day", key, Map.of("not_won", notWon, "received", amount));
    }
}
