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
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static cn.kejiju.workbench.financing.FinancingApiIT.assertProblem;
import static cn.kejiju.workbench.financing.FinancingApiIT.id;
import static cn.kejiju.workbench.financing.FinancingApiIT.ok;
import static cn.kejiju.workbench.financing.FinancingApiIT.send;
import static cn.kejiju.workbench.financing.FinancingApiIT.step;
import static cn.kejiju.workbench.financing.FinancingApiIT.version;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Loans through the API: disbursement under an approved guarantee with its exact schedule, repayments and the
 * days past due with the classification, an idempotent retry that moves money once, the guarantor's
 * compensation, recoveries capped at what is outstanding (also when they race), the write-off by maker-checker,
 * and county isolation. Loans are in 云岭县, prepared with the city's token and decided with 云岭县's.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LoanApiIT {

    private static final String CLERK = Api.CITY_RW;
    private static final String LEADER = Api.YUNLING_RW;
    private static final int RACERS = 4;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    /**
     * An application of a new enterprise of 云岭县 approved for {@code amount} (prepared by the city, decided by the
     * county), its guarantee running from two years back.
     */
    static long approvedApplication(String amount) {
        long guarantor = FinancingApiIT.guarantor("STANDARD", "500000000");
        long bank = FinancingApiIT.bank();
        long agreement = FinancingApiIT.agreement(guarantor, bank, "900000000");
        Reply r = FinancingApiIT.beforeCommittee(FinancingApiIT.enterprise(TestData.TOWNSHIP_CHASHAN), bank, guarantor, amount);
        LocalDate today = BureauClock.today();
        r = ok(step(id(r), "decision", """
                ,"outcome":"APPROVE","cooperationId":%d,"guaranteeAmount":%s,"feeRate":1.2,
                "startDate":"%s","endDate":"%s","counterGuarantees":[]
                """.formatted(agreement, amount, today.minusYears(2), today.plusYears(1)), CLERK, version(r)));
        ok(FinancingApiIT.approve(r, LEADER));
        return id(r);
    }

    static Reply disburse(long application, String principal, LocalDate on, int months, String method, String token) {
        return send("POST", "/api/v1/financing/loans", """
                {"applicationId":%d,"principal":%s,"annualRate":4.35,"disbursedOn":"%s","maturity":"%s","method":"%s"}
                """.formatted(application, principal, on, on.plusMonths(months), method), token);
    }

    static Reply money(long loan, String what, String amount, LocalDate on, String key, String token) {
        HttpRequest.Builder request = Api.request("/api/v1/financing/loans/" + loan + "/" + what, token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"amount\":" + amount + ",\"on\":\"" + on + "\"}",
                        StandardCharsets.UTF_8));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return Api.send(request.build());
    }

    static JsonObject loan(long id) {
        Reply read = Api.get("/api/v1/financing/loans/" + id);
        assertEquals(200, read.status(), read.body());
        return read.json();
    }

    static long loanId(Reply reply) {
        return reply.json().getJsonObject("loan").getJsonNumber("id").longValue();
    }

    /** The days past due the schedule gives today: from the oldest instalment not paid in full that is due before today. */
    static long expectedDaysPastDue(JsonArray schedule, LocalDate today) {
        return schedule.stream().map(JsonObject.class::cast)
                .filter(i -> new BigDecimal(i.getString("owed")).signum() > 0)
                .map(i -> LocalDate.parse(i.getString("dueOn"))).filter(d -> d.isBefore(today)).findFirst()
                .map(d -> ChronoUnit.DAYS.between(d, today)).orElse(0L);
    }

    /**
     * The most a repayment on {@code day} takes: what instalments due by then or begun still owe, and the principal of
     * those nothing has been paid on (their interest has not accrued).
     */
    static BigDecimal payable(JsonArray schedule, LocalDate day) {
        return schedule.stream().map(JsonObject.class::cast).map(i -> LocalDate.parse(i.getString("dueOn")).isAfter(day)
                        && new BigDecimal(i.getString("principalPaid")).signum() == 0
                        && new BigDecimal(i.getString("interestPaid")).signum() == 0
                        ? new BigDecimal(i.getString("principal")) : new BigDecimal(i.getString("owed")))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    static BigDecimal sum(List<JsonObject> lines, String field) {
        return lines.stream().map(i -> new BigDecimal(i.getString(field))).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Test
    void aLoanIsDisbursedWithAnExactScheduleRepaidOnceWhateverTheRetriesAndClassifiedByDaysPastDue() {
        LocalDate today = BureauClock.today();
        long application = approvedApplication("1200000.00");
        LocalDate disbursed = today.minusMonths(2);
        Reply created = disburse(application, "1000000.01", disbursed, 12, "EQUAL_INSTALMENT", CLERK);
        assertEquals(201, created.status(), created.body());
        assertTrue(created.header("Location").endsWith("/financing/loans/" + loanId(created)), created.header("Location"));
        JsonObject body = created.json();
        JsonArray schedule = body.getJsonArray("schedule");
        assertEquals(12, schedule.size());
        assertEquals("1000000.01", body.getString("scheduledPrincipal"));
        BigDecimal sum = schedule.stream().map(JsonObject.class::cast).map(i -> new BigDecimal(i.getString("principal")))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(new BigDecimal("1000000.01"), sum);
        assertEquals(schedule.getJsonObject(0).getString("total"), schedule.getJsonObject(1).getString("total"));
        assertEquals("HALF_UP", body.getString("roundingMode"));
        long id = loanId(created);

        JsonObject row = body.getJsonObject("loan");
        long overdueDays = expectedDaysPastDue(schedule, today);
        assertTrue(overdueDays > 0, schedule.toString());
        assertEquals(overdueDays, row.getJsonNumber("daysPastDue").longValue());
        assertEquals("SPECIAL_MENTION", row.getString("classification"));
        assertEquals(schedule.getJsonObject(0).getString("total"), row.getString("overdue"));
        JsonObject listed = Api.get("/api/v1/financing/loans?applicationId=" + application).json()
                .getJsonArray("items").getJsonObject(0);
        assertEquals(row.getString("outstanding"), listed.getString("outstanding"));
        assertEquals("SPECIAL_MENTION", listed.getString("classification"));

        assertProblem(disburse(application, "1000", today, 12, "EQUAL_PRINCIPAL", CLERK), 409, "conflict.financing.loan.exists");

        String first = schedule.getJsonObject(0).getString("total");
        String key = "repay-" + UUID.randomUUID();
        Reply paid = money(id, "repayments", first, today, key, CLERK);
        assertEquals(201, paid.status(), paid.body());
        assertEquals(overdueDays, paid.json().getJsonNumber("daysLate").longValue());
        assertEquals(schedule.getJsonObject(0).getString("interest"), paid.json().getString("interestPart"));
        assertNull(paid.header("Idempotent-Replayed"));
        Reply retried = money(id, "repayments", first, today, key, CLERK);
        assertEquals(201, retried.status(), retried.body());
        assertEquals("true", retried.header("Idempotent-Replayed"));
        assertEquals(id(paid), id(retried));
        assertEquals(paid.header("Location"), retried.header("Location"));
        assertProblem(money(id, "repayments", "1.00", today, key, CLERK), 422, "rule.financing.idempotency.mismatch");

        JsonObject after = loan(id);
        assertEquals(1, after.getJsonArray("repayments").size());
        JsonArray paidSchedule = after.getJsonArray("schedule");
        assertEquals(today.toString(), paidSchedule.getJsonObject(0).getString("settledOn"));
        assertEquals(expectedDaysPastDue(paidSchedule, today), after.getJsonObject("loan").getJsonNumber("daysPastDue")
                .longValue());
        // the most a repayment takes today: what is due and the principal left, not the interest ahead
        BigDecimal owed = new BigDecimal(after.getJsonObject("loan").getString("outstanding"));
        BigDecimal most = payable(paidSchedule, today);
        assertTrue(most.compareTo(owed) < 0, most + " < " + owed);
        Reply over = money(id, "repayments", most.add(new BigDecimal("0.01")).toPlainString(), today, null, CLERK);
        assertProblem(over, 422, "rule.financing.repayment.exceeds");
        assertTrue(over.json().getString("detail").contains(String.format("%,.2f", most)), over.body());

        Reply early = money(id, "repayments", most.toPlainString(), today, null, CLERK);
        assertEquals(201, early.status(), early.body());
        assertTrue(early.json().getBoolean("early"), early.body());
        JsonObject repaid = loan(id).getJsonObject("loan");
        assertEquals("REPAID", repaid.getString("status"));
        assertEquals("0.00", repaid.getString("outstanding"));
        assertEquals("NORMAL", repaid.getString("classification"));
    }

    @Test
    void anEarlyRepaymentOfPrincipalGeneratesTheRemainingInstalmentsAgainExactlyAndOnce() {
        LocalDate today = BureauClock.today();
        long application = approvedApplication("1200000.00");
        Reply created = disburse(application, "1200000.00", today.minusMonths(2), 12, "EQUAL_PRINCIPAL", CLERK);
        assertEquals(201, created.status(), created.body());
        long id = loanId(created);
        JsonArray before = created.json().getJsonArray("schedule");
        assertProblem(money(id, "prepayments", "500000.00", today, null, CLERK), 422, "rule.financing.prepayment.dueFirst");
        String due = created.json().getJsonObject("loan").getString("overdue");
        BigDecimal dueByToday = before.stream().map(JsonObject.class::cast)
                .filter(i -> !LocalDate.parse(i.getString("dueOn")).isAfter(today))
                .map(i -> new BigDecimal(i.getString("total"))).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(201, money(id, "repayments", dueByToday.toPlainString(), today, null, CLERK).status(), due);
        int paid = (int) before.stream().map(JsonObject.class::cast)
                .filter(i -> !LocalDate.parse(i.getString("dueOn")).isAfter(today)).count();

        String key = "prepay-" + UUID.randomUUID();
        Reply prepaid = money(id, "prepayments", "500000.00", today, key, CLERK);
        assertEquals(201, prepaid.status(), prepaid.body());
        assertTrue(prepaid.json().getBoolean("early"), prepaid.body());
        assertEquals("500000.00", prepaid.json().getString("principalPart"));
        assertEquals("0.00", prepaid.json().getString("interestPart"));
        assertTrue(prepaid.header("Location").endsWith("/financing/loans/" + id + "/repayments/" + id(prepaid)),
                prepaid.header("Location"));
        Reply retried = money(id, "prepayments", "500000.00", today, key, CLERK);
        assertEquals("true", retried.header("Idempotent-Replayed"));
        assertEquals(id(prepaid), id(retried));

        JsonObject after = loan(id);
        assertEquals(2, after.getJsonArray("repayments").size(), "the retry recorded nothing");
        JsonArray schedule = after.getJsonArray("schedule");
        assertEquals(12, schedule.size());
        for (int i = 0; i < paid; i++) {
            assertEquals(before.getJsonObject(i).getString("principal"), schedule.getJsonObject(i).getString("principal"));
            assertEquals(before.getJsonObject(i).getString("interest"), schedule.getJsonObject(i).getString("interest"));
        }
        BigDecimal left = new BigDecimal("1200000.00").subtract(new BigDecimal("100000.00").multiply(
                BigDecimal.valueOf(paid))).subtract(new BigDecimal("500000.00"));
        int rest = 12 - paid;
        BigDecimal each = left.divide(BigDecimal.valueOf(rest), 2, java.math.RoundingMode.HALF_UP);
        for (int i = paid; i < 11; i++) {
            assertEquals(each.toPlainString(), schedule.getJsonObject(i).getString("principal"), "instalment " + (i + 1));
            assertEquals(before.getJsonObject(i).getString("dueOn"), schedule.getJsonObject(i).getString("dueOn"));
        }
        assertEquals(left.subtract(each.multiply(BigDecimal.valueOf(rest - 1))).toPlainString(),
                schedule.getJsonObject(11).getString("principal"), "the last takes the rounding");
        assertEquals(left.multiply(new BigDecimal("0.003625")).setScale(2, java.math.RoundingMode.HALF_UP).toPlainString(),
                schedule.getJsonObject(paid).getString("interest"), "4.35 % a year on what is left");
        BigDecimal principals = schedule.stream().map(JsonObject.class::cast)
                .map(i -> new BigDecimal(i.getString("principal"))).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(new BigDecimal("1200000.00"), principals.add(new BigDecimal("500000.00")), "exact to the fen");

        assertProblem(money(id, "prepayments", left.add(new BigDecimal("0.01")).toPlainString(), today, null, CLERK),
                422, "rule.financing.prepayment.exceeds");
        assertEquals(201, money(id, "prepayments", left.toPlainString(), today, null, CLERK).status());
        JsonObject repaid = loan(id);
        assertEquals("REPAID", repaid.getJsonObject("loan").getString("status"));
        assertEquals(paid, repaid.getJsonArray("schedule").size());
    }

    @Test
    void aRepaymentBeyondWhatIsDuePaysThatThenRepaysPrincipalEarlyWithoutTheInterestAhead() {
        LocalDate today = BureauClock.today();
        long application = approvedApplication("1200000.00");
        Reply created = disburse(application, "1200000.00", today.minusMonths(2), 12, "EQUAL_PRINCIPAL", CLERK);
        assertEquals(201, created.status(), created.body());
        long id = loanId(created);
        List<JsonObject> before = created.json().getJsonArray("schedule").stream().map(JsonObject.class::cast).toList();
        List<JsonObject> due = before.stream().filter(i -> !LocalDate.parse(i.getString("dueOn")).isAfter(today)).toList();
        int paid = due.size();
        assertTrue(paid > 0, before.toString());
        BigDecimal dueByToday = sum(due, "total");
        BigDecimal ahead = new BigDecimal("500000.00");

        String key = "overpay-" + UUID.randomUUID();
        String amount = dueByToday.add(ahead).toPlainString();
        Reply repaid = money(id, "repayments", amount, today, key, CLERK);
        assertEquals(201, repaid.status(), repaid.body());
        JsonObject repayment = repaid.json();
        assertEquals(amount, repayment.getString("amount"));
        assertEquals(sum(due, "interest").setScale(2).toPlainString(), repayment.getString("interestPart"),
                "the interest of what was due, none ahead");
        assertEquals(sum(due, "principal").add(ahead).setScale(2).toPlainString(), repayment.getString("principalPart"));
        assertTrue(repayment.getBoolean("early"), repaid.body());
        Reply retried = money(id, "repayments", amount, today, key, CLERK);
        assertEquals("true", retried.header("Idempotent-Replayed"));
        assertEquals(id(repaid), id(retried));

        JsonObject after = loan(id);
        assertEquals(1, after.getJsonArray("repayments").size(), "the retry recorded nothing");
        JsonArray schedule = after.getJsonArray("schedule");
        assertEquals(12, schedule.size());
        BigDecimal left = new BigDecimal("1200000.00").subtract(new BigDecimal("100000.00").multiply(
                BigDecimal.valueOf(paid))).subtract(ahead);
        int rest = 12 - paid;
        BigDecimal each = left.divide(BigDecimal.valueOf(rest), 2, java.math.RoundingMode.HALF_UP);
        for (int i = 0; i < 12; i++) {
            JsonObject line = schedule.getJsonObject(i);
            assertEquals(before.get(i).getString("dueOn"), line.getString("dueOn"));
            if (i < paid) {
                assertEquals(today.toString(), line.getString("settledOn"), "instalment " + (i + 1));
                assertEquals(before.get(i).getString("interest"), line.getString("interest"));
            } else {
                assertEquals("0.00", line.getString("interestPaid"), "no interest paid ahead on " + (i + 1));
                assertEquals("0.00", line.getString("principalPaid"));
                if (i < 11) {
                    assertEquals(each.toPlainString(), line.getString("principal"), "instalment " + (i + 1));
                }
            }
        }
        assertEquals(left.subtract(each.multiply(BigDecimal.valueOf(rest - 1))).toPlainString(),
                schedule.getJsonObject(11).getString("principal"), "the last takes the rounding");
        assertEquals(left.multiply(new BigDecimal("0.003625")).setScale(2, java.math.RoundingMode.HALF_UP).toPlainString(),
                schedule.getJsonObject(paid).getString("interest"), "4.35 % a year on what is left");
        assertEquals(new BigDecimal("1200000.00"), sum(schedule.stream().map(JsonObject.class::cast).toList(), "principal")
                .add(ahead), "exact to the fen");
        assertEquals(left.setScale(2), payable(schedule, today), "the principal left is what settles the loan today");
    }

    @Test
    void theBandsOfTheSettingsClassify() {
        JsonObject settings = Api.get("/api/v1/financing/settings").json();
        assertEquals(1, settings.getInt("specialMentionFrom"));
        assertEquals(361, settings.getInt("lossFrom"));
        LocalDate today = BureauClock.today();
        long application = approvedApplication("300000.00");
        long id = loanId(disburse(application, "300000", today.minusMonths(14), 12, "INTEREST_ONLY", CLERK));
        JsonObject row = loan(id).getJsonObject("loan");
        long days = row.getJsonNumber("daysPastDue").longValue();
        assertTrue(days >= 365, row.toString());
        assertEquals("LOSS", row.getString("classification"));
        String template = """
                {"version":%d,"standardMultiple":%d,"smallMicroMultiple":%d,"standardSinglePercent":%s,
                 "smallMicroSinglePercent":%s,"specialMentionFrom":%d,"substandardFrom":%d,"doubtfulFrom":%d,"lossFrom":%d}""";
        Reply changed = send("PUT", "/api/v1/financing/settings", template.formatted(settings.getInt("version"),
                settings.getInt("standardMultiple"), settings.getInt("smallMicroMultiple"),
                settings.getString("standardSinglePercent"), settings.getString("smallMicroSinglePercent"),
                10, 20, days, days + 1), Api.CITY_RW);
        assertEquals(200, changed.status(), changed.body());
        try {
            assertEquals("DOUBTFUL", loan(id).getJsonObject("loan").getString("classification"));
            assertProblem(send("PUT", "/api/v1/financing/settings", template.formatted(
                    changed.json().getInt("version"), settings.getInt("standardMultiple"),
                    settings.getInt("smallMicroMultiple"), settings.getString("standardSinglePercent"),
                    settings.getString("smallMicroSinglePercent"), 10, 20, 20, 30), Api.CITY_RW), 422,
                    "rule.financing.settings.bands");
        } finally {
            Reply restored = send("PUT", "/api/v1/financing/settings", template.formatted(
                    Api.get("/api/v1/financing/settings").json().getInt("version"), settings.getInt("standardMultiple"),
                    settings.getInt("smallMicroMultiple"), settings.getString("standardSinglePercent"),
                    settings.getString("smallMicroSinglePercent"), 1, 91, 181, 361), Api.CITY_RW);
            assertEquals(200, restored.status(), restored.body());
        }
    }

    @Test
    void compensationThenRecoveriesCappedAtWhatIsOutstandingThenAWriteOffByAnotherHand() {
        LocalDate today = BureauClock.today();
        long application = approvedApplication("500000.00");
        long id = loanId(disburse(application, "500000", today.minusMonths(3), 12, "INTEREST_ONLY", CLERK));
        String compensationKey = "comp-" + UUID.randomUUID();
        Reply compensated = money(id, "compensation", "200000.00", today, compensationKey, CLERK);
        assertEquals(201, compensated.status(), compensated.body());
        assertEquals("200000.00", compensated.json().getString("outstanding"));
        assertEquals("true", money(id, "compensation", "200000.00", today, compensationKey, CLERK)
                .header("Idempotent-Replayed"));
        assertEquals("COMPENSATED", loan(id).getJsonObject("loan").getString("status"));
        assertProblem(money(id, "repayments", "100.00", today, null, CLERK), 422, "rule.financing.loan.notActive");

        String key = "recov-" + UUID.randomUUID();
        Reply recovered = money(id, "recoveries", "150000.00", today, key, CLERK);
        assertEquals(201, recovered.status(), recovered.body());
        Reply again = money(id, "recoveries", "150000.00", today, key, CLERK);
        assertEquals(id(recovered), id(again));
        assertEquals("true", again.header("Idempotent-Replayed"));
        JsonObject compensation = Api.get("/api/v1/financing/loans/" + id + "/compensation").json();
        assertEquals("150000.00", compensation.getString("recovered"));
        assertEquals("50000.00", compensation.getString("outstanding"));
        assertEquals(1, compensation.getJsonArray("recoveries").size());

        Reply capped = money(id, "recoveries", "50000.01", today, null, CLERK);
        assertProblem(capped, 422, "rule.financing.recovery.cap");
        assertTrue(capped.json().getString("detail").contains("50,000.00"), capped.body());

        Reply prepared = send("POST", "/api/v1/financing/loans/" + id + "/write-off",
                "{\"version\":" + compensation.getInt("version") + ",\"reasons\":\"企业已破产清算，余额无法收回\"}", CLERK);
        assertEquals(200, prepared.status(), prepared.body());
        assertEquals("WRITE_OFF_PREPARED", prepared.json().getString("status"));
        assertEquals("50000.00", prepared.json().getString("writeOffAmount"));
        String step = "{\"version\":" + prepared.json().getInt("version") + "}";
        assertProblem(send("POST", "/api/v1/financing/loans/" + id + "/write-off/approval", step, CLERK), 422,
                "rule.financing.writeOff.ownPreparation");
        assertProblem(money(id, "recoveries", "1.00", today, null, CLERK), 422, "rule.financing.recovery.notNow");
        Reply approved = send("POST", "/api/v1/financing/loans/" + id + "/write-off/approval", step, LEADER);
        assertEquals(200, approved.status(), approved.body());
        assertEquals("CLOSED", approved.json().getString("status"));
        assertEquals("50000.00", approved.json().getString("writtenOff"));
        assertEquals("0.00", approved.json().getString("outstanding"));
        assertFalse(approved.json().getString("decidedBy").equals(approved.json().getString("preparedBy")));
    }

    @Test
    void racingRecoveriesTakeExactlyWhatIsOutstanding() throws Exception {
        LocalDate today = BureauClock.today();
        long application = approvedApplication("400000.00");
        long id = loanId(disburse(application, "400000", today.minusMonths(2), 6, "EQUAL_PRINCIPAL", CLERK));
        assertEquals(201, money(id, "compensation", "100000.00", today, null, CLERK).status());
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(RACERS);
        List<Reply> answered = new ArrayList<>();
        try {
            List<Future<Reply>> replies = new ArrayList<>();
            for (int i = 0; i < RACERS; i++) {
                Callable<Reply> clerk = () -> {
                    start.await();
                    return money(id, "recoveries", "40000.00", today, null, CLERK);
                };
                replies.add(pool.submit(clerk));
            }
            start.countDown();
            for (Future<Reply> reply : replies) {
                answered.add(reply.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(2, answered.stream().filter(r -> r.status() == 201).count(),
                answered.stream().map(Reply::body).toList().toString());
        answered.stream().filter(r -> r.status() != 201)
                .forEach(r -> assertProblem(r, 422, "rule.financing.recovery.cap"));
        JsonObject compensation = Api.get("/api/v1/financing/loans/" + id + "/compensation").json();
        assertEquals("80000.00", compensation.getString("recovered"));
        assertEquals("20000.00", compensation.getString("outstanding"));
    }

    @Test
    void aCountySeesAndMovesMoneyOnlyOnItsOwnLoans() {
        JsonObject cityList = Api.get("/api/v1/financing/loans?countyId=" + TestData.COUNTY_LINJIANG + "&size=200").json();
        assertFalse(cityList.getJsonArray("items").isEmpty(), "the demo has loans in 临江县: " + cityList);
        JsonObject theirs = cityList.getJsonArray("items").getJsonObject(0);
        assertEquals("临江县", theirs.getJsonObject("county").getString("name"));
        long id = theirs.getJsonNumber("id").longValue();
        assertEquals(200, Api.get("/api/v1/financing/loans/" + id).status());
        assertEquals(404, Api.get("/api/v1/financing/loans/" + id, null, LEADER).status());
        assertProblem(money(id, "repayments", "100.00", BureauClock.today(), null, LEADER), 404, "not-found");
        assertProblem(money(id, "recoveries", "100.00", BureauClock.today(), null, LEADER), 404, "not-found");
        JsonObject list = Api.get("/api/v1/financing/loans?size=200", null, LEADER).json();
        assertTrue(list.getJsonArray("items").stream().map(JsonObject.class::cast)
                .allMatch(l -> l.getJsonObject("county").getString("name").equals("云岭县")), list.toString());
        assertEquals(403, Api.get("/api/v1/financing/loans?countyId=" + TestData.COUNTY_LINJIANG, null, LEADER).status());
        assertProblem(disburse(theirs.getJsonNumber("applicationId").longValue(), "1000", BureauClock.today(), 3,
                "EQUAL_PRINCIPAL", LEADER), 404, "not-found");
    }

    @Test
    void aLoanNeedsAGuaranteeInForce() {
        long guarantor = FinancingApiIT.guarantor("STANDARD", "50000000");
        long bank = FinancingApiIT.bank();
        Reply submitted = FinancingApiIT.submit(FinancingApiIT.enterprise(TestData.TOWNSHIP_CHASHAN), bank, guarantor,
                "500000", CLERK);
        assertProblem(disburse(id(submitted), "500000", BureauClock.today(), 12, "EQUAL_PRINCIPAL", CLERK), 422,
                "rule.financing.loan.guaranteeNotActive");
    }
}
