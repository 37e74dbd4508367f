package cn.kejiju.workbench.preparedness;

import cn.kejiju.workbench.Api;
import cn.kejiju.workbench.Api.Reply;
import cn.kejiju.workbench.BureauClock;
import cn.kejiju.workbench.Deployments;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static cn.kejiju.workbench.preparedness.PreparednessFixtures.LINJIANG;
import static cn.kejiju.workbench.preparedness.PreparednessFixtures.YUNLING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The preparedness statistics against known data: a fresh township's events this period and the same days last
 * year, the figures' change when they are approved (the county's other data stays as it is), 同比, county isolation.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PreparednessStatisticsApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private static final LocalDate TO = BureauClock.today();
    private static final LocalDate FROM = TO.minusDays(10);
    private static final String PERIOD = "from=" + FROM + "&to=" + TO;
    /** The whole months around the period: read from the monthly rollup rather than from the events. */
    private static final String MONTHS = "from=" + FROM.withDayOfMonth(1) + "&to=" + TO.withDayOfMonth(TO.lengthOfMonth());

    /** Every figure of the answer: key → {value, lastYear}. */
    private static Map<String, long[]> figures(JsonObject statistics) {
        Map<String, long[]> figures = new HashMap<>();
        for (JsonValue f : statistics.getJsonArray("figures")) {
            JsonObject figure = f.asJsonObject();
            figures.put(figure.getString("key"), new long[] {figure.getJsonNumber("value").longValue(),
                    figure.getJsonNumber("lastYear").longValue()});
        }
        return figures;
    }

    private static long change(Map<String, long[]> before, Map<String, long[]> after, String key, int which) {
        return after.get(key)[which] - before.get(key)[which];
    }

    private static JsonObject statistics(String query) {
        Reply reply = Api.get("/api/v1/preparedness/statistics?" + query);
        assertEquals(200, reply.status(), reply.body());
        return reply.json();
    }

    private static void receive(String kind, int quantity) {
        Reply received = Api.post("/api/v1/preparedness/materials/receipts",
                "{\"countyId\":" + LINJIANG + ",\"kind\":\"" + kind + "\",\"quantity\":" + quantity + "}");
        assertEquals(200, received.status(), received.body());
    }

    @Test
    void holdingEventsChangesTheFiguresExactly() {
        JsonObject created = PreparednessFixtures.township();
        long township = created.getJsonNumber("id").longValue();
        String name = created.getString("name");
        LocalDateTime held = TO.minusDays(2).atTime(9, 30);
        LocalDateTime heldLastYear = held.minusYears(1);
        long campaign = PreparednessFixtures.campaign(TO);
        long lastYearCampaign = PreparednessFixtures.campaign(TO.minusYears(1));

        Map<String, long[]> before = figures(statistics(PERIOD + "&county=" + LINJIANG));
        Map<String, long[]> monthsBefore = figures(statistics(MONTHS + "&county=" + LINJIANG));

        long square = PreparednessFixtures.event(campaign, township, held, "SQUARE", "镇文化广场", 800, 120, 0)
                .getJsonNumber("id").longValue();
        receive("READER", 40);
        receive("BANNER", 3);
        assertEquals(200, Api.post("/api/v1/preparedness/events/" + square + "/issues",
                "{\"kind\":\"READER\",\"quantity\":30}").status());
        assertEquals(200, Api.post("/api/v1/preparedness/events/" + square + "/loans",
                "{\"kind\":\"BANNER\",\"quantity\":2}").status());
        PreparednessFixtures.approve(square);
        PreparednessFixtures.approved(campaign, township, held.minusDays(1), "SCHOOL", "镇中心小学", 500, 0, 450);
        PreparednessFixtures.approved(campaign, township, held.minusDays(1).plusHours(3), "SCHOOL", "镇中心小学", 300, 0, 0);
        // not approved: does not count
        PreparednessFixtures.event(campaign, township, held.minusHours(1), "VILLAGE", "东坑村", 100, 0, 0);
        // the same days last year
        PreparednessFixtures.approved(lastYearCampaign, township, heldLastYear, "SQUARE", "镇文化广场", 700, 90, 0);

        JsonObject after = statistics(PERIOD + "&county=" + LINJIANG);
        Map<String, long[]> now = figures(after);
        assertEquals(LINJIANG, after.getJsonNumber("countyId").longValue());
        assertEquals(FROM.minusYears(1).toString(), after.getString("lastYearFrom"));
        assertEquals(3, change(before, now, "events", 0));
        assertEquals(1, change(before, now, "events", 1), "the same period last year");
        assertEquals(1, change(before, now, "venue.SQUARE", 0));
        assertEquals(2, change(before, now, "venue.SCHOOL", 0));
        assertEquals(0, change(before, now, "venue.VILLAGE", 0), "the recorded event awaits approval");
        assertEquals(1600, change(before, now, "people", 0));
        assertEquals(700, change(before, now, "people", 1));
        assertEquals(120, change(before, now, "consultations", 0));
        assertEquals(1, change(before, now, "drills", 0));
        assertEquals(450, change(before, now, "drillParticipants", 0));
        assertEquals(1, change(before, now, "townships", 0), "the new township");
        assertEquals(1, change(before, now, "schools", 0), "one school visited twice");
        assertEquals(9, change(before, now, "boardsDisplayed", 0));
        assertEquals(3, change(before, now, "bannersHung", 0));
        assertEquals(30, change(before, now, "materials.READER", 0));
        assertEquals(2, change(before, now, "materials.BANNER", 0), "lent");

        JsonObject row = after.getJsonArray("townships").stream().map(JsonValue::asJsonObject)
                .filter(t -> t.getJsonNumber("townshipId").longValue() == township).findFirst().orElseThrow();
        assertEquals(name, row.getString("township"));
        assertEquals(3, row.getInt("events"));
        assertEquals(1600, row.getInt("people"));
        assertEquals(1, row.getInt("drills"));
        assertEquals(450, row.getInt("drillParticipants"));

        JsonObject progress = after.getJsonArray("campaigns").stream().map(JsonValue::asJsonObject)
                .filter(c -> c.getJsonNumber("campaignId").longValue() == campaign).findFirst().orElseThrow();
        JsonObject events = progress.getJsonArray("progress").getJsonObject(0);
        assertEquals("events", events.getString("goal"));
        assertEquals(3, events.getInt("actual"));
        assertEquals(75, events.getInt("percent"));

        // the whole months (the rollup, kept by the approvals) change exactly as the days (the events) do
        Map<String, long[]> months = figures(statistics(MONTHS + "&county=" + LINJIANG));
        for (String key : now.keySet()) {
            for (int which = 0; which < 2; which++) {
                assertEquals(change(before, now, key, which), change(monthsBefore, months, key, which),
                        key + (which == 0 ? "" : " last year") + " over the whole months");
            }
        }
        // an issue to an event already approved counts at once, in both
        assertEquals(200, Api.post("/api/v1/preparedness/events/" + square + "/issues",
                "{\"kind\":\"READER\",\"quantity\":5}").status());
        assertEquals(35, change(before, figures(statistics(PERIOD + "&county=" + LINJIANG)), "materials.READER", 0));
        assertEquals(35, change(monthsBefore, figures(statistics(MONTHS + "&county=" + LINJIANG)),
                "materials.READER", 0), "the rollup took the issue to the approved event");
        JsonObject campaignNow = statistics(MONTHS + "&county=" + LINJIANG).getJsonArray("campaigns").stream()
                .map(JsonValue::asJsonObject).filter(c -> c.getJsonNumber("campaignId").longValue() == campaign)
                .findFirst().orElseThrow();
        assertEquals(3, campaignNow.getJsonArray("progress").getJsonObject(0).getInt("actual"));
    }

    @Test
    void theVolunteersHoursAndTheRegisterAreThoseOfTheirOwnPages() {
        String year = "from=" + TO.withDayOfYear(1) + "&to=" + TO;
        JsonObject statistics = statistics(year + "&county=" + LINJIANG);
        JsonObject hours = Api.get("/api/v1/preparedness/volunteer-teams/hours?jurisdictionId=" + LINJIANG + "&"
                + year).json();
        assertEquals(0, new BigDecimal(hours.getString("hours")).compareTo(decimal(statistics, "volunteerHours")),
                "the seed's team's hours: " + hours);
        assertTrue(decimal(statistics, "volunteerHours").signum() > 0);

        JsonObject register = Api.get("/api/v1/preparedness/register/completeness?jurisdictionId=" + LINJIANG).json();
        assertEquals(register.getJsonNumber("filled").longValue(), decimal(statistics, "registerFilled").longValue());
        assertEquals(register.getJsonNumber("required").longValue(), decimal(statistics, "registerRequired").longValue());
        assertEquals(0, new BigDecimal(register.getString("percent")).compareTo(decimal(statistics, "registerPercent")),
                "临江县's register with its gaps: " + register);
    }

    private static BigDecimal decimal(JsonObject statistics, String key) {
        return statistics.getJsonArray("figures").stream().map(JsonValue::asJsonObject)
                .filter(f -> f.getString("key").equals(key)).findFirst().orElseThrow(() -> new AssertionError(key))
                .getJsonNumber("value").bigDecimalValue();
    }

    @Test
    void growthIsOverTheSamePeriodLastYear() {
        JsonObject created = PreparednessFixtures.township();
        long township = created.getJsonNumber("id").longValue();
        // a period of their own: the days before the last campaign days other tests use
        LocalDate last = TO.minusDays(40);
        long campaign = PreparednessFixtures.campaign(last);
        long lastYearCampaign = PreparednessFixtures.campaign(last.minusYears(1));
        String period = "from=" + last.minusDays(5) + "&to=" + last + "&county=" + LINJIANG;
        Map<String, long[]> before = figures(statistics(period));

        PreparednessFixtures.approved(campaign, township, last.atTime(10, 0), "COMMUNITY", "新村社区", 300, 30, 0);
        PreparednessFixtures.approved(lastYearCampaign, township, last.minusYears(1).atTime(10, 0), "COMMUNITY",
                "新村社区", 200, 20, 0);

        Map<String, long[]> after = figures(statistics(period));
        assertEquals(300, change(before, after, "people", 0));
        assertEquals(200, change(before, after, "people", 1));
        JsonObject people = statistics(period).getJsonArray("figures").stream().map(JsonValue::asJsonObject)
                .filter(f -> f.getString("key").equals("people")).findFirst().orElseThrow();
        BigDecimal value = people.getJsonNumber("value").bigDecimalValue();
        BigDecimal lastYear = people.getJsonNumber("lastYear").bigDecimalValue();
        assertEquals(value.subtract(lastYear).multiply(BigDecimal.valueOf(100)).divide(lastYear, 1, RoundingMode.HALF_UP),
                people.getJsonNumber("growthPercent").bigDecimalValue(), "(value − last year) / last year, one decimal");
    }

    @Test
    void aCityUserSeesEveryCountyAndACountyOnlyItsOwn() {
        JsonObject city = statistics("year=" + TO.getYear());
        List<JsonObject> counties = city.getJsonArray("counties").stream().map(JsonValue::asJsonObject).toList();
        assertTrue(counties.stream().anyMatch(c -> !c.isNull("countyId") && c.getJsonNumber("countyId").longValue() == LINJIANG));
        assertTrue(counties.stream().anyMatch(c -> !c.isNull("countyId") && c.getJsonNumber("countyId").longValue() == YUNLING));
        JsonObject total = counties.get(counties.size() - 1);
        assertFalse(total.containsKey("countyId") && !total.isNull("countyId"), "the city's total row comes last");
        assertEquals(counties.subList(0, counties.size() - 1).stream().mapToLong(c -> c.getJsonNumber("events").longValue())
                .sum(), total.getJsonNumber("events").longValue());
        assertEquals(total.getJsonNumber("events").longValue(), figures(city).get("events")[0]);

        Reply own = Api.get("/api/v1/preparedness/statistics?year=" + TO.getYear(), "zh-CN", Api.YUNLING_RW);
        assertEquals(200, own.status(), own.body());
        assertEquals(YUNLING, own.json().getJsonNumber("countyId").longValue());
        assertEquals(1, own.json().getJsonArray("counties").size());
        assertTrue(own.json().getJsonArray("townships").stream().map(JsonValue::asJsonObject)
                .allMatch(t -> t.getJsonNumber("countyId").longValue() == YUNLING));
        assertTrue(own.json().getJsonArray("campaigns").stream().map(JsonValue::asJsonObject)
                .allMatch(c -> c.getJsonNumber("countyId").longValue() == YUNLING));
        Reply other = Api.get("/api/v1/preparedness/statistics?year=" + TO.getYear() + "&county=" + LINJIANG, "zh-CN",
                Api.YUNLING_RW);
        assertEquals(404, other.status(), other.body());
    }
}
