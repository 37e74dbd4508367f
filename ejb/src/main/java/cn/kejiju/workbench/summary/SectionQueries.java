package cn.kejiju.workbench.summary;

import cn.kejiju.workbench.jurisdiction.Jurisdiction;
import cn.kejiju.workbench.jurisdiction.JurisdictionLevel;
import cn.kejiju.workbench.jurisdiction.JurisdictionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What a section that computes its own figures needs: native aggregate queries grouped by county (a county's
 * only when one is given), the counties' names, and the figures and table of counties put together from the
 * tallies of the period, the previous period and the same period last year.
 */
@ApplicationScoped
public class SectionQueries {

    @PersistenceContext(unitName = "workbench")
    EntityManager em;

    @Inject
    JurisdictionRepository jurisdictions;

    /** One row of numbers per county: {@code sql} selects the county's id first; {@code ?} parameters in order. */
    public Map<Long, Object[]> byCounty(String sql, Long countyId, Object... parameters) {
        Query query = em.createNativeQuery(sql);
        int position = 1;
        for (Object parameter : parameters) {
            Object value = parameter;
            if (parameter instanceof LocalDate day) {
                value = Date.valueOf(day);
            } else if (parameter instanceof LocalDateTime time) {
                value = Timestamp.valueOf(time);
            }
            query.setParameter(position++, value);
        }
        if (countyId != null) {
            query.setParameter(position, countyId);
        }
        Map<Long, Object[]> rows = new HashMap<>();
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            rows.put(number(r[0]).longValue(), r);
        }
        return rows;
    }

    /** Each county's values by figure key, read from its row. */
    public static Map<Long, Map<String, BigDecimal>> tallies(Map<Long, Object[]> rows,
                                                             Function<Object[], Map<String, BigDecimal>> reader) {
        Map<Long, Map<String, BigDecimal>> tallies = new HashMap<>();
        rows.forEach((county, row) -> tallies.put(county, reader.apply(row)));
        return tallies;
    }

    /** The counties by id in code order (only the one given). */
    public Map<Long, String> counties(Long countyId) {
        Map<Long, String> names = new LinkedHashMap<>();
        for (Jurisdiction county : jurisdictions.list(null, JurisdictionLevel.COUNTY)) {
            if (countyId == null || countyId.equals(county.getId())) {
                names.put(county.getId(), county.getName());
            }
        }
        return names;
    }

    /** The city's name (the division above the counties). */
    public String cityName() {
        return jurisdictions.list(null, JurisdictionLevel.CITY).stream().findFirst().map(Jurisdiction::getName)
                .orElse("");
    }

    /** The values of the county given, or the sums of every county's for the city (absent keys are zero). */
    public static Map<String, BigDecimal> shown(Map<Long, Map<String, BigDecimal>> tallies, Long countyId) {
        if (countyId != null) {
            return tallies.getOrDefault(countyId, Map.of());
        }
        Map<String, BigDecimal> sums = new HashMap<>();
        tallies.values().forEach(tally -> tally.forEach((key, value) -> sums.merge(key, value, BigDecimal::add)));
        return sums;
    }

    /** The table of counties (and the city's total) of the given figure keys. */
    public List<CountyFigures> table(Map<Long, Map<String, BigDecimal>> tallies, List<String> keys) {
        List<CountyFigures> rows = new ArrayList<>();
        counties(null).forEach((id, name) -> rows.add(row(id, name, tallies.getOrDefault(id, Map.of()), keys)));
        rows.add(row(null, null, shown(tallies, null), keys));
        return rows;
    }

    private static CountyFigures row(Long id, String name, Map<String, BigDecimal> tally, List<String> keys) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        keys.forEach(key -> values.put(key, tally.getOrDefault(key, BigDecimal.ZERO)));
        return new CountyFigures(id, name, values);
    }

    /** {@code " and alias.county_id = ?"} when a county is given. */
    public static String scope(String alias, Long countyId) {
        return countyId == null ? "" : " and " + alias + ".county_id = ?";
    }

    public static BigDecimal number(Object value) {
        if (value == null) {
            return BigDecimal.ZERO;
        }
        return value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
    }
}
