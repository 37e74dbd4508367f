package cn.kejiju.workbench.indicator;

import cn.kejiju.workbench.platform.RollupRows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Date;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Keeps the patents' daily rollup ({@code ind_patent_day}, V43) up to date in the transaction that records or
 * revises a patent: a patent counts as filed on its filing day and, once it has a grant day, as granted on that day,
 * in its county and by its type. The statistics sum the rollup over a period. The county's row is locked first, so
 * that two clerks recording the county's first patent of a day and type do not both insert its row.
 */
@ApplicationScoped
public class PatentRollup {

    @PersistenceContext(unitName = "workbench")
    EntityManager em;

    @Inject
    RollupRows rows;

    /** A patent has just been recorded. */
    public void recorded(long county, PatentDetails patent) {
        count(county, patent, 1);
    }

    /** A patent has just been revised: it no longer counts as it was, and counts as it is. */
    public void revised(long county, PatentDetails before, PatentDetails after) {
        count(county, before, -1);
        count(county, after, 1);
    }

    private void count(long county, PatentDetails patent, int change) {
        add(patent.appliedOn(), county, patent.type(), change, 0);
        if (patent.grantedOn() != null) {
            add(patent.grantedOn(), county, patent.type(), 0, change);
        }
    }

    private void add(LocalDate day, long county, PatentType type, int filed, int granted) {
        em.createNativeQuery("select id from jurisdiction where id = ? for update").setParameter(1, county)
                .getResultList();
        Map<String, Object> key = new LinkedHashMap<>();
        key.put("count_day", Date.valueOf(day));
        key.put("county_id", county);
        key.put("patent_type", type.name());
        rows.add("ind_patent_day", key, Map.of("applied", filed, "granted", granted));
    }
}
