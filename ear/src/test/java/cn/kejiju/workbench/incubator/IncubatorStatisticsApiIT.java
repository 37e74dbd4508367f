package cn.kejiju.workbench.incubator;

import cn.kejiju.workbench.Api;
import cn.kejiju.workbench.Api.Reply;
import cn.kejiju.workbench.Deployments;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.util.List;

import static cn.kejiju.workbench.incubator.TenantApiIT.carrier;
import static cn.kejiju.workbench.incubator.TenantApiIT.enterprise;
import static cn.kejiju.workbench.incubator.TenantApiIT.figures;
import static cn.kejiju.workbench.incubator.TenantApiIT.graduate;
import static cn.kejiju.workbench.incubator.TenantApiIT.let;
import static cn.kejiju.workbench.incubator.TenantApiIT.putFigures;
import static cn.kejiju.workbench.incubator.TenantApiIT.unit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The incubator statistics through the API, checked against figures worked out by hand on a carrier the test
 * builds (one carrier's figures are its own whatever else the database holds), and the city's table of counties
 * against the county's own figures.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IncubatorStatisticsApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private static BigDecimal value(JsonObject stats, String key, String part) {
        JsonObject figure = stats.getJsonArray("figures").getValuesAs(JsonObject.class).stream()
                .filter(f -> f.getString("key").equals(key)).findFirst().orElseThrow(() -> new AssertionError(key));
        return !figure.containsKey(part) || figure.isNull(part) ? null : figure.getJsonNumber(part).bigDecimalValue();
    }

    private static void assertFigure(String expected, JsonObject stats, String key, String part) {
        assertEquals(0, new BigDecimal(expected).compareTo(value(stats, key, part)), key + "." + part + ": " + stats);
    }

    /**
     * Units of 100, 150 and 250 m² (500 m²). In 2025: E1 takes 100 m² from 1 January; E2 150 m² from 1 March and
     * moves out on 31 October; E3 250 m² from 1 June and graduates on 30 December; E4 the 150 m² from 1 November.
     * On 1 January: 1 tenant, 100 m² let. On 31 December: E1 and E4, 250 m² let (50%), 2 ÷ 500 m² × 1000 = 4 per
     * 1000 m²; 4 new, 1 graduate, 2 exits; patents applied by E1 and E3, investment received by E1 only.
     */
    @Test
    void aCarriersYearIsWhatTheHandCountSays() {
        long carrier = carrier();
        long a = unit(carrier, "101", "100");
        long b = unit(carrier, "102", "150");
        long c = unit(carrier, "103", "250");
        long e1 = let(enterprise(false), carrier, a, "2025-01-01", "2027-12-31").getJsonNumber("incubateeId").longValue();
        JsonObject second = let(enterprise(false), carrier, b, "2025-03-01", "2026-02-28");
        long e3 = let(enterprise(true), carrier, c, "2025-06-01", "2027-05-31").getJsonNumber("incubateeId").longValue();
        Reply out = Api.post("/api/v1/agreements/" + second.getInt("id") + "/exit",
                "{\"version\":" + second.getInt("version") + ",\"exitDate\":\"2025-10-31\",\"reason\":\"MOVED_OUT\"}");
        assertEquals(200, out.status(), out.body());
        long e4 = let(enterprise(false), carrier, b, "2025-11-01", "2026-12-31").getJsonNumber("incubateeId").longValue();
        putFigures(e1, 2025, figures(null, "300", "120.50", 12, 2, 0));
        putFigures(e3, 2025, figures(null, "0", "0", 6, 1, 1));
        putFigures(e4, 2025, figures(null, "50", "0", 3, 0, 0));
        putFigures(e1, 2024, figures(null, "80", "10", 5, 1, 0));
        graduate(e3, "2025-12-30");

        JsonObject stats = Api.get("/api/v1/incubator-statistics?year=2025&carrierId=" + carrier).json();

        assertEquals("2024-01-01", stats.getString("lastYearFrom"));
        assertFigure("1", stats, "tenants", "atStart");
        assertFigure("2", stats, "tenants", "value");
        assertFigure("4", stats, "tenants", "newInPeriod");
        assertFigure("500", stats, "totalArea", "value");
        assertFigure("100", stats, "letArea", "atStart");
        assertFigure("250", stats, "letArea", "value");
        assertFigure("20.00", stats, "occupancyPercent", "atStart");
        assertFigure("50.00", stats, "occupancyPercent", "value");
        assertFigure("4.00", stats, "tenantsPerThousand", "value");
        assertFigure("2.00", stats, "tenantsPerThousand", "atStart");
        assertFigure("1", stats, "graduates", "value");
        assertFigure("1", stats, "graduatesTotal", "value");
        assertFigure("0", stats, "graduatesTotal", "atStart");
        assertFigure("2", stats, "exits", "value");
        assertFigure("1", stats, "exits.MOVED_OUT", "value");
        assertFigure("1", stats, "exits.GRADUATED", "value");
        assertFigure("0", stats, "exits.EXPELLED", "value");
        assertFigure("2", stats, "patentApplicants", "value");
        assertFigure("1", stats, "financed", "value");
        assertFigure("120.50", stats, "investment", "value");
        assertFigure("350", stats, "revenue", "value");
        assertFigure("0", stats, "tenants", "lastYear");
        assertNull(value(stats, "tenants", "growthPercent"), "no growth over a last year of 0");
        assertFigure("1", stats, "patentApplicants", "lastYear");
        assertFigure("100.0", stats, "patentApplicants", "growthPercent");

        JsonObject row = stats.getJsonArray("carriers").getJsonObject(0);
        assertEquals(carrier, row.getJsonNumber("carrierId").longValue());
        assertEquals("PROVINCIAL", row.getString("level"));
        assertEquals(0, new BigDecimal("50.00").compareTo(row.getJsonNumber("occupancyPercent").bigDecimalValue()));
        List<JsonObject> indicators = row.getJsonArray("indicators").getValuesAs(JsonObject.class);
        assertEquals(List.of("tenants", "tenantsPerThousand", "occupancyPercent", "graduatesTotal"),
                indicators.stream().map(i -> i.getString("key")).toList());
        assertEquals(List.of(false, true, false, false), indicators.stream().map(i -> i.getBoolean("met")).toList(),
                "provincial: 2 < 30 tenants, 4 ≥ 2 per 1000 m², 50% < 70%, 1 < 10 graduates");
        assertEquals(0, new BigDecimal("30").compareTo(indicators.get(0).getJsonNumber("required").bigDecimalValue()));

        JsonObject half = Api.get("/api/v1/incubator-statistics?from=2025-07-01&to=2025-10-31&carrierId=" + carrier).json();
        assertFigure("3", half, "tenants", "atStart");
        assertFigure("3", half, "tenants", "value");
        assertFigure("0", half, "tenants", "newInPeriod");
        assertFigure("1", half, "exits.MOVED_OUT", "value");
        assertFigure("500", half, "letArea", "value");
    }

    @Test
    void theCityReadsEveryCountyAndEachCountyItsOwn() {
        JsonObject city = Api.get("/api/v1/incubator-statistics?year=2025").json();
        List<JsonObject> rows = city.getJsonArray("counties").getValuesAs(JsonObject.class);
        assertTrue(rows.size() > 2, city.toString());
        JsonObject total = rows.get(rows.size() - 1);
        assertTrue(!total.containsKey("countyId") || total.isNull("countyId"), total.toString());
        long summed = rows.subList(0, rows.size() - 1).stream().mapToLong(r -> r.getJsonNumber("tenants").longValue()).sum();
        assertEquals(summed, total.getJsonNumber("tenants").longValue(), "the city is the sum of its counties");
        assertEquals(summed, value(city, "tenants", "value").longValue());

        JsonObject county = Api.get("/api/v1/incubator-statistics?year=2025&county=2").json();
        JsonObject row2 = rows.stream().filter(r -> r.containsKey("countyId") && !r.isNull("countyId")
                && r.getInt("countyId") == 2).findFirst().orElseThrow();
        assertEquals(row2.getJsonNumber("tenants").longValue(), value(county, "tenants", "value").longValue());
        assertTrue(county.getJsonArray("carriers").getValuesAs(JsonObject.class).stream()
                .allMatch(c -> c.getInt("countyId") == 2), "one county's carriers only");

        JsonObject yunling = Api.get("/api/v1/incubator-statistics?year=2025", "zh-CN", Api.YUNLING_RW).json();
        assertEquals(1, yunling.getJsonArray("counties").size(), "a county token sees its county only");
        assertEquals(3, yunling.getInt("countyId"));
        assertFalse(yunling.getJsonArray("carriers").getValuesAs(JsonObject.class).stream()
                .anyMatch(c -> c.getInt("countyId") != 3));
        assertEquals(404, Api.get("/api/v1/incubator-statistics?year=2025&county=2", "zh-CN", Api.YUNLING_RW).status());
        assertEquals(422, Api.get("/api/v1/incubator-statistics?from=2025-12-31&to=2025-01-01").status());
    }
}
