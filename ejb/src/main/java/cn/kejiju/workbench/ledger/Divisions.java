package cn.kejiju.workbench.ledger;

import cn.kejiju.workbench.jurisdiction.Jurisdiction;
import cn.kejiju.workbench.jurisdiction.JurisdictionLevel;
import cn.kejiju.workbench.jurisdiction.JurisdictionRepository;
import cn.kejiju.workbench.security.Caller;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Resolves the county and township names of a ledger against the divisions, all read in one statement per
 * check, and holds every row to the caller's county: a county user's rows go to that county (the county column
 * may be left empty), a row naming another county is an error; a city user names the county on every row.
 */
@Dependent
public class Divisions {

    @Inject
    JurisdictionRepository jurisdictions;

    @Inject
    Caller caller;

    /** The divisions as they are now, in the current persistence context: one per check, never kept. */
    public Index index() {
        Map<String, Jurisdiction> counties = new HashMap<>();
        Map<Long, Map<String, Jurisdiction>> townships = new HashMap<>();
        List<Jurisdiction> all = jurisdictions.list(null, null);
        for (Jurisdiction division : all) {
            if (division.getLevel() == JurisdictionLevel.COUNTY) {
                counties.put(LedgerText.clean(division.getName()), division);
            }
        }
        for (Jurisdiction division : all) {
            if (division.getLevel() == JurisdictionLevel.TOWNSHIP && division.county() != null) {
                townships.computeIfAbsent(division.county().getId(), id -> new HashMap<>())
                        .put(LedgerText.clean(division.getName()), division);
            }
        }
        Long scope = caller.countyScope();
        Jurisdiction own = scope == null ? null : counties.values().stream()
                .filter(county -> county.getId().equals(scope)).findFirst().orElse(null);
        return new Index(counties, townships, own);
    }

    /** Counties by name, townships by county and name, and the caller's own county ({@code null} for the city). */
    public static final class Index {

        private final Map<String, Jurisdiction> counties;
        private final Map<Long, Map<String, Jurisdiction>> townships;
        private final Jurisdiction callerCounty;

        Index(Map<String, Jurisdiction> counties, Map<Long, Map<String, Jurisdiction>> townships,
              Jurisdiction callerCounty) {
            this.counties = counties;
            this.townships = townships;
            this.callerCounty = callerCounty;
        }

        /** The caller's own county, or {@code null} for a city user. */
        public Jurisdiction callerCounty() {
            return callerCounty;
        }

        /** The county of a row: the named one (known and the caller's), else the caller's; {@code null} with an error. */
        public Jurisdiction county(RowCheck row, String column) {
            if (!row.has(column)) {
                if (callerCounty == null) {
                    row.error(column, "ledger.countyRequired");
                }
                return callerCounty;
            }
            String name = row.value(column);
            Jurisdiction county = counties.get(name);
            if (county == null) {
                row.error(column, "ledger.unknownCounty", name);
                return null;
            }
            if (callerCounty != null && !callerCounty.getId().equals(county.getId())) {
                row.error(column, "ledger.otherCounty", name);
                return null;
            }
            return county;
        }

        /** The township of that name in the county; {@code null} with an error when the county has none of that name. */
        public Jurisdiction township(RowCheck row, Jurisdiction county, String column) {
            if (county == null || !row.has(column)) {
                return null;
            }
            String name = row.value(column);
            Jurisdiction township = townships.getOrDefault(county.getId(), Map.of()).get(name);
            if (township == null) {
                row.error(column, "ledger.unknownTownship", name, county.getName());
            }
            return township;
        }
    }
}
