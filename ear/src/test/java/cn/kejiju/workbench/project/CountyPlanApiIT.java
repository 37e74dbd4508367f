package cn.kejiju.workbench.project;

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

import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static cn.kejiju.workbench.project.ProjectApiIT.created;
import static cn.kejiju.workbench.project.ProjectApiIT.id;
import static cn.kejiju.workbench.project.ProjectApiIT.ok;
import static cn.kejiju.workbench.project.ProjectApiIT.refused;
import static cn.kejiju.workbench.project.ProjectApiIT.send;
import static cn.kejiju.workbench.project.ProjectApiIT.version;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The county's own plan through the API: applications of 云岭县 entered and submitted with 云岭县's token, reviewed by
 * 云岭县's expert on the reviewer's own page (scores and a decline for a conflict of interest), ranked, the decision
 * refused to whoever submitted (maker-checker) and taken with the city's token, the public notice with an objection
 * upheld that gives the grant back; the race of six decisions for a budget that fits three; the application's
 * documents, attached while a draft and read by the leader and the expert; county isolation.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CountyPlanApiIT {

    private static final String PASSWORD = "Demo@2026";
    static final String PLAN = "/api/v1/projects/county-plan";
    private static final String CLERK = Api.YUNLING_RW;
    private static final String CITY = Api.CITY_RW;
    private static final long YL_REVIEWER = 54;
    private static final long ZHANG = 50;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    /** A county-level programme and an open call of it: budget 1,000,000 yuan, cap 300,000. */
    static long countyCall(String budget) {
        long programme = id(created(send("POST", "/api/v1/projects/programmes", """
                {"name":"%s","level":"COUNTY","kindCode":"SUPPORT","authority":"县科技局"}
                """.formatted(TestData.uniqueName("县级科技计划")), CITY)));
        LocalDate today = BureauClock.today();
        return id(created(send("POST", "/api/v1/projects/calls", """
                {"programmeId":%d,"year":%d,"title":"县级科技计划指南","opensOn":"%s","closesOn":"%s",
                 "budget":"%s","capPerProject":"300000.00"}
                """.formatted(programme, today.getYear(), today.minusDays(10), today.plusDays(30), budget), CITY)));
    }

    static Reply enter(long call, long lead, String requested, String token) {
        BigDecimal asked = new BigDecimal(requested);
        return send("POST", PLAN, """
                {"callId":%d,"leadId":%d,"title":"%s","field":"现代农业","total":"%s","selfRaised":"200000.00",
                 "requested":"%s"}
                """.formatted(call, lead, TestData.uniqueName("县级项目"), asked.add(new BigDecimal("200000.00"))
                .toPlainString(), requested), token);
    }

    static JsonObject read(long id) {
        return ok(Api.get(PLAN + "/" + id, null, CITY)).json();
    }

    static Reply act(long id, String path, String json, String token) {
        return send("POST", PLAN + "/" + id + "/" + path, json, token);
    }

    /** A submitted application of 云岭县 with its reviewer assigned (under review). */
    static long underReview(long call, String requested, long... reviewers) {
        long lead = ProjectApiIT.enterprise(TestData.TOWNSHIP_CHASHAN, CLERK);
        Reply entered = created(enter(call, lead, requested, CLERK));
        long id = id(entered);
        Reply submitted = ok(act(id, "submit", "{\"version\":%d}".formatted(version(entered)), CLERK));
        StringBuilder ids = new StringBuilder();
        for (long r : reviewers) {
            ids.append(ids.isEmpty() ? "" : ",").append(r);
        }
        Reply assigned = ok(act(id, "reviewers", "{\"version\":%d,\"reviewerIds\":[%s]}".formatted(version(submitted),
                ids), CLERK));
        assertEquals("UNDER_REVIEW", assigned.json().getString("status"));
        return id;
    }

    static PageClient reviewer(String username) {
        PageClient page = new PageClient();
        page.login(username, PASSWORD);
        return page;
    }

    static JsonObject sessionGet(PageClient session, String path) {
        HttpResponse<String> response = session.api(Api.request(path, null).GET());
        assertEquals(200, response.statusCode(), response.body());
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }

    static long assignmentOf(PageClient session, long projectId) {
        JsonArray items = sessionGet(session, "/api/v1/reviews/assignments?status=PENDING&size=200")
                .getJsonArray("items");
        return items.getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getJsonNumber("subjectId").longValue() == projectId
                        && a.getString("subjectKind").equals("COUNTY_PLAN"))
                .findFirst().orElseThrow(() -> new AssertionError("no assignment of " + projectId + " in " + items))
                .getJsonNumber("id").longValue();
    }

    static void score(PageClient session, long projectId, String... scores) {
        long assignment = assignmentOf(session, projectId);
        session.open("/review/assignment.xhtml?id=" + assignment);
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < scores.length; i++) {
            fields.put("lines:" + i + ":score", scores[i]);
        }
        session.submit("scoreForm", fields, "submitScores");
    }

    static Reply decide(long id, String grant, String token) {
        return act(id, "decision", "{\"version\":%d,\"fund\":true,\"grant\":\"%s\",\"note\":\"同意立项\"}"
                .formatted(version(Api.get(PLAN + "/" + id, null, CITY)), grant), token);
    }

    @Test
    void reviewedRankedDecidedByAnotherAndNoticedWithAnObjection() {
        long call = countyCall("1000000.00");
        refused(enter(call, ProjectApiIT.enterprise(TestData.TOWNSHIP_CHASHAN, CLERK), "300000.01", CLERK), 422,
                "project.budget.aboveCap");
        long first = underReview(call, "300000.00", YL_REVIEWER, ZHANG);
        long second = underReview(call, "200000.00", YL_REVIEWER);

        PageClient local = reviewer("yl.reviewer");
        score(local, first, "28", "22", "20", "18");
        assertEquals("UNDER_REVIEW", read(first).getString("status"), "张 has not scored yet");
        // 张 declines for a conflict of interest: with a reason
        PageClient zhang = reviewer("reviewer.zhang");
        long zhangs = assignmentOf(zhang, first);
        zhang.open("/review/assignment.xhtml?id=" + zhangs);
        zhang.submit("declineForm", Map.of("reason", "曾为该单位提供咨询"), "saveDecline");
        assertEquals("DECLINED", sessionGet(zhang, "/api/v1/reviews/assignments/" + zhangs).getString("status"));
        JsonObject reviewed = read(first);
        assertEquals("REVIEWED", reviewed.getString("status"), "all settled, one scored");
        JsonObject review = ok(Api.get(PLAN + "/" + first + "/review", null, CLERK)).json();
        assertEquals(new BigDecimal("88.00"), review.getJsonNumber("average").bigDecimalValue(),
                "the decline does not count");
        score(local, second, "20", "20", "20", "10");

        JsonArray ranking = ok(Api.get(PLAN + "/calls/" + call + "/ranking", null, CLERK)).json().getJsonArray("items");
        assertEquals(2, ranking.size(), ranking.toString());
        assertEquals(first, ranking.getJsonObject(0).getJsonNumber("id").longValue());
        assertEquals(1, ranking.getJsonObject(0).getInt("rank"));
        assertEquals("70.00", ranking.getJsonObject(1).getString("average"));
        refused(Api.get(PLAN + "/calls/" + call + "/ranking", null, CITY), 422, "field.required");

        // who submitted cannot decide; the grant is at most requested; another decides
        refused(decide(first, "300000.00", CLERK), 422, "project.plan.ownPreparation");
        assertEquals("REVIEWED", read(first).getString("status"));
        refused(decide(second, "200000.01", CITY), 422, "project.grant.aboveRequested");
        Reply decided = ok(decide(first, "300000.00", CITY));
        assertEquals("IN_NOTICE", decided.json().getString("status"));
        assertEquals("300000.00", decided.json().getString("granted"));
        LocalDate ends = LocalDate.parse(decided.json().getString("noticeEnds"));
        assertTrue(ends.isAfter(BureauClock.today().plusDays(3)), "five working days: " + ends);
        JsonObject budget = ok(Api.get(PLAN + "/calls/" + call + "/budget", null, CLERK)).json();
        assertEquals("300000.00", budget.getString("committed"));
        assertEquals("700000.00", budget.getString("headroom"));

        Reply rejected = ok(act(second, "decision", "{\"version\":%d,\"fund\":false,\"reason\":\"与指南方向不符\"}"
                .formatted(version(Api.get(PLAN + "/" + second, null, CITY))), CITY));
        assertEquals("REJECTED", rejected.json().getString("status"));

        // the notice runs: no 立项 yet; an objection is recorded and upheld: the grant goes back
        refused(act(first, "establishment", "{\"version\":%d}".formatted(version(decided)), CLERK), 422,
                "project.plan.noticeRunning");
        Reply objected = ok(act(first, "objections", """
                {"version":%d,"on":"%s","objector":"匿名来信","content":"申报单位的自筹资金证明不实"}
                """.formatted(version(decided), BureauClock.today()), CLERK));
        assertEquals("PENDING", objected.json().getJsonArray("objections").getJsonObject(0).getString("outcome"));
        refused(act(first, "objections/0/settlement", "{\"version\":%d,\"upheld\":true}".formatted(version(objected)),
                CITY), 422, "field.required");
        Reply withdrawn = ok(act(first, "objections/0/settlement", """
                {"version":%d,"upheld":true,"answer":"经核实，自筹资金证明不实，撤销立项"}
                """.formatted(version(objected)), CITY));
        assertEquals("WITHDRAWN", withdrawn.json().getString("status"));
        assertEquals("0.00", ok(Api.get(PLAN + "/calls/" + call + "/budget", null, CLERK)).json()
                .getString("committed"));
        assertTrue(withdrawn.json().getJsonArray("events").size() >= 5, withdrawn.body());
    }

    @Test
    void ofSixDecisionsRacingForABudgetThatFitsThreeExactlyThreeSucceed() throws Exception {
        long call = countyCall("900000.00");
        List<Long> projects = new ArrayList<>();
        PageClient local = reviewer("yl.reviewer");
        for (int i = 0; i < 6; i++) {
            long id = underReview(call, "300000.00", YL_REVIEWER);
            score(local, id, "25", "20", "20", String.valueOf(10 + i));
            projects.add(id);
        }
        Map<Long, Long> versions = new LinkedHashMap<>();
        for (long id : projects) {
            JsonObject p = read(id);
            assertEquals("REVIEWED", p.getString("status"));
            versions.put(id, p.getJsonNumber("version").longValue());
        }
        ExecutorService pool = Executors.newFixedThreadPool(6);
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Reply>> replies = new ArrayList<>();
        try {
            for (long id : projects) {
                replies.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        start.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return act(id, "decision", "{\"version\":%d,\"fund\":true,\"grant\":\"300000.00\"}"
                            .formatted(versions.get(id)), CITY);
                }, pool));
            }
            start.countDown();
            int funded = 0;
            int refusedForBudget = 0;
            for (CompletableFuture<Reply> future : replies) {
                Reply reply = future.get();
                if (reply.status() == 200) {
                    funded++;
                } else {
                    assertEquals(422, reply.status(), reply.body());
                    assertTrue(reply.json().getString("type").endsWith("project.plan.budgetExceeded"), reply.body());
                    refusedForBudget++;
                }
            }
            assertEquals(3, funded, "exactly the decisions that fit succeed");
            assertEquals(3, refusedForBudget);
        } finally {
            pool.shutdownNow();
        }
        JsonObject budget = ok(Api.get(PLAN + "/calls/" + call + "/budget", null, CITY)).json();
        assertEquals("900000.00", budget.getString("committed"));
        assertEquals("0.00", budget.getString("headroom"));
        long inNotice = projects.stream().filter(id -> read(id).getString("status").equals("IN_NOTICE")).count();
        assertEquals(3, inNotice);
        // the refusal names the headroom and the shortfall, in the caller's language
        long left = projects.stream().filter(id -> read(id).getString("status").equals("REVIEWED")).findFirst()
                .orElseThrow();
        Reply refusal = decide(left, "300000.00", CITY);
        assertEquals(422, refusal.status(), refusal.body());
        assertTrue(refusal.body().contains("300,000.00"), refusal.body());
    }

    static HttpResponse<byte[]> download(String location, String token) throws Exception {
        return Api.http().send(HttpRequest.newBuilder(URI.create(location))
                        .header("Authorization", "Bearer " + token).header("Accept", "*/*").GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    static Reply remove(String document, String token) {
        return Api.send(Api.request(document, token).DELETE().build());
    }

    @Test
    void documentsAreAttachedWhileADraftReadByTheDeciderAndTheExpertAndLockedOnceSubmitted() throws Exception {
        long call = countyCall("1000000.00");
        Reply entered = created(enter(call, ProjectApiIT.enterprise(TestData.TOWNSHIP_CHASHAN, CLERK), "100000.00",
                CLERK));
        long id = id(entered);
        String documents = PLAN + "/" + id + "/documents";
        byte[] pdf = "%PDF-1.7 县级计划申报书".getBytes(StandardCharsets.UTF_8);
        Reply application = created(ProjectApiIT.upload(documents, "申报书.pdf", pdf, CLERK));
        assertEquals("application/pdf", application.json().getString("contentType"));
        assertEquals(id, application.json().getJsonNumber("applicationId").longValue());
        Reply photo = created(ProjectApiIT.upload(documents, "现场照片.png", TestData.png(), CLERK));
        refused(ProjectApiIT.upload(documents, "说明.txt", "纯文本".getBytes(StandardCharsets.UTF_8), CLERK), 422,
                "evidence.type");
        assertEquals(403, ProjectApiIT.upload(documents, "申报书.pdf", pdf, Api.CITY_RO).status(), "read-only");

        JsonArray items = ok(Api.get(documents, null, CLERK)).json().getJsonArray("items");
        assertEquals(2, items.size(), items.toString());
        assertEquals("申报书.pdf", items.getJsonObject(0).getString("fileName"));
        HttpResponse<byte[]> got = download(Api.BASE + "/api/v1/" + items.getJsonObject(0).getString("href"), CITY);
        assertEquals(200, got.statusCode());
        assertEquals("application/pdf", got.headers().firstValue("Content-Type").orElseThrow());
        assertArrayEquals(pdf, got.body(), "the bytes as uploaded");
        assertEquals(204, remove(photo.header("Location"), CLERK).status());
        assertEquals(1, ok(Api.get(documents, null, CLERK)).json().getJsonArray("items").size());

        // submitted: what the experts and the leader judge can no longer change
        Reply submitted = ok(act(id, "submit", "{\"version\":%d}".formatted(version(entered)), CLERK));
        refused(ProjectApiIT.upload(documents, "补充.pdf", pdf, CLERK), 422, "project.plan.documentsLocked");
        refused(remove(application.header("Location"), CLERK), 422, "project.plan.documentsLocked");
        assertEquals(1, ok(Api.get(documents, null, CITY)).json().getJsonArray("items").size());
        assertArrayEquals(pdf, download(application.header("Location"), CITY).body(), "the leader reads it");

        // the expert assigned reads them; another expert is answered as if the project did not exist
        ok(act(id, "reviewers", "{\"version\":%d,\"reviewerIds\":[%d]}".formatted(version(submitted), YL_REVIEWER),
                CLERK));
        PageClient expert = reviewer("yl.reviewer");
        assertEquals(1, sessionGet(expert, documents).getJsonArray("items").size());
        expert.open("/review/assignment.xhtml?id=" + assignmentOf(expert, id));
        assertTrue(expert.body().contains("申报书.pdf"), "the assignment page lists the document");
        assertTrue(expert.body().contains("/files/county-plan-document?project=" + id), expert.body());
        PageClient other = reviewer("reviewer.zhang");
        assertEquals(404, other.api(Api.request(documents, null).GET()).statusCode());

        // another county's documents are not found; a document is read only through its own project
        long theirs = id(created(enter(call, ProjectApiIT.enterprise(TestData.TOWNSHIP_CHENGGUAN, CITY), "100000.00",
                CITY)));
        Reply their = created(ProjectApiIT.upload(PLAN + "/" + theirs + "/documents", "申报书.pdf", pdf, CITY));
        assertEquals(404, Api.get(PLAN + "/" + theirs + "/documents", null, CLERK).status());
        assertEquals(404, download(their.header("Location"), CLERK).statusCode());
        assertEquals(404, ProjectApiIT.upload(PLAN + "/" + theirs + "/documents", "申报书.pdf", pdf, CLERK).status());
        assertEquals(404, remove(their.header("Location"), CLERK).status());
        assertEquals(404, download(Api.BASE + documents + "/" + id(their), CITY).statusCode());
    }

    @Test
    void aCountySeesItsOwnPlanProjectsOnly() {
        long call = countyCall("1000000.00");
        long theirs = id(created(enter(call, ProjectApiIT.enterprise(TestData.TOWNSHIP_CHENGGUAN, CITY), "100000.00",
                CITY)));
        long ours = id(created(enter(call, ProjectApiIT.enterprise(TestData.TOWNSHIP_CHASHAN, CLERK), "100000.00",
                CLERK)));
        assertEquals(404, Api.get(PLAN + "/" + theirs, null, CLERK).status());
        assertEquals(404, act(theirs, "submit", "{\"version\":%d}".formatted(version(Api.get(PLAN + "/" + theirs,
                null, CITY))), CLERK).status());
        assertEquals(200, Api.get(PLAN + "/" + ours, null, CLERK).status());
        JsonObject mine = ok(Api.get(PLAN + "?callId=" + call + "&size=200", null, CLERK)).json();
        assertEquals(1, mine.getInt("total"), mine.toString());
        assertEquals(ours, mine.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue());
        JsonObject all = ok(Api.get(PLAN + "?callId=" + call + "&size=200", null, CITY)).json();
        assertEquals(2, all.getInt("total"));
        JsonObject linjiang = ok(Api.get(PLAN + "?callId=" + call + "&countyId=" + TestData.COUNTY_LINJIANG,
                null, CITY)).json();
        assertEquals(1, linjiang.getInt("total"));
        assertEquals(theirs, linjiang.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue());
        assertFalse(ok(Api.get(PLAN + "?overdue=true&size=200", null, CLERK)).json().getJsonArray("items").stream()
                .anyMatch(r -> r.asJsonObject().getJsonNumber("id").longValue() == ours));
        // a call of a higher level takes no application of the county plan
        refused(enter(ProjectApiIT.openCall(), ProjectApiIT.enterprise(TestData.TOWNSHIP_CHASHAN, CLERK), "100000.00",
                CLERK), 422, "project.plan.notCountyCall");
    }
}
