package cn.kejiju.workbench.incubator;

import cn.kejiju.workbench.Api;
import cn.kejiju.workbench.Api.Reply;
import cn.kejiju.workbench.BureauClock;
import cn.kejiju.workbench.Deployments;
import cn.kejiju.workbench.PageClient;
import cn.kejiju.workbench.TestData;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Entry applications and their expert review through the API (and the reviewers' own pages, where reviewers
 * score: the API takes no writes from a signed-in session): the workflow from draft to a letting that records
 * the application, the entry rule, scoring bounds and declines, the average and rank, a reviewer seeing only
 * their own assignments, county isolation and who may do what.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EntryApplicationApiIT {

    private static final String PROBLEM = "application/problem+json";
    private static final String PASSWORD = "Demo@2026";
    /** Demo reviewers: two of the city's pool, one of 临江县, one of 云岭县. */
    private static final long ZHANG = 50;
    private static final long LI = 51;
    private static final long LJ_REVIEWER = 53;
    private static final long YL_REVIEWER = 54;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private static long carrier(long county) {
        Reply created = Api.post("/api/v1/carriers", CarrierApiIT.carrierJson(county, TestData.uniqueName("入孵申请测试园")));
        assertEquals(201, created.status(), created.body());
        return created.json().getJsonNumber("id").longValue();
    }

    private static long enterprise(String stem) {
        Reply created = Api.post("/api/v1/enterprises", TestData.enterpriseJson(TestData.creditCode(),
                TestData.uniqueName(stem), TestData.TOWNSHIP_CHENGGUAN));
        assertEquals(201, created.status(), created.body());
        return created.json().getJsonNumber("id").longValue();
    }

    private static String applicationJson(long enterprise, long carrier, LocalDate founded) {
        return "{\"enterpriseId\":" + enterprise + ",\"carrierId\":" + carrier + ",\"unitKind\":\"OFFICE\","
                + "\"area\":\"120.50\",\"businessSummary\":\"显示驱动芯片研发\",\"technologyField\":\"电子信息\","
                + "\"foundedOn\":\"" + founded + "\"}";
    }

    private static JsonObject create(long enterprise, long carrier) {
        Reply created = Api.post("/api/v1/entry-applications",
                applicationJson(enterprise, carrier, BureauClock.today().minusMonths(6)));
        assertEquals(201, created.status(), created.body());
        assertTrue(created.header("Location").endsWith("/entry-applications/" + created.json().getJsonNumber("id")),
                created.header("Location"));
        return created.json();
    }

    private static JsonObject step(String path, String json) {
        Reply reply = Api.post(path, json);
        assertEquals(200, reply.status(), reply.body());
        return reply.json();
    }

    private static long version(JsonObject application) {
        return application.getJsonNumber("version").longValue();
    }

    /** A PDF's first bytes and some text: what the server takes for a PDF. */
    static final String PDF = "%PDF-1.7\n商业计划书 business plan\n";
    /** A PNG's signature followed by filler. */
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    /** Attaches a document of a kind (multipart/form-data with the parts kind and file). */
    static Reply attach(long applicationId, String kind, String fileName, String contentType, byte[] bytes, String token) {
        String boundary = "----wb" + Long.toHexString(System.nanoTime());
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\n" + kind + "\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(bytes);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return Api.send(Api.request("/api/v1/entry-applications/" + applicationId + "/files", token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }

    /** Attaches the documents every submission needs: the business plan and the licence. */
    static void attachRequired(long applicationId) {
        Reply plan = attach(applicationId, "BUSINESS_PLAN", "商业计划书.pdf", "application/pdf",
                PDF.getBytes(StandardCharsets.UTF_8), Api.CITY_RW);
        assertEquals(201, plan.status(), plan.body());
        Reply licence = attach(applicationId, "BUSINESS_LICENCE", "营业执照.png", "image/png", PNG, Api.CITY_RW);
        assertEquals(201, licence.status(), licence.body());
    }

    private static JsonObject submitted(long carrier) {
        JsonObject draft = create(enterprise("申请企业"), carrier);
        long id = draft.getJsonNumber("id").longValue();
        attachRequired(id);
        return step("/api/v1/entry-applications/" + id + "/submit", "{\"version\":" + version(draft) + "}");
    }

    private static JsonObject assign(JsonObject application, long... reviewers) {
        StringBuilder ids = new StringBuilder();
        for (long r : reviewers) {
            ids.append(ids.isEmpty() ? "" : ",").append(r);
        }
        return step("/api/v1/entry-applications/" + application.getJsonNumber("id") + "/reviewers",
                "{\"version\":" + version(application) + ",\"reviewerIds\":[" + ids + "]}");
    }

    private static void assertProblem(Reply reply, int status, String field) {
        assertEquals(status, reply.status(), reply.body());
        assertTrue(reply.header("Content-Type").startsWith(PROBLEM), reply.header("Content-Type"));
        if (field != null) {
            assertEquals(field, reply.json().getJsonArray("errors").getJsonObject(0).getString("field"), reply.body());
        }
    }

    private static PageClient reviewer(String username) {
        PageClient page = new PageClient();
        page.login(username, PASSWORD);
        return page;
    }

    private static JsonObject sessionGet(PageClient session, String path, int expected) {
        HttpResponse<String> response = session.api(Api.request(path, null).GET());
        assertEquals(expected, response.statusCode(), response.body());
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }

    /** The caller's assignment of the application's review (from their own list). */
    private static JsonObject assignmentOf(PageClient session, long applicationId) {
        JsonArray items = sessionGet(session, "/api/v1/reviews/assignments?status=PENDING&size=200", 200)
                .getJsonArray("items");
        return items.getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getJsonNumber("subjectId").longValue() == applicationId
                        && a.getString("subjectKind").equals("INCUBATOR_ENTRY"))
                .findFirst().orElseThrow(() -> new AssertionError("no assignment of " + applicationId + " in " + items));
    }

    private static void score(PageClient session, long assignment, String... scores) {
        session.open("/review/assignment.xhtml?id=" + assignment);
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < scores.length; i++) {
            fields.put("lines:" + i + ":score", scores[i]);
        }
        session.submit("scoreForm", fields, "submitScores");
    }

    private static JsonObject application(long id) {
        Reply reply = Api.get("/api/v1/entry-applications/" + id);
        assertEquals(200, reply.status(), reply.body());
        return reply.json();
    }

    @Test
    void anApplicationRunsFromDraftThroughReviewAndDecisionToALettingThatRecordsIt() {
        long carrier = carrier(TestData.COUNTY_LINJIANG);
        Reply unit = Api.post("/api/v1/carriers/" + carrier + "/units", CarrierApiIT.unitJson("201", "120.5", "20"));
        assertEquals(201, unit.status(), unit.body());
        long enterprise = enterprise("全流程企业");
        JsonObject draft = create(enterprise, carrier);
        long id = draft.getJsonNumber("id").longValue();
        assertEquals("DRAFT", draft.getString("status"));
        assertEquals(new BigDecimal("120.50"), draft.getJsonNumber("area").bigDecimalValue());

        // a draft is revised; submitting takes today as the application day
        Reply revised = Api.put("/api/v1/entry-applications/" + id, applicationJson(enterprise, carrier,
                BureauClock.today().minusMonths(7)).replace("}", ",\"version\":" + version(draft) + "}"));
        assertEquals(200, revised.status(), revised.body());
        attachRequired(id);
        JsonObject submitted = step("/api/v1/entry-applications/" + id + "/submit",
                "{\"version\":" + version(revised.json()) + "}");
        assertEquals("SUBMITTED", submitted.getString("status"));
        assertEquals(BureauClock.today().toString(), submitted.getString("appliedOn"));
        assertProblem(Api.put("/api/v1/entry-applications/" + id, applicationJson(enterprise, carrier,
                BureauClock.today()).replace("}", ",\"version\":" + version(submitted) + "}")), 409, "status");

        // the candidates are the county's and the city's reviewers, not another county's
        Reply candidates = Api.get("/api/v1/entry-applications/" + id + "/reviewers");
        assertEquals(200, candidates.status(), candidates.body());
        List<Long> ids = candidates.jsonStructure().asJsonArray().getValuesAs(JsonObject.class).stream()
                .map(r -> r.getJsonNumber("id").longValue()).toList();
        assertTrue(ids.containsAll(List.of(ZHANG, LI, LJ_REVIEWER)), ids.toString());
        assertFalse(ids.contains(YL_REVIEWER), ids.toString());

        JsonObject underReview = assign(submitted, ZHANG, LJ_REVIEWER);
        assertEquals("UNDER_REVIEW", underReview.getString("status"));
        long reviewId = underReview.getJsonNumber("reviewId").longValue();

        // each reviewer sees their own assignment; one not assigned sees none and reads none
        PageClient zhang = reviewer("reviewer.zhang");
        PageClient local = reviewer("lj.reviewer");
        PageClient li = reviewer("reviewer.li");
        JsonObject zhangs = assignmentOf(zhang, id);
        long zhangsId = zhangs.getJsonNumber("id").longValue();
        assertEquals(4, zhangs.getJsonArray("criteria").size());
        assertTrue(zhangs.getString("summary").contains("显示驱动芯片研发"), zhangs.toString());
        assertTrue(sessionGet(li, "/api/v1/reviews/assignments?size=200", 200).getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().noneMatch(a -> a.getJsonNumber("subjectId").longValue() == id));
        sessionGet(li, "/api/v1/reviews/assignments/" + zhangsId, 404);
        li.open("/review/assignment.xhtml?id=" + zhangsId);
        assertEquals(404, li.status(), "another reviewer's assignment is not shown");
        // a reviewer reads no application, and writes nothing through the API
        sessionGet(li, "/api/v1/entry-applications/" + id, 403);

        // a score above its criterion's maximum is refused next to it; nothing is stored
        score(zhang, zhangsId, "31", "20", "20", "20");
        assertTrue(zhang.body().contains("scoreForm:lines:0:scoreMessage"), "the refusal is on the first score");
        assertEquals("PENDING", sessionGet(zhang, "/api/v1/reviews/assignments/" + zhangsId, 200).getString("status"));
        score(zhang, zhangsId, "28", "20", "22.5", "18");
        JsonObject scored = sessionGet(zhang, "/api/v1/reviews/assignments/" + zhangsId, 200);
        assertEquals("SCORED", scored.getString("status"), scored.toString());
        assertEquals(new BigDecimal("88.5"), scored.getJsonNumber("total").bigDecimalValue());
        assertEquals("UNDER_REVIEW", application(id).getString("status"), "陈志 has neither scored nor declined");

        // the local reviewer declines for a conflict of interest: a reason is required
        long localsId = assignmentOf(local, id).getJsonNumber("id").longValue();
        local.open("/review/assignment.xhtml?id=" + localsId);
        local.submit("declineForm", Map.of("reason", "曾任该企业顾问"), "saveDecline");
        assertEquals("DECLINED", sessionGet(local, "/api/v1/reviews/assignments/" + localsId, 200).getString("status"));

        JsonObject reviewed = application(id);
        assertEquals("REVIEWED", reviewed.getString("status"), "all settled, one scored");
        Reply review = Api.get("/api/v1/entry-applications/" + id + "/review");
        assertEquals(200, review.status(), review.body());
        assertEquals(reviewId, review.json().getJsonNumber("id").longValue());
        assertEquals(new BigDecimal("88.50"), review.json().getJsonNumber("average").bigDecimalValue(),
                "the decline does not count");
        assertEquals(1, review.json().getInt("rank"), "the only ranked application of its carrier this year");
        assertEquals(1, review.json().getInt("ranked"));
        assertTrue(review.json().getBoolean("complete"));

        // a rejection needs a reason; an approval closes the review
        assertProblem(Api.post("/api/v1/entry-applications/" + id + "/decision",
                "{\"version\":" + version(reviewed) + ",\"approve\":false}"), 422, "reason");
        JsonObject approved = step("/api/v1/entry-applications/" + id + "/decision",
                "{\"version\":" + version(reviewed) + ",\"approve\":true}");
        assertEquals("APPROVED", approved.getString("status"));
        assertTrue(Api.get("/api/v1/reviews/" + reviewId).json().getBoolean("closed"));

        // the letting records the application, once
        String letting = "{\"enterpriseId\":" + enterprise + ",\"carrierId\":" + carrier + ",\"unitIds\":["
                + unit.json().getJsonNumber("id") + "],\"startDate\":\"" + BureauClock.today() + "\",\"endDate\":\""
                + BureauClock.today().plusYears(3).minusDays(1) + "\",\"applicationId\":" + id + "}";
        Reply let = Api.post("/api/v1/agreements", letting);
        assertEquals(201, let.status(), let.body());
        assertEquals(id, let.json().getJsonNumber("applicationId").longValue());
        assertProblem(Api.post("/api/v1/agreements", letting), 409, "applicationId");

        // the enterprise's applications (its 360 page reads them so): this one, and none of another enterprise
        Reply ofEnterprise = Api.get("/api/v1/entry-applications?enterpriseId=" + enterprise);
        assertEquals(200, ofEnterprise.status(), ofEnterprise.body());
        assertEquals(1, ofEnterprise.json().getJsonNumber("total").longValue());
        assertEquals(id, ofEnterprise.json().getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue());
        assertEquals(0, Api.get("/api/v1/entry-applications?enterpriseId=" + enterprise("别的企业"))
                .json().getJsonNumber("total").longValue());
    }

    @Test
    void documentsAreAttachedBeforeSubmissionCheckedAndRequired() {
        long carrier = carrier(TestData.COUNTY_LINJIANG);
        JsonObject draft = create(enterprise("材料企业"), carrier);
        long id = draft.getJsonNumber("id").longValue();
        String submit = "/api/v1/entry-applications/" + id + "/submit";

        // without the business plan and the licence the draft is not submitted, and the refusal says which
        Reply refused = Api.post(submit, "{\"version\":" + version(draft) + "}");
        assertProblem(refused, 422, "files");
        assertTrue(refused.body().contains("商业计划书") || refused.body().contains("business plan"), refused.body());

        // type by the first bytes, kind by name; refusals name the part
        assertProblem(attach(id, "BUSINESS_PLAN", "plan.docx", "application/pdf",
                "PK\u0003\u0004 a docx".getBytes(StandardCharsets.ISO_8859_1), Api.CITY_RW), 422, "file");
        assertProblem(attach(id, "RESUME", "cv.pdf", "application/pdf", PDF.getBytes(StandardCharsets.UTF_8),
                Api.CITY_RW), 422, "kind");
        assertProblem(attach(id, "OTHER", "empty.pdf", "application/pdf", new byte[0], Api.CITY_RW), 422, "file");
        // over the size limit: checked on Payara (WildFly resets the HTTP/2 stream while the client sends; README)
        if (!"wildfly".equals(System.getProperty("arquillian.launch"))) {
            assertProblem(attach(id, "OTHER", "big.pdf", "application/pdf",
                    java.util.Arrays.copyOf(PDF.getBytes(StandardCharsets.UTF_8), 10 * 1024 * 1024 + 1), Api.CITY_RW),
                    422, "file");
        }
        assertEquals(403, attach(id, "OTHER", "x.pdf", "application/pdf", PDF.getBytes(StandardCharsets.UTF_8),
                Api.CITY_RO).status(), "a read-only token attaches nothing");

        Reply plan = attach(id, "BUSINESS_PLAN", "C:/材料/商业计划书.pdf", "application/pdf",
                PDF.getBytes(StandardCharsets.UTF_8), Api.CITY_RW);
        assertEquals(201, plan.status(), plan.body());
        assertEquals("商业计划书.pdf", plan.json().getString("fileName"));
        assertEquals("application/pdf", plan.json().getString("contentType"));
        assertTrue(plan.header("Location").endsWith("/entry-applications/" + id + "/files/"
                + plan.json().getJsonNumber("id")), plan.header("Location"));
        Reply stillNoLicence = Api.post(submit, "{\"version\":" + version(draft) + "}");
        assertProblem(stillNoLicence, 422, "files");
        assertTrue(stillNoLicence.body().contains("营业执照") || stillNoLicence.body().contains("licence"),
                stillNoLicence.body());
        Reply files = Api.get("/api/v1/entry-applications/" + id + "/files");
        assertEquals(200, files.status(), files.body());
        assertEquals(List.of("BUSINESS_LICENCE"), files.json().getJsonArray("missing").getValuesAs(
                jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList());

        Reply licence = attach(id, "BUSINESS_LICENCE", "营业执照.png", "image/png", PNG, Api.CITY_RW);
        assertEquals(201, licence.status(), licence.body());
        assertEquals("image/png", licence.json().getString("contentType"));
        JsonObject listed = Api.get("/api/v1/entry-applications/" + id + "/files").json();
        assertEquals(2, listed.getJsonArray("items").size(), listed.toString());
        assertTrue(listed.getJsonArray("missing").isEmpty(), listed.toString());
        Reply download = Api.send(Api.request("/api/v1/entry-applications/" + id + "/files/"
                + plan.json().getJsonNumber("id")).GET().build());
        assertEquals(200, download.status(), download.body());
        assertEquals(PDF, download.body());
        assertTrue(download.header("Content-Type").startsWith("application/pdf"), download.header("Content-Type"));

        JsonObject submitted = step(submit, "{\"version\":" + version(draft) + "}");
        assertEquals("SUBMITTED", submitted.getString("status"));
        // what is submitted is what the reviewers and the leader judge: no more changes
        assertProblem(attach(id, "OTHER", "later.pdf", "application/pdf", PDF.getBytes(StandardCharsets.UTF_8),
                Api.CITY_RW), 422, "file");
        assertProblem(Api.delete("/api/v1/entry-applications/" + id + "/files/" + plan.json().getJsonNumber("id")),
                422, "file");

        // another county's token reads none of it
        assertEquals(404, Api.get("/api/v1/entry-applications/" + id + "/files", null, Api.YUNLING_RW).status());
        assertEquals(404, Api.send(Api.request("/api/v1/entry-applications/" + id + "/files/"
                + plan.json().getJsonNumber("id"), Api.YUNLING_RW).GET().build()).status());
    }

    @Test
    void theAssignedReviewerReadsTheDocumentsAndHasTheAssignmentOnTheirOwnToDoListUntilSettled() {
        JsonObject submitted = submitted(carrier(TestData.COUNTY_LINJIANG));
        long id = submitted.getJsonNumber("id").longValue();
        long planId = Api.get("/api/v1/entry-applications/" + id + "/files").json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().filter(f -> f.getString("kind").equals("BUSINESS_PLAN"))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
        assign(submitted, ZHANG, LJ_REVIEWER);

        PageClient zhang = reviewer("reviewer.zhang");
        PageClient local = reviewer("lj.reviewer");
        PageClient li = reviewer("reviewer.li");
        PageClient otherCounty = reviewer("yl.reviewer");
        long zhangsId = assignmentOf(zhang, id).getJsonNumber("id").longValue();
        long localsId = assignmentOf(local, id).getJsonNumber("id").longValue();
        String zhangsLink = "/review/assignment.xhtml?id=" + zhangsId;
        String localsLink = "/review/assignment.xhtml?id=" + localsId;

        // each assigned reviewer has their own item; no other reviewer, of the city or another county, sees it
        assertTrue(todoLinks(zhang).contains(zhangsLink), todoLinks(zhang).toString());
        assertFalse(todoLinks(zhang).contains(localsLink), "another reviewer's assignment");
        assertTrue(todoLinks(local).contains(localsLink), todoLinks(local).toString());
        assertFalse(todoLinks(li).contains(zhangsLink) || todoLinks(li).contains(localsLink), todoLinks(li).toString());
        assertFalse(todoLinks(otherCounty).contains(zhangsLink) || todoLinks(otherCounty).contains(localsLink),
                todoLinks(otherCounty).toString());

        // the assigned reviewer reads and downloads the documents (on the page too); the others are refused
        JsonObject files = sessionGet(zhang, "/api/v1/entry-applications/" + id + "/files", 200);
        assertEquals(2, files.getJsonArray("items").size(), files.toString());
        HttpResponse<String> download = zhang.api(Api.request("/api/v1/entry-applications/" + id + "/files/" + planId,
                null).GET());
        assertEquals(200, download.statusCode(), download.body());
        assertEquals(PDF, download.body());
        zhang.open(zhangsLink);
        assertTrue(zhang.body().contains("商业计划书.pdf"), "the page lists the documents");
        zhang.open("/files/entry-application?application=" + id + "&id=" + planId);
        assertEquals(200, zhang.status());
        sessionGet(li, "/api/v1/entry-applications/" + id + "/files", 404);
        assertEquals(404, li.api(Api.request("/api/v1/entry-applications/" + id + "/files/" + planId, null).GET())
                .statusCode());
        li.open("/files/entry-application?application=" + id + "&id=" + planId);
        assertEquals(404, li.status(), "not their review");
        otherCounty.open("/files/entry-application?application=" + id + "&id=" + planId);
        assertEquals(404, otherCounty.status());

        // scoring settles the item; declining too
        score(zhang, zhangsId, "28", "20", "22.5", "18");
        assertEquals("SCORED", sessionGet(zhang, "/api/v1/reviews/assignments/" + zhangsId, 200).getString("status"));
        assertFalse(todoLinks(zhang).contains(zhangsLink), todoLinks(zhang).toString());
        assertTrue(todoLinks(local).contains(localsLink), "the other reviewer's stays");
        local.open(localsLink);
        local.submit("declineForm", Map.of("reason", "曾任该企业顾问"), "saveDecline");
        assertFalse(todoLinks(local).contains(localsLink), todoLinks(local).toString());
        // having scored, the reviewer still reads what was judged
        sessionGet(zhang, "/api/v1/entry-applications/" + id + "/files", 200);
    }

    /** The links of the open to-do items a reviewer's session reads. */
    private static List<String> todoLinks(PageClient session) {
        return sessionGet(session, "/api/v1/todo?size=100", 200).getJsonArray("items").getValuesAs(JsonObject.class)
                .stream().filter(item -> item.containsKey("link") && !item.isNull("link"))
                .map(item -> item.getString("link")).toList();
    }

    @Test
    void anEnterpriseFoundedBeforeTheRulesMonthsIsRefusedNamingTheRule() {
        long carrier = carrier(TestData.COUNTY_LINJIANG);
        Reply settings = Api.get("/api/v1/entry-applications/settings");
        assertEquals(200, settings.status(), settings.body());
        int months = settings.json().getInt("maxAgeMonths");
        Reply tooOld = Api.post("/api/v1/entry-applications", applicationJson(enterprise("老企业"), carrier,
                BureauClock.today().minusMonths(months).minusDays(1)));
        assertProblem(tooOld, 422, "foundedOn");
        assertTrue(tooOld.json().getString("detail").contains(String.valueOf(months)), tooOld.body());
        Reply justInTime = Api.post("/api/v1/entry-applications", applicationJson(enterprise("新企业"), carrier,
                BureauClock.today().minusMonths(months)));
        assertEquals(201, justInTime.status(), justInTime.body());
    }

    @Test
    void theRankOrdersTheCarriersApplicationsOfTheYearByAverage() {
        long carrier = carrier(TestData.COUNTY_LINJIANG);
        JsonObject first = assign(submitted(carrier), ZHANG);
        JsonObject second = assign(submitted(carrier), ZHANG);
        PageClient zhang = reviewer("reviewer.zhang");
        score(zhang, assignmentOf(zhang, first.getJsonNumber("id").longValue()).getJsonNumber("id").longValue(),
                "20", "20", "20", "10");
        score(zhang, assignmentOf(zhang, second.getJsonNumber("id").longValue()).getJsonNumber("id").longValue(),
                "30", "25", "20", "10");
        JsonObject firstReview = Api.get("/api/v1/entry-applications/" + first.getJsonNumber("id") + "/review").json();
        JsonObject secondReview = Api.get("/api/v1/entry-applications/" + second.getJsonNumber("id") + "/review").json();
        assertEquals(2, firstReview.getInt("rank"), firstReview.toString());
        assertEquals(1, secondReview.getInt("rank"), secondReview.toString());
        assertEquals(2, secondReview.getInt("ranked"));
    }

    @Test
    void anotherCountyNeitherSeesNorChangesTheApplication() {
        JsonObject application = submitted(carrier(TestData.COUNTY_LINJIANG));
        long id = application.getJsonNumber("id").longValue();
        Reply read = Api.get("/api/v1/entry-applications/" + id, null, Api.YUNLING_RW);
        assertProblem(read, 404, null);
        Reply list = Api.get("/api/v1/entry-applications?size=200", null, Api.YUNLING_RW);
        assertEquals(200, list.status(), list.body());
        assertTrue(list.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .allMatch(a -> a.getJsonObject("county").getJsonNumber("id").longValue() == 3), list.body());
        Reply assign = Api.send(Api.request("/api/v1/entry-applications/" + id + "/reviewers", Api.YUNLING_RW)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"version\":" + version(application) + ",\"reviewerIds\":[50]}"))
                .build());
        assertProblem(assign, 404, null);
        Reply filtered = Api.get("/api/v1/entry-applications?countyId=2", null, Api.YUNLING_RW);
        assertProblem(filtered, 403, null);
    }

    @Test
    void makerRulesHold() {
        long carrier = carrier(TestData.COUNTY_LINJIANG);
        // a read-only token creates nothing
        Reply readOnly = Api.send(Api.request("/api/v1/entry-applications", Api.CITY_RO)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(applicationJson(enterprise("只读"), carrier,
                        BureauClock.today()))).build());
        assertProblem(readOnly, 403, null);
        JsonObject application = submitted(carrier);
        long id = application.getJsonNumber("id").longValue();
        // nothing is decided before it is reviewed, nor reviewed by another county's reviewer
        assertProblem(Api.post("/api/v1/entry-applications/" + id + "/decision",
                "{\"version\":" + version(application) + ",\"approve\":true}"), 409, "status");
        assertProblem(Api.post("/api/v1/entry-applications/" + id + "/reviewers",
                "{\"version\":" + version(application) + ",\"reviewerIds\":[" + YL_REVIEWER + "]}"), 422, "reviewerIds");
        JsonObject underReview = assign(application, LI);
        assertProblem(Api.post("/api/v1/entry-applications/" + id + "/reviewers",
                "{\"version\":" + version(underReview) + ",\"reviewerIds\":[" + LI + "]}"), 422, "reviewerIds");
        // an application under review is not let
        assertProblem(Api.post("/api/v1/agreements", "{\"enterpriseId\":" + application.getJsonObject("enterprise")
                .getJsonNumber("id") + ",\"carrierId\":" + carrier + ",\"unitIds\":[1],\"startDate\":\""
                + BureauClock.today() + "\",\"endDate\":\"" + BureauClock.today().plusYears(1) + "\",\"applicationId\":"
                + id + "}"), 409, "applicationId");
        // a signed-in leader reads the API but decides on the page, never through it
        PageClient leader = new PageClient();
        leader.login("leader", PASSWORD);
        HttpResponse<String> write = leader.api(Api.request("/api/v1/entry-applications/" + id + "/decision", null)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"version\":" + version(underReview) + ",\"approve\":true}")));
        assertTrue(write.statusCode() == 401 || write.statusCode() == 403, write.statusCode() + " " + write.body());
        assertEquals("UNDER_REVIEW", application(id).getString("status"));
    }
}
