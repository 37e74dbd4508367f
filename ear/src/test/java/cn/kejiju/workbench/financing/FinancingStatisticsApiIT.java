package cn.kejiju.workbench.financing;

import cn.kejiju.workbench.Api;
import cn.kejiju.workbench.Api.Reply;
import cn.kejiju.workbench.BureauClock;
import cn.kejiju.workbench.Deployments;
import cn.kejiju.workbench.TestData;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static cn.kejiju.workbench.financing.FinancingApiIT.assertProblem;
import static cn.kejiju.workbench.financing.FinancingApiIT.id;
import static cn.kejiju.workbench.financing.FinancingApiIT.ok;
import static cn.kejiju.workbench.financing.FinancingApiIT.step;
import static cn.kejiju.workbench.financing.FinancingApiIT.version;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The financing statistics through the API: guarantees, loans, a compensation and a recovery created over the API
 * in 云岭县 move the figures of the period by exactly what was created (compared before and after, since other test
 * classes create data too), the city is the sum of its counties, a county token sees only its county and another
 * county answers 404, a period without released guarantees has no compensation rate, bad parameters are problems.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FinancingStatisticsApiIT {

    private static final String CLERK = Api.CITY_RW;
    private static final String LEADER = Api.YUNLING_RW;
    private static final long YUNLING = 3;
    private static final long LINJIANG = 2;
    private static final String[] CLASSES = {"NORMAL", "SPECIAL_MENTION", "SUBSTANDARD", "DOUBTFUL", "LOSS"};

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    /** An application of a new enterprise of 云岭县 approved for {@code amount}, its guarantee from start to end. */
    private static long approved(long guarantor, long bank, long agreement, String amount, LocalDate start,
                                 LocalDate end) {
        Reply r = FinancingApiIT.beforeCommittee(FinancingApiIT.enterprise(TestData.TOWNSHIP_CHASHAN), bank, guarantor,
                amount);
        r = ok(step(id(r), "decision", """
                ,"outcome":"APPROVE","cooperationId":%d,"guaranteeAmount":%s,"feeRate":1.2,
                "startDate":"%s","endDate":"%s","counterGuarantees":[]
                """.formatted(agreement, amount, start, end), CLERK, version(r)));
        ok(FinancingApiIT.approve(r, LEADER));
        return id(r);
    }

    private static String query(LocalDate from, LocalDate to) {
        return "/api/v1/financing-statistics?from=" + from + "&to=" + to;
    }

    private static JsonObject read(String path, String token) {
        Reply reply = Api.get(path, "zh-CN", token);
        assertEquals(200, reply.status(), reply.body());
        return reply.json();
    }

    private static JsonObject figure(JsonObject stats, String key) {
        return stats.getJsonArray("figures").getValuesAs(JsonObject.class).stream()
                .filter(f -> f.getString("key").equals(key)).findFirst().orElseThrow(() -> new AssertionError(key));
    }

    private static BigDecimal value(JsonObject stats, String key, String field) {
        JsonObject f = figure(stats, key);
        return f.containsKey(field) && !f.isNull(field) ? new BigDecimal(f.getString(field)) : null;
    }

    /** The change of a figure's field between two readings. */
    private static BigDecimal delta(JsonObject before, JsonObject after, String key, String field) {
        return value(after, key, field).subtract(value(before, key, field));
    }

    private static JsonObject countyRow(JsonObject stats, long county) {
        return stats.getJsonArray("counties").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.containsKey("countyId") && !r.isNull("countyId") && r.getInt("countyId") == county)
                .findFirst().orElseThrow();
    }

    private static JsonObject guarantorRow(JsonObject stats, long partner) {
        return stats.getJsonArray("guarantors").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getJsonNumber("partnerId").longValue() == partner).findFirst().orElseThrow();
    }

    private static JsonObject agreementRow(JsonObject stats, long agreement) {
        return stats.getJsonArray("agreements").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getJsonNumber("agreementId").longValue() == agreement).findFirst().orElseThrow();
    }

    private static void assertDelta(String expected, JsonObject before, JsonObject after, String key, String field) {
        assertEquals(0, new BigDecimal(expected).compareTo(delta(before, after, key, field)),
                key + "." + field + ": expected a change of " + expected + ", got " + delta(before, after, key, field));
    }

    @Test
    void theFiguresOfThePeriodChangeByExactlyWhatWasCreated() {
        LocalDate today = BureauClock.today();
        LocalDate from = today.minusYears(1).plusDays(1);
        String period = query(from, today);
        long guarantor = FinancingApiIT.guarantor("STANDARD", "50000000");
        long bank = FinancingApiIT.bank();
        Reply signed = Api.post("/api/v1/financing/agreements", """
                {"guarantorId":%d,"counterpartyId":%d,"quota":90000000,"validFrom":"%s","validTo":"%s"}
                """.formatted(guarantor, bank, today.minusYears(3), today.plusYears(3)));
        assertEquals(201, signed.status(), signed.body());
        long agreement = id(signed);

        JsonObject before = read(period, Api.CITY_RO);
        JsonObject beforeYunling = read(period, LEADER);
        JsonObject beforeLinjiang = countyRow(before, LINJIANG);

        // new in the period and still running: 1,000,000 (its loan compensated), 300,000 (its loan past due)
        long first = approved(guarantor, bank, agreement, "1000000.00", today.minusMonths(11), today.plusYears(1));
        long second = approved(guarantor, bank, agreement, "300000.00", today.minusMonths(11), today.plusYears(1));
        // started a year before the period, ended ten days before its last day: released within it
        approved(guarantor, bank, agreement, "400000.00", from.minusYears(1), today.minusDays(10));

        Reply compensated = LoanApiIT.disburse(first, "600000", today.minusMonths(10), 12, "INTEREST_ONLY", CLERK);
        assertEquals(201, compensated.status(), compensated.body());
        long compensatedLoan = LoanApiIT.loanId(compensated);
        Reply paid = LoanApiIT.money(compensatedLoan, "compensation", "200000.00", today, null, CLERK);
        assertEquals(201, paid.status(), paid.body());
        Reply recovered = LoanApiIT.money(compensatedLoan, "recoveries", "50000.00", today, null, CLERK);
        assertEquals(201, recovered.status(), recovered.body());

        Reply overdue = LoanApiIT.disburse(second, "300000", today.minusMonths(5), 12, "EQUAL_PRINCIPAL", CLERK);
        assertEquals(201, overdue.status(), overdue.body());
        String overdueClass = LoanApiIT.loan(LoanApiIT.loanId(overdue)).getJsonObject("loan").getString("classification");
        assertNotEquals("NORMAL", overdueClass);

        JsonObject after = read(period, Api.CITY_RO);
        JsonObject afterYunling = read(period, LEADER);
        for (JsonObject[] pair : List.of(new JsonObject[] {before, after}, new JsonObject[] {beforeYunling, afterYunling})) {
            JsonObject b = pair[0];
            JsonObject a = pair[1];
            assertDelta("2", b, a, "newCount", "value");
            assertDelta("1300000.00", b, a, "newAmount", "value");
            assertDelta("1700000.00", b, a, "cumulative", "value");
            assertDelta("1300000.00", b, a, "cumulative", "newInPeriod");
            assertDelta("400000.00", b, a, "cumulative", "atStart");
            assertDelta("3", b, a, "cumulativeCount", "value");
            assertDelta("1300000.00", b, a, "outstanding", "value");
            assertDelta("400000.00", b, a, "outstanding", "atStart");
            assertDelta("2", b, a, "outstandingCount", "value");
            assertDelta("400000.00", b, a, "released", "value");
            assertDelta("1", b, a, "releasedCount", "value");
            assertDelta("1", b, a, "compensations", "value");
            assertDelta("200000.00", b, a, "compensationAmount", "value");
            assertDelta("50000.00", b, a, "recoveries", "value");
            assertDelta("1", b, a, "recoveryCount", "value");
            assertDelta("1", b, a, "loans." + overdueClass, "value");
            assertDelta("300000.00", b, a, "balance." + overdueClass, "value");
            for (String c : CLASSES) {
                assertDelta("0", b, a, "loans." + c, "atStart");
                assertDelta("0", b, a, "loans." + c, "lastYear");
                if (!c.equals(overdueClass)) {
                    assertDelta("0", b, a, "loans." + c, "value");
                }
            }
            // the guarantee that started on the first day of last year's period is last year's new financing
            assertDelta("400000.00", b, a, "newAmount", "lastYear");
            assertDelta("400000.00", b, a, "cumulative", "lastYear");
            assertDelta("400000.00", b, a, "outstanding", "lastYear");
            assertDelta("0", b, a, "compensationAmount", "lastYear");
        }

        // the rate is worked out from the period's own sums: compensation paid ÷ released × 100
        BigDecimal released = value(after, "released", "value");
        assertTrue(released.signum() > 0);
        assertEquals(value(after, "compensationAmount", "value").multiply(BigDecimal.valueOf(100))
                .divide(released, 2, java.math.RoundingMode.HALF_UP), value(after, "compensationRate", "value"));
        assertEquals("PERCENT", figure(after, "compensationRate").getString("unit"));

        // the city's choice of 云岭县 shows what 云岭县's own token sees; 临江县 did not move
        JsonObject chosen = read(period + "&county=" + YUNLING, Api.CITY_RO);
        assertEquals(afterYunling.getJsonArray("figures"), chosen.getJsonArray("figures"));
        JsonObject row = countyRow(after, YUNLING);
        assertEquals(value(chosen, "newAmount", "value"), new BigDecimal(row.getString("newAmount")));
        assertEquals(value(chosen, "outstanding", "value"), new BigDecimal(row.getString("outstanding")));
        assertEquals(beforeLinjiang.getString("newAmount"), countyRow(after, LINJIANG).getString("newAmount"));
        assertEquals(beforeLinjiang.getString("outstanding"), countyRow(after, LINJIANG).getString("outstanding"));

        // the new company: all its guarantees are of 云岭县 and this test; headroom = 10 × 50,000,000 − in force
        JsonObject company = guarantorRow(after, guarantor);
        assertEquals("1300000.00", company.getString("outstanding"));
        assertEquals(2, company.getInt("outstandingCount"));
        assertEquals("1700000.00", company.getString("inForce"));
        assertEquals("500000000.00", company.getString("cap"));
        assertEquals("498300000.00", company.getString("headroom"));
        assertEquals(10, company.getInt("multiple"));
        JsonObject quota = agreementRow(after, agreement);
        assertEquals("1700000.00", quota.getString("used"));
        assertEquals("88300000.00", quota.getString("headroom"));
        assertEquals("1300000.00", quota.getString("outstanding"));
        JsonObject linjiangOnly = read(period + "&county=" + LINJIANG, Api.CITY_RO);
        assertEquals("0.00", guarantorRow(linjiangOnly, guarantor).getString("outstanding"));
        assertEquals("1700000.00", guarantorRow(linjiangOnly, guarantor).getString("inForce"));
    }

    @Test
    void theCityIsTheSumOfItsCountiesAndACountySeesOnlyItsOwn() {
        int year = BureauClock.today().getYear();
        JsonObject city = read("/api/v1/financing-statistics?year=" + year, Api.CITY_RO);
        List<JsonObject> rows = city.getJsonArray("counties").getValuesAs(JsonObject.class);
        assertTrue(rows.size() > 2, city.toString());
        JsonObject total = rows.get(rows.size() - 1);
        assertFalse(total.containsKey("countyId") && !total.isNull("countyId"), total.toString());
        BigDecimal summed = rows.subList(0, rows.size() - 1).stream().map(r -> new BigDecimal(r.getString("cumulative")))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(summed, new BigDecimal(total.getString("cumulative")));
        assertEquals(summed, value(city, "cumulative", "value"));
        assertTrue(summed.signum() > 0, "the demo's guarantees");

        JsonObject yunling = read("/api/v1/financing-statistics?year=" + year, LEADER);
        assertEquals(1, yunling.getJsonArray("counties").size(), "a county token sees its county only");
        assertEquals(YUNLING, yunling.getInt("countyId"));
        assertEquals(countyRow(city, YUNLING).getString("cumulative"), value(yunling, "cumulative", "value")
                .setScale(2).toPlainString());
        JsonObject own = read("/api/v1/financing-statistics?year=" + year + "&county=" + YUNLING, LEADER);
        assertEquals(YUNLING, own.getInt("countyId"));
        assertProblem(Api.get("/api/v1/financing-statistics?year=" + year + "&county=" + LINJIANG, "zh-CN", LEADER),
                404, "not-found");
        assertEquals(404, Api.get("/api/v1/financing-statistics?year=" + year + "&county=987654321").status());
    }

    @Test
    void newCumulativeAndOutstandingAgreeWithTheWorkSummary() {
        JsonObject summary = read("/api/v1/summaries?year=2026&half=1&county=" + LINJIANG, Api.CITY_RO);
        JsonObject section = summary.getJsonArray("sections").getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("section").equals("financing")).findFirst().orElseThrow();
        JsonObject stats = read("/api/v1/financing-statistics?year=2026&half=1&county=" + LINJIANG, Api.CITY_RO);
        for (String key : List.of("newCount", "newAmount", "cumulative", "cumulativeCount", "outstanding")) {
            JsonObject summed = section.getJsonArray("figures").getValuesAs(JsonObject.class).stream()
                    .filter(f -> f.getString("key").equals(key)).findFirst().orElseThrow();
            assertEquals(0, new BigDecimal(summed.getString("value")).compareTo(value(stats, key, "value")), key);
            assertEquals(0, new BigDecimal(summed.getString("lastYear")).compareTo(value(stats, key, "lastYear")), key);
        }
        assertTrue(value(stats, "newAmount", "value").compareTo(new BigDecimal("8000000")) >= 0, stats.toString());
    }

    /**
     * The loans by class on a past day are kept once computed (V46); a disbursement and a repayment dated on or before
     * that day change them, and the next reading shows the change.
     */
    @Test
    void aPastDaysLoansByClassFollowChangesDatedOnOrBeforeIt() {
        LocalDate today = BureauClock.today();
        LocalDate day = today.minusMonths(1);
        String period = query(day.minusMonths(6), day);
        long application = LoanApiIT.approvedApplication("240000.00");
        JsonObject before = read(period, LEADER);

        // disbursed eight months back and never repaid: past due on the day since its first instalment
        Reply created = LoanApiIT.disburse(application, "240000.00", today.minusMonths(8), 12, "EQUAL_PRINCIPAL", CLERK);
        assertEquals(201, created.status(), created.body());
        long loan = LoanApiIT.loanId(created);
        JsonObject overdue = read(period, LEADER);
        String overdueClass = java.util.Arrays.stream(CLASSES)
                .filter(c -> delta(before, overdue, "loans." + c, "value").signum() != 0).findFirst().orElseThrow();
        assertNotEquals("NORMAL", overdueClass);
        assertDelta("1", before, overdue, "loans." + overdueClass, "value");
        assertDelta("240000.00", before, overdue, "balance." + overdueClass, "value");
        assertEquals(overdue.getJsonArray("figures"), read(period, LEADER).getJsonArray("figures"));

        // everything due by the day, paid on the day: the loan is normal on the day, owing the principal not yet due
        JsonArray schedule = created.json().getJsonArray("schedule");
        List<JsonObject> due = schedule.getValuesAs(JsonObject.class).stream()
                .filter(i -> !LocalDate.parse(i.getString("dueOn")).isAfter(day)).toList();
        BigDecimal total = due.stream().map(i -> new BigDecimal(i.getString("total"))).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal principalPaid = due.stream().map(i -> new BigDecimal(i.getString("principal")))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        Reply repaid = LoanApiIT.money(loan, "repayments", total.toPlainString(), day, null, CLERK);
        assertEquals(201, repaid.status(), repaid.body());
        JsonObject normal = read(period, LEADER);
        for (String c : CLASSES) {
            assertDelta(c.equals("NORMAL") ? "1" : "0", before, normal, "loans." + c, "value");
        }
        assertDelta(new BigDecimal("240000.00").subtract(principalPaid).toPlainString(), before, normal,
                "balance.NORMAL", "value");
    }

    /**
     * A past day's loans by class are kept with the bands they were classified by: once the administrator changes the
     * bands, the next reading classifies the day by the new ones, and by the old ones again once they are back.
     */
    @Test
    void aPastDaysLoansByClassFollowTheBandsInForce() {
        LocalDate today = BureauClock.today();
        LocalDate day = today.minusMonths(1);
        String period = query(day.minusMonths(6), day);
        // disbursed eight months back and never repaid: about half a year past due on the day
        long application = LoanApiIT.approvedApplication("180000.00");
        Reply created = LoanApiIT.disburse(application, "180000.00", today.minusMonths(8), 12, "EQUAL_PRINCIPAL", CLERK);
        assertEquals(201, created.status(), created.body());
        JsonObject settings = Api.get("/api/v1/financing/settings").json();
        JsonObject byTheBands = read(period, LEADER);
        assertEquals(byTheBands.getJsonArray("figures"), read(period, LEADER).getJsonArray("figures"), "kept");
        try {
            putSettings(FinancingSettingsPagesIT.body(settings, settings.getString("roundingMode"), 1, 30, 60, 90));
            JsonObject narrower = read(period, LEADER);
            assertTrue(value(narrower, "loans.LOSS", "value").compareTo(value(byTheBands, "loans.LOSS", "value")) > 0,
                    "classified by the bands in force: " + narrower.getJsonArray("figures"));
            BigDecimal all = java.util.Arrays.stream(CLASSES).map(c -> value(byTheBands, "loans." + c, "value"))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertEquals(0, all.compareTo(java.util.Arrays.stream(CLASSES).map(c -> value(narrower, "loans." + c,
                    "value")).reduce(BigDecimal.ZERO, BigDecimal::add)), "the same loans, classed otherwise");
        } finally {
            JsonObject now = Api.get("/api/v1/financing/settings").json();
            putSettings(FinancingSettingsPagesIT.body(now, settings.getString("roundingMode"),
                    settings.getInt("specialMentionFrom"), settings.getInt("substandardFrom"),
                    settings.getInt("doubtfulFrom"), settings.getInt("lossFrom")));
        }
        assertEquals(byTheBands.getJsonArray("figures"), read(period, LEADER).getJsonArray("figures"));
    }

    private static void putSettings(String body) {
        Reply saved = Api.send(Api.request("/api/v1/financing/settings", Api.CITY_RW)
                .header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build());
        assertEquals(200, saved.status(), saved.body());
    }

    /**
     * A past day read for the first time while a repayment dated on it is being recorded: whichever finishes first,
     * the day is never kept without the repayment (both take the settings row's lock). Several rounds, each with a new
     * loan whose back-dated disbursement makes the day be computed again.
     */
    @Test
    void aPastDayComputedWhileARepaymentDatedOnItIsRecordedIsNeverKeptWithoutIt() throws Exception {
        LocalDate today = BureauClock.today();
        LocalDate day = today.minusMonths(1);
        String period = query(day.minusMonths(6), day);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 4; round++) {
                long application = LoanApiIT.approvedApplication("120000.00");
                JsonObject before = read(period, LEADER);
                Reply created = LoanApiIT.disburse(application, "120000.00", today.minusMonths(8), 12,
                        "EQUAL_PRINCIPAL", CLERK);
                assertEquals(201, created.status(), created.body());
                long loan = LoanApiIT.loanId(created);
                BigDecimal total = created.json().getJsonArray("schedule").getValuesAs(JsonObject.class).stream()
                        .filter(i -> !LocalDate.parse(i.getString("dueOn")).isAfter(day))
                        .map(i -> new BigDecimal(i.getString("total"))).reduce(BigDecimal.ZERO, BigDecimal::add);
                java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
                java.util.concurrent.Future<Reply> repaid = pool.submit(() -> {
                    start.await();
                    return LoanApiIT.money(loan, "repayments", total.toPlainString(), day, null, CLERK);
                });
                java.util.concurrent.Future<Reply> read = pool.submit(() -> {
                    start.await();
                    return Api.get(period, "zh-CN", LEADER);
                });
                start.countDown();
                assertEquals(201, repaid.get().status(), repaid.get().body());
                assertEquals(200, read.get().status(), read.get().body());
                JsonObject after = read(period, LEADER);
                for (String c : CLASSES) {
                    assertDelta(c.equals("NORMAL") ? "1" : "0", before, after, "loans." + c, "value");
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void nothingReleasedMeansNoCompensationRate() {
        JsonObject past = read("/api/v1/financing-statistics?year=1990&half=1", Api.CITY_RO);
        assertEquals("1990-01-01", past.getString("from"));
        assertEquals("1990-06-30", past.getString("to"));
        assertEquals(0, value(past, "released", "value").signum());
        assertNull(value(past, "compensationRate", "value"));
        assertNull(value(past, "compensationRate", "lastYear"));
        assertTrue(past.getJsonArray("counties").getValuesAs(JsonObject.class).stream()
                .allMatch(r -> !r.containsKey("compensationRate") || r.isNull("compensationRate")));
        assertTrue(past.getString("compensationRateDefinition").contains("released"));
    }

    @Test
    void badParametersAreProblems() {
        assertProblem(Api.get("/api/v1/financing-statistics?year=abc"), 400, "parameter");
        assertProblem(Api.get("/api/v1/financing-statistics?from=2026-13-01&to=2026-12-31"), 400, "parameter");
        assertProblem(Api.get("/api/v1/financing-statistics?county=x&year=2026"), 400, "parameter");
        assertEquals(422, Api.get("/api/v1/financing-statistics?from=2026-12-31&to=2026-01-01").status());
        assertEquals(422, Api.get("/api/v1/financing-statistics?year=2026&half=3").status());
        assertEquals(422, Api.get("/api/v1/financing-statistics").status());
    }
}
