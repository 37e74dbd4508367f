package cn.kejiju.workbench.financing;

import cn.kejiju.workbench.Api;
import cn.kejiju.workbench.Api.Reply;
import cn.kejiju.workbench.BureauClock;
import cn.kejiju.workbench.Deployments;
import cn.kejiju.workbench.TestData;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The financing module through the API: the approval race against a nearly full quota (exactly the
 * approvals that fit succeed, the others change nothing), the liability and one-enterprise limits with
 * related parties, maker-checker, files before the committee, and county isolation. Applications are in
 * 云岭县, prepared with the city's token and decided with 云岭县's (another caller).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FinancingApiIT {

    private static final String PROBLEM = "application/problem+json";
    private static final String PREPARER = Api.CITY_RW;
    private static final String DECIDER = Api.YUNLING_RW;
    private static final int LEADERS = 8;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    static Reply send(String method, String path, String json, String token) {
        return Api.send(Api.request(path, token).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build());
    }

    static long id(Reply reply) {
        return reply.json().getJsonNumber("id").longValue();
    }

    static long version(Reply reply) {
        return reply.json().getJsonNumber("version").longValue();
    }

    static long guarantor(String category, String netAssets) {
        Reply created = Api.post("/api/v1/financing/partners", """
                {"kind":"GUARANTOR","name":"%s","category":"%s","netAssets":%s,"netAssetsOn":"2025-12-31"}
                """.formatted(TestData.uniqueName("测试担保"), category, netAssets));
        assertEquals(201, created.status(), created.body());
        return id(created);
    }

    static long bank() {
        Reply created = Api.post("/api/v1/financing/partners",
                "{\"kind\":\"BANK\",\"name\":\"" + TestData.uniqueName("测试银行") + "\"}");
        assertEquals(201, created.status(), created.body());
        return id(created);
    }

    static long agreement(long guarantor, long bank, String quota) {
        int year = BureauClock.today().getYear();
        Reply signed = Api.post("/api/v1/financing/agreements", """
                {"guarantorId":%d,"counterpartyId":%d,"quota":%s,"validFrom":"%d-01-01","validTo":"%d-12-31"}
                """.formatted(guarantor, bank, quota, year - 1, year + 1));
        assertEquals(201, signed.status(), signed.body());
        return id(signed);
    }

    static long enterprise(long township) {
        Reply created = Api.post("/api/v1/enterprises", TestData.enterpriseJson(TestData.creditCode(),
                TestData.uniqueName("融资企业"), township));
        assertEquals(201, created.status(), created.body());
        return id(created);
    }

    static Reply upload(long application, String fileName, byte[] bytes, String token) {
        String boundary = "----fin" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(bytes);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return Api.send(Api.request("/api/v1/financing/applications/" + application + "/files", token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }

    static Reply submit(long enterprise, long bank, long guarantor, String amount, String token) {
        return send("POST", "/api/v1/financing/applications", """
                {"enterpriseId":%d,"productCode":"GUARANTEED","amount":%s,"termMonths":12,"purpose":"购置研发设备",
                 "bankId":%d,"guarantorId":%d}
                """.formatted(enterprise, amount, bank, guarantor), token);
    }

    static Reply step(long id, String path, String extra, String token, long version) {
        return send(path.equals("diligence-notes") ? "PUT" : "POST",
                "/api/v1/financing/applications/" + id + "/" + (path.equals("diligence-notes") ? "diligence" : path),
                "{\"version\":" + version + extra + "}", token);
    }

    static Reply ok(Reply reply) {
        assertEquals(200, reply.status(), reply.body());
        return reply;
    }

    /** An application of the enterprise through due diligence (with a file) to the committee, one opinion recorded. */
    static Reply beforeCommittee(long enterprise, long bank, long guarantor, String amount) {
        Reply submitted = submit(enterprise, bank, guarantor, amount, PREPARER);
        assertEquals(201, submitted.status(), submitted.body());
        long id = id(submitted);
        Reply r = ok(step(id, "diligence", "", PREPARER, version(submitted)));
        r = ok(step(id, "diligence-notes", ",\"notes\":\"经营稳定，反担保充足\"", PREPARER, version(r)));
        assertEquals(201, upload(id, "财务报表.png", TestData.png(), PREPARER).status());
        r = ok(step(id, "committee", "", PREPARER, version(r)));
        return ok(step(id, "opinions", ",\"member\":\"张委员\",\"vote\":\"FOR\"", PREPARER, version(r)));
    }

    /** An application of the enterprise through diligence and committee, its approval prepared by the city. */
    static Reply prepared(long enterprise, long bank, long guarantor, long agreement, String amount) {
        Reply r = beforeCommittee(enterprise, bank, guarantor, amount);
        long id = id(r);
        int year = BureauClock.today().getYear();
        return ok(step(id, "decision", """
                ,"outcome":"APPROVE","cooperationId":%d,"guaranteeAmount":%s,"feeRate":1.5,
                "startDate":"%d-01-01","endDate":"%d-12-31",
                "counterGuarantees":[{"kind":"PROPERTY","description":"厂房抵押","value":2000000},
                                     {"kind":"PERSONAL","description":"法定代表人连带责任保证","value":0}]
                """.formatted(agreement, amount, year, year), PREPARER, version(r)));
    }

    static Reply approve(Reply prepared, String token) {
        return step(id(prepared), "approval", "", token, version(prepared));
    }

    static void assertProblem(Reply reply, int status, String type) {
        assertEquals(status, reply.status(), reply.body());
        assertTrue(reply.header("Content-Type").startsWith(PROBLEM), reply.header("Content-Type"));
        assertTrue(reply.json().getString("type").endsWith(type), reply.body());
    }

    @Test
    void concurrentApprovalsAgainstANearlyFullQuotaTakeExactlyWhatFits() throws Exception {
        long guarantor = guarantor("STANDARD", "100000000");
        long bank = bank();
        long agreement = agreement(guarantor, bank, "5000000.00");
        List<Reply> prepared = new ArrayList<>();
        for (int i = 0; i < LEADERS; i++) {
            prepared.add(prepared(enterprise(TestData.TOWNSHIP_CHASHAN), bank, guarantor, agreement, "1000000.00"));
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(LEADERS);
        List<Reply> answered = new ArrayList<>();
        try {
            List<Future<Reply>> replies = new ArrayList<>();
            for (Reply application : prepared) {
                Callable<Reply> leader = () -> {
                    start.await();
                    return approve(application, DECIDER);
                };
                replies.add(pool.submit(leader));
            }
            start.countDown();
            for (Future<Reply> reply : replies) {
                answered.add(reply.get());
            }
        } finally {
            pool.shutdownNow();
        }
        List<Reply> approved = answered.stream().filter(r -> r.status() == 200).toList();
        assertEquals(5, approved.size(), answered.stream().map(Reply::body).toList().toString());
        for (Reply refused : answered) {
            if (refused.status() != 200) {
                assertProblem(refused, 422, "rule.financing.limit.quota");
                String detail = refused.json().getString("detail");
                assertTrue(detail.contains("5,000,000.00") && detail.contains("缺口 1,000,000.00"), detail);
            }
        }
        JsonObject used = Api.get("/api/v1/financing/agreements/" + agreement).json();
        assertEquals("5000000.00", used.getString("used"));
        assertEquals("0.00", used.getString("headroom"));
        JsonObject partner = Api.get("/api/v1/financing/partners/" + guarantor).json();
        assertEquals("5000000.00", partner.getString("inForce"));
        for (int i = 0; i < LEADERS; i++) {
            JsonObject application = Api.get("/api/v1/financing/applications/" + id(prepared.get(i))).json();
            boolean won = answered.get(i).status() == 200;
            assertEquals(won ? "APPROVED" : "AWAITING_DECISION", application.getString("status"));
            assertEquals(won ? "ACTIVE" : "PROPOSED", application.getJsonObject("guarantee").getString("status"));
            assertEquals("15000.00", application.getJsonObject("guarantee").getString("annualFee"));
            assertEquals("2000000.00", application.getJsonObject("guarantee").getString("counterValue"));
        }
        JsonObject limits = Api.get("/api/v1/financing/applications/" + id(prepared.get(
                answered.indexOf(answered.stream().filter(r -> r.status() != 200).findFirst().orElseThrow())))
                + "/limits").json();
        JsonObject quota = limits.getJsonArray("items").getJsonObject(0);
        assertEquals("QUOTA", quota.getString("kind"));
        assertEquals("1000000.00", quota.getString("shortfall"));
        assertFalse(quota.getBoolean("passes"));
    }

    @Test
    void oneEnterpriseWithItsRelatedPartiesIsCappedAtItsShareToTheFen() {
        long guarantor = guarantor("STANDARD", "10000000"); // one enterprise: 10 % = 1,000,000.00
        long bank = bank();
        long agreement = agreement(guarantor, bank, "900000000");
        long parent = enterprise(TestData.TOWNSHIP_CHASHAN);
        long subsidiary = enterprise(TestData.TOWNSHIP_CHASHAN);
        long stranger = enterprise(TestData.TOWNSHIP_CHASHAN);
        Reply linked = Api.post("/api/v1/financing/enterprises/" + parent + "/related-parties",
                "{\"relatedId\":" + subsidiary + ",\"relation\":\"母子公司\"}");
        assertEquals(201, linked.status(), linked.body());
        ok(approve(prepared(parent, bank, guarantor, agreement, "600000.00"), DECIDER));

        Reply refused = approve(prepared(subsidiary, bank, guarantor, agreement, "400000.01"), DECIDER);
        assertProblem(refused, 422, "rule.financing.limit.single_enterprise");
        String detail = refused.json().getString("detail");
        assertTrue(detail.contains("剩余 400,000.00") && detail.contains("缺口 0.01"), detail);
        assertEquals("amount", refused.json().getJsonArray("errors").getJsonObject(0).getString("field"));

        ok(approve(prepared(subsidiary, bank, guarantor, agreement, "400000.00"), DECIDER));
        ok(approve(prepared(stranger, bank, guarantor, agreement, "1000000.00"), DECIDER));
    }

    @Test
    void outstandingLiabilityStaysWithinTheMultipleOfNetAssets() {
        JsonObject settings = Api.get("/api/v1/financing/settings").json();
        String restore = """
                {"version":%d,"standardMultiple":%d,"smallMicroMultiple":%d,"standardSinglePercent":%s,
                 "smallMicroSinglePercent":%s}""";
        Reply changed = send("PUT", "/api/v1/financing/settings", restore.formatted(version(Api.get(
                "/api/v1/financing/settings")), 1, 15, "100", "15"), Api.CITY_RW);
        assertEquals(200, changed.status(), changed.body());
        try {
            long guarantor = guarantor("STANDARD", "1000000"); // liability limit 1 × net assets
            long bank = bank();
            long agreement = agreement(guarantor, bank, "900000000");
            ok(approve(prepared(enterprise(TestData.TOWNSHIP_CHASHAN), bank, guarantor, agreement, "600000.00"), DECIDER));
            Reply refused = approve(prepared(enterprise(TestData.TOWNSHIP_CHASHAN), bank, guarantor, agreement,
                    "600000.00"), DECIDER);
            assertProblem(refused, 422, "rule.financing.limit.liability");
            String detail = refused.json().getString("detail");
            assertTrue(detail.contains("剩余 400,000.00") && detail.contains("缺口 200,000.00"), detail);
        } finally {
            Reply restored = send("PUT", "/api/v1/financing/settings", restore.formatted(
                    version(Api.get("/api/v1/financing/settings")), settings.getInt("standardMultiple"),
                    settings.getInt("smallMicroMultiple"), settings.getString("standardSinglePercent"),
                    settings.getString("smallMicroSinglePercent")), Api.CITY_RW);
            assertEquals(200, restored.status(), restored.body());
        }
    }

    @Test
    void whoPreparedTheDecisionCannotTakeIt() {
        long guarantor = guarantor("SMALL_MICRO", "50000000");
        long bank = bank();
        long agreement = agreement(guarantor, bank, "100000000");
        Reply prepared = prepared(enterprise(TestData.TOWNSHIP_CHASHAN), bank, guarantor, agreement, "800000.00");
        Reply own = approve(prepared, PREPARER);
        assertProblem(own, 422, "rule.financing.application.ownPreparation");
        assertTrue(own.json().getString("detail").contains("审贷分离"), own.body());
        assertProblem(step(id(prepared), "rejection", ",\"reasons\":\"不同意\"", PREPARER, version(prepared)), 422,
                "rule.financing.application.ownPreparation");
        JsonObject approved = ok(approve(prepared, DECIDER)).json();
        assertEquals("APPROVED", approved.getString("status"));
        assertFalse(approved.getString("decidedBy").equals(approved.getString("preparedBy")));
    }

    @Test
    void aLeaderRejectsWithReasonsAndTheProposedGuaranteeIsDropped() {
        long guarantor = guarantor("STANDARD", "50000000");
        long bank = bank();
        long agreement = agreement(guarantor, bank, "100000000");
        Reply prepared = prepared(enterprise(TestData.TOWNSHIP_CHASHAN), bank, guarantor, agreement, "800000.00");
        assertProblem(step(id(prepared), "rejection", "", DECIDER, version(prepared)), 422, "rule.field.required");
        JsonObject rejected = ok(step(id(prepared), "rejection", ",\"reasons\":\"反担保不足\"", DECIDER,
                version(prepared))).json();
        assertEquals("REJECTED", rejected.getString("status"));
        assertEquals("反担保不足", rejected.getString("reasons"));
        assertEquals("DROPPED", rejected.getJsonObject("guarantee").getString("status"));
        assertEquals("0.00", Api.get("/api/v1/financing/agreements/" + agreement).json().getString("used"));
    }

    @Test
    void filesComeBeforeTheCommitteeAndAreServedBack() {
        long guarantor = guarantor("STANDARD", "50000000");
        long bank = bank();
        Reply submitted = submit(enterprise(TestData.TOWNSHIP_CHASHAN), bank, guarantor, "500000", PREPARER);
        long id = id(submitted);
        Reply r = ok(step(id, "diligence", "", PREPARER, version(submitted)));
        r = ok(step(id, "diligence-notes", ",\"notes\":\"实地走访\"", PREPARER, version(r)));
        assertProblem(step(id, "committee", "", PREPARER, version(r)), 422, "rule.financing.application.filesMissing");
        assertProblem(upload(id, "报表.exe", "MZ not a picture".getBytes(StandardCharsets.UTF_8), PREPARER), 422,
                "rule.evidence.type");
        byte[] png = TestData.png();
        Reply uploaded = upload(id, "扫描件/现场照片.png", png, PREPARER);
        assertEquals(201, uploaded.status(), uploaded.body());
        assertEquals("现场照片.png", uploaded.json().getString("fileName"));
        Reply download = Api.send(Api.request("/api/v1/" + uploaded.json().getString("href"), DECIDER)
                .header("Accept", "*/*").GET().build());
        assertEquals(200, download.status());
        assertEquals("image/png", download.header("Content-Type"));
        assertEquals(1, Api.get("/api/v1/financing/applications/" + id + "/files").json().getJsonArray("items").size());
        r = ok(step(id, "committee", "", PREPARER, version(r)));
        assertProblem(upload(id, "晚到.png", png, PREPARER), 422, "rule.financing.application.notNow");
        assertProblem(step(id, "committee", "", PREPARER, version(r) - 1), 409, "conflict.record.staleVersion");
    }

    @Test
    void aCountySeesAndChangesOnlyItsOwnApplications() {
        long guarantor = guarantor("STANDARD", "50000000");
        long bank = bank();
        long linjiang = enterprise(TestData.TOWNSHIP_CHENGGUAN);
        Reply theirs = submit(linjiang, bank, guarantor, "500000", Api.CITY_RW);
        assertEquals(201, theirs.status(), theirs.body());
        assertEquals("临江县", theirs.json().getJsonObject("county").getString("name"));
        assertEquals(404, Api.get("/api/v1/financing/applications/" + id(theirs), null, DECIDER).status());
        assertProblem(step(id(theirs), "diligence", "", DECIDER, version(theirs)), 404, "not-found");
        assertProblem(submit(linjiang, bank, guarantor, "500000", DECIDER), 422,
                "rule.financing.application.enterpriseUnknown");
        JsonObject list = Api.get("/api/v1/financing/applications?size=200", null, DECIDER).json();
        assertTrue(list.getJsonArray("items").stream().map(JsonObject.class::cast)
                .allMatch(a -> a.getJsonObject("county").getString("name").equals("云岭县")), list.toString());
        assertEquals(403, Api.get("/api/v1/financing/applications?countyId=" + TestData.COUNTY_LINJIANG, null, DECIDER)
                .status());
        JsonObject cityList = Api.get("/api/v1/financing/applications?countyId=" + TestData.COUNTY_LINJIANG).json();
        assertTrue(cityList.getJsonArray("items").stream().map(JsonObject.class::cast)
                .anyMatch(a -> a.getJsonNumber("id").longValue() == id(theirs)), cityList.toString());
        assertProblem(send("POST", "/api/v1/financing/partners", "{\"kind\":\"BANK\",\"name\":\""
                + TestData.uniqueName("县级银行") + "\"}", DECIDER), 403, "forbidden.outside-county");
    }

    @Test
    void moneyIsExactAndDecimalStrings() {
        long guarantor = guarantor("SMALL_MICRO", "123456789.01");
        JsonObject partner = Api.get("/api/v1/financing/partners/" + guarantor).json();
        assertEquals("123456789.01", partner.getString("netAssets"));
        assertEquals("1851851835.15", partner.getString("liabilityCap"));
        assertEquals(15, partner.getInt("multiple"));
        Reply fraction = Api.post("/api/v1/financing/partners", """
                {"kind":"GUARANTOR","name":"%s","category":"STANDARD","netAssets":1.001,"netAssetsOn":"2025-12-31"}
                """.formatted(TestData.uniqueName("分担保")));
        assertProblem(fraction, 422, "rule.financing.amount.fen");
    }
}
