package cn.kejiju.workbench.enterprise;

import cn.kejiju.workbench.Api;
import cn.kejiju.workbench.Api.Reply;
import cn.kejiju.workbench.Deployments;
import cn.kejiju.workbench.TestData;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static cn.kejiju.workbench.TestData.enterpriseJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The enterprise API as an integrator sees it, against the deployed EAR. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EnterpriseApiIT {

    private static final String PROBLEM = "application/problem+json";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private static JsonObject register(String name) {
        Reply created = Api.post("/api/v1/enterprises", enterpriseJson(TestData.creditCode(), name, TestData.TOWNSHIP_CHENGGUAN));
        assertEquals(201, created.status(), created.body());
        return created.json();
    }

    @Test
    void createAnswers201WithLocationAndMasksThePhone() {
        String code = TestData.creditCode();
        String name = TestData.uniqueName("测试电子");
        Reply created = Api.post("/api/v1/enterprises", enterpriseJson(code, name, TestData.TOWNSHIP_CHENGGUAN));

        assertEquals(201, created.status(), created.body());
        String location = created.header("Location");
        assertNotNull(location);
        Reply read = Api.get(location);
        assertEquals(200, read.status());
        JsonObject body = read.json();
        assertEquals(code, body.getString("creditCode"));
        assertEquals(name, body.getString("name"));
        assertEquals("138****5678", body.getString("contactPhone"));
        assertEquals("临江县", body.getJsonObject("county").getString("name"));
        assertEquals("城关镇", body.getJsonObject("township").getString("name"));
        assertTrue(body.getBoolean("highTech"));
    }

    @Test
    void duplicateCreditCodeIsAConflictNamingTheHolder() {
        String code = TestData.creditCode();
        String first = TestData.uniqueName("先登记");
        assertEquals(201, Api.post("/api/v1/enterprises", enterpriseJson(code, first, TestData.TOWNSHIP_CHENGGUAN)).status());

        Reply second = Api.post("/api/v1/enterprises", enterpriseJson(code, TestData.uniqueName("后登记"), TestData.TOWNSHIP_CHASHAN));

        assertEquals(409, second.status());
        assertProblem(second);
        assertTrue(second.json().getString("detail").contains(first), second.body());
        assertEquals("creditCode", second.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void wrongCheckCharacterIsRefusedNamingTheFieldAndTheExpectedCharacter() {
        String valid = TestData.creditCode();
        char wrong = valid.charAt(17) == '0' ? '1' : '0';
        String code = valid.substring(0, 17) + wrong;

        Reply reply = Api.post("/api/v1/enterprises", enterpriseJson(code, TestData.uniqueName("错码"), TestData.TOWNSHIP_CHENGGUAN));

        assertEquals(422, reply.status(), reply.body());
        JsonObject error = reply.json().getJsonArray("errors").getJsonObject(0);
        assertEquals("creditCode", error.getString("field"));
        assertTrue(error.getString("message").contains(String.valueOf(valid.charAt(17))), error.getString("message"));
        assertEquals(0, Api.get("/api/v1/enterprises?q=" + code).json().getInt("total"));
    }

    @Test
    void englishCallersGetEnglishMessages() {
        String code = TestData.creditCode().substring(0, 17) + "I";
        Reply reply = Api.send(Api.request("/api/v1/enterprises").header("Content-Type", "application/json")
                .header("Accept-Language", "en-US,en;q=0.8")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(enterpriseJson(code, "X", TestData.TOWNSHIP_CHENGGUAN)))
                .build());
        assertEquals(422, reply.status(), reply.body());
        assertTrue(reply.json().getString("detail").contains("not allowed"), reply.body());
    }

    @Test
    void malformedJsonIs400ProblemWithoutStackTrace() {
        Reply reply = Api.post("/api/v1/enterprises", "{\"creditCode\": \"91350100M000100Y43\", \"name\": ");
        assertEquals(400, reply.status(), reply.body());
        assertProblem(reply);
        assertTrue(!reply.body().contains("at cn.") && !reply.body().contains("Exception"), reply.body());

        Reply wrongType = Api.post("/api/v1/enterprises", "{\"townshipId\": \"ten\"}");
        assertEquals(400, wrongType.status(), wrongType.body());
    }

    @Test
    void missingFieldsAre400NamingEachField() {
        Reply reply = Api.post("/api/v1/enterprises", "{\"creditCode\": \"91350100M000100Y43\"}");
        assertEquals(400, reply.status(), reply.body());
        List<String> fields = reply.json().getJsonArray("errors").stream()
                .map(value -> value.asJsonObject().getString("field")).toList();
        assertTrue(fields.containsAll(List.of("name", "kind", "townshipId")), fields.toString());
    }

    @Test
    void aVillageIsNotATownship() {
        Reply reply = Api.post("/api/v1/enterprises", enterpriseJson(TestData.creditCode(), TestData.uniqueName("村企"), 11));
        assertEquals(422, reply.status(), reply.body());
        assertEquals("townshipId", reply.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void unknownIdIs404Problem() {
        Reply reply = Api.get("/api/v1/enterprises/987654321");
        assertEquals(404, reply.status());
        assertProblem(reply);
        assertEquals(404, reply.json().getInt("status"));
        assertEquals(404, Api.get("/api/v1/no-such-resource").status());
    }

    @Test
    void updateWithTheCurrentVersionSucceedsAndAStaleOneChangesNothing() {
        JsonObject created = register(TestData.uniqueName("版本"));
        long id = created.getJsonNumber("id").longValue();
        long version = created.getJsonNumber("version").longValue();
        String code = created.getString("creditCode");
        String renamed = TestData.uniqueName("改名后");

        Reply updated = Api.put("/api/v1/enterprises/" + id, withVersion(enterpriseJson(code, renamed, TestData.TOWNSHIP_CHASHAN), version));
        assertEquals(200, updated.status(), updated.body());
        assertEquals(version + 1, updated.json().getJsonNumber("version").longValue());
        assertEquals("云岭县", updated.json().getJsonObject("county").getString("name"));

        Reply stale = Api.put("/api/v1/enterprises/" + id, withVersion(enterpriseJson(code, "不该保存", TestData.TOWNSHIP_CHENGGUAN), version));
        assertEquals(409, stale.status(), stale.body());
        assertEquals(renamed, Api.get("/api/v1/enterprises/" + id).json().getString("name"));

        Reply noVersion = Api.put("/api/v1/enterprises/" + id, enterpriseJson(code, "没有版本", TestData.TOWNSHIP_CHENGGUAN));
        assertEquals(422, noVersion.status(), noVersion.body());
        assertEquals("version", noVersion.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void sendingBackTheMaskedPhoneKeepsTheStoredNumber() {
        JsonObject created = register(TestData.uniqueName("掩码"));
        long id = created.getJsonNumber("id").longValue();
        String body = enterpriseJson(created.getString("creditCode"), created.getString("name"), TestData.TOWNSHIP_CHENGGUAN)
                .replace("13812345678", "138****5678");
        Reply updated = Api.put("/api/v1/enterprises/" + id, withVersion(body, created.getJsonNumber("version").longValue()));
        assertEquals(200, updated.status(), updated.body());
        assertEquals("138****5678", updated.json().getString("contactPhone"));
    }

    @Test
    void twoSimultaneousUpdatesOfOneVersionLetExactlyOneWin() throws Exception {
        JsonObject created = register(TestData.uniqueName("并发"));
        long id = created.getJsonNumber("id").longValue();
        long version = created.getJsonNumber("version").longValue();
        String code = created.getString("creditCode");

        List<Integer> statuses = race(8, n -> Api.put("/api/v1/enterprises/" + id,
                withVersion(enterpriseJson(code, "并发写入" + n, TestData.TOWNSHIP_CHENGGUAN), version)).status());

        assertEquals(1, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
        assertEquals(statuses.size() - 1, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
        assertEquals(version + 1, Api.get("/api/v1/enterprises/" + id).json().getJsonNumber("version").longValue());
    }

    @Test
    void twoSimultaneousRegistrationsOfOneCodeLetExactlyOneWin() throws Exception {
        String code = TestData.creditCode();
        List<Integer> statuses = race(8, n -> Api.post("/api/v1/enterprises",
                enterpriseJson(code, "同码并发" + n, TestData.TOWNSHIP_CHENGGUAN)).status());

        assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
        assertEquals(statuses.size() - 1, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
    }

    @Test
    void deleteAnswers204ThenTheRecordIsGone() {
        JsonObject created = register(TestData.uniqueName("待删除"));
        long id = created.getJsonNumber("id").longValue();
        assertEquals(204, Api.delete("/api/v1/enterprises/" + id).status());
        assertEquals(404, Api.get("/api/v1/enterprises/" + id).status());
        assertEquals(404, Api.delete("/api/v1/enterprises/" + id).status());
    }

    @Test
    void listPagesFiltersAndSortsInTheDatabase() {
        String stem = TestData.uniqueName("分页");
        for (int i = 0; i < 5; i++) {
            register(stem + "-" + i);
        }
        Reply first = Api.get("/api/v1/enterprises?q=" + stem + "&size=2&sort=name&dir=desc");
        assertEquals(200, first.status(), first.body());
        JsonObject page = first.json();
        assertEquals(5, page.getInt("total"));
        assertEquals(2, page.getJsonArray("items").size());
        assertEquals(stem + "-4", page.getJsonArray("items").getJsonObject(0).getString("name"));

        JsonObject last = Api.get("/api/v1/enterprises?q=" + stem + "&size=2&page=2&sort=name&dir=desc").json();
        assertEquals(1, last.getJsonArray("items").size());
        assertEquals(stem + "-0", last.getJsonArray("items").getJsonObject(0).getString("name"));
        assertEquals(5, last.getInt("total"));

        JsonObject inOtherCounty = Api.get("/api/v1/enterprises?q=" + stem + "&jurisdictionId=3").json();
        assertEquals(0, inOtherCounty.getInt("total"));
        JsonObject highTech = Api.get("/api/v1/enterprises?q=" + stem + "&highTech=true&sme=true&kind=ENTERPRISE").json();
        assertEquals(5, highTech.getInt("total"));
    }

    @Test
    void demoDataIsThere() {
        JsonObject all = Api.get("/api/v1/enterprises?jurisdictionId=" + TestData.COUNTY_LINJIANG).json();
        assertTrue(all.getInt("total") >= 18, all.toString());
    }

    @Test
    void badPagingParametersAreRefused() {
        Reply tooBig = Api.get("/api/v1/enterprises?size=500");
        assertEquals(422, tooBig.status(), tooBig.body());
        assertEquals("size", tooBig.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(422, Api.get("/api/v1/enterprises?page=-1").status());
        assertEquals(422, Api.get("/api/v1/enterprises?dir=up").status());
        Reply notANumber = Api.get("/api/v1/enterprises?page=abc");
        assertEquals(400, notANumber.status(), notANumber.body());
        assertProblem(notANumber);
        assertEquals("page", notANumber.json().getJsonArray("errors").getJsonObject(0).getString("field"),
                "the parameter is named");
        assertFalse(notANumber.body().contains("Exception"), "no converter internals: " + notANumber.body());
        Reply unknownKind = Api.get("/api/v1/enterprises?kind=FACTORY");
        assertEquals(400, unknownKind.status(), unknownKind.body());
        assertFalse(unknownKind.body().contains("cn.kejiju"), "no class names: " + unknownKind.body());
        Reply sort = Api.get("/api/v1/enterprises?sort=password");
        assertEquals(422, sort.status(), sort.body());
        assertEquals("sort", sort.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    private static void assertProblem(Reply reply) {
        String type = reply.header("Content-Type");
        assertTrue(type != null && type.startsWith(PROBLEM), "problem details expected, got " + type);
    }

    private static String withVersion(String json, long version) {
        return json.strip().replaceFirst("}$", ",\"version\":" + version + "}");
    }

    interface Call {
        int run(int n) throws Exception;
    }

    /** Starts {@code n} calls at the same instant and collects their statuses. */
    private static List<Integer> race(int n, Call call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> futures = new java.util.ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                Callable<Integer> task = () -> {
                    start.await();
                    return call.run(index);
                };
                futures.add(pool.submit(task));
            }
            start.countDown();
            List<Integer> statuses = new java.util.ArrayList<>();
            for (Future<Integer> future : futures) {
                statuses.add(future.get());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }
}
