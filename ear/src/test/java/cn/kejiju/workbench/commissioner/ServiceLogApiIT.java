package cn.kejiju.workbench.commissioner;

import cn.kejiju.workbench.Api;
import cn.kejiju.workbench.Api.Reply;
import cn.kejiju.workbench.Deployments;
import cn.kejiju.workbench.PageClient;
import cn.kejiju.workbench.TestData;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static cn.kejiju.workbench.commissioner.ApiFixtures.YUNLING;
import static cn.kejiju.workbench.commissioner.ApiFixtures.created;
import static cn.kejiju.workbench.commissioner.ApiFixtures.errorField;
import static cn.kejiju.workbench.commissioner.ApiFixtures.get;
import static cn.kejiju.workbench.commissioner.ApiFixtures.id;
import static cn.kejiju.workbench.commissioner.ApiFixtures.jpeg;
import static cn.kejiju.workbench.commissioner.ApiFixtures.log;
import static cn.kejiju.workbench.commissioner.ApiFixtures.openAssignment;
import static cn.kejiju.workbench.commissioner.ApiFixtures.post;
import static cn.kejiju.workbench.commissioner.ApiFixtures.put;
import static cn.kejiju.workbench.commissioner.ApiFixtures.register;
import static cn.kejiju.workbench.commissioner.ApiFixtures.upload;
import static cn.kejiju.workbench.commissioner.ApiFixtures.version;
import static cn.kejiju.workbench.commissioner.ApiFixtures.with;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The service log API: submission with named varieties and technologies, review by another principal
 * (the 云岭县 token submits, the city token reviews), evidence files and adoption.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ServiceLogApiIT {

    private static final String PATH = "/api/v1/service-logs";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    /** A fresh commissioner of 云岭县 with an assignment to a village; returns the assignment id. */
    private static long assignment() {
        long commissioner = id(register(YUNLING));
        return id(created(openAssignment(commissioner, "VILLAGE", 21, Api.YUNLING_RW)));
    }

    private static JsonObject submit(JsonObject log) {
        return ApiFixtures.submitLog(log, Api.YUNLING_RW);
    }

    private static Reply approve(JsonObject log, String token) {
        return post(PATH + "/" + id(log) + "/approval", Json.createObjectBuilder().add("version", version(log)).build(), token);
    }

    @Test
    void aSubmittedLogIsApprovedByAnotherPrincipalAndIsFinalThen() {
        long assignment = assignment();
        String variety = TestData.uniqueName("云茶");
        String technology = TestData.uniqueName("绿色防控");
        JsonObject body = with(with(with(log(assignment), "kind", "VARIETY_INTRODUCTION"), "varieties",
                Json.createArrayBuilder().add(variety)), "technologies", Json.createArrayBuilder().add(technology));
        Reply reply = post(PATH + "?draft=true", body, Api.YUNLING_RW);
        JsonObject draft = created(reply);
        assertTrue(reply.header("Location").endsWith(PATH + "/" + id(draft)), reply.header("Location"));
        assertEquals("DRAFT", draft.getString("status"));
        assertEquals(201, upload(id(draft), "CONFIRMATION", "盖章确认.pdf", "application/pdf",
                "%PDF-1.4 confirmation".getBytes(StandardCharsets.US_ASCII), Api.YUNLING_RW).status());
        JsonObject submitted = post(PATH + "/" + id(draft) + "/submission",
                Json.createObjectBuilder().add("version", version(draft)).build(), Api.YUNLING_RW).json();
        assertEquals("SUBMITTED", submitted.getString("status"), submitted.toString());
        assertEquals(2, submitted.getJsonArray("introductions").size());
        JsonObject read = get(PATH + "/" + id(submitted), Api.CITY_RO).json();
        List<String> names = read.getJsonArray("introductions").stream()
                .map(i -> i.asJsonObject().getString("kind") + ":" + i.asJsonObject().getString("name")).toList();
        assertTrue(names.containsAll(List.of("VARIETY:" + variety, "TECHNOLOGY:" + technology)), names.toString());
        assertEquals(1, read.getJsonArray("evidence").size());

        Reply own = approve(submitted, Api.YUNLING_RW);
        assertEquals(422, own.status(), own.body());
        assertEquals("status", errorField(own));
        assertEquals(403, approve(submitted, Api.CITY_RO).status());

        Reply approved = approve(submitted, Api.CITY_RW);
        assertEquals(200, approved.status(), approved.body());
        assertEquals("APPROVED", approved.json().getString("status"));
        assertTrue(approved.json().getString("reviewedBy").startsWith("token:"), approved.body());

        Reply revise = put(PATH + "/" + id(submitted), with(body, "version", version(approved.json())), Api.YUNLING_RW);
        assertEquals(422, revise.status(), revise.body());
        assertEquals("status", errorField(revise));
        Reply reject = post(PATH + "/" + id(submitted) + "/rejection", Json.createObjectBuilder()
                .add("version", version(approved.json())).add("reason", "晚了").build(), Api.CITY_RW);
        assertEquals(422, reject.status(), reject.body());

        JsonObject listed = get(PATH + "?assignmentId=" + assignment + "&status=APPROVED&kind=VARIETY_INTRODUCTION&from="
                + ApiFixtures.today() + "&to=" + ApiFixtures.today(), Api.CITY_RO).json();
        assertEquals(1, listed.getInt("total"));
        assertEquals(400, get(PATH + "?from=yesterday", Api.CITY_RO).status());
    }

    @Test
    void aRejectionNeedsAReasonAndTheRevisedLogGoesBackToReview() {
        JsonObject submitted = submit(log(assignment()));
        String reject = PATH + "/" + id(submitted) + "/rejection";

        Reply noReason = post(reject, Json.createObjectBuilder().add("version", version(submitted)).build(), Api.CITY_RW);
        assertEquals(422, noReason.status(), noReason.body());
        assertEquals("reason", errorField(noReason));

        Reply rejected = post(reject, Json.createObjectBuilder().add("version", version(submitted))
                .add("reason", "请补充现场照片").build(), Api.CITY_RW);
        assertEquals(200, rejected.status(), rejected.body());
        assertEquals("REJECTED", rejected.json().getString("status"));
        assertEquals("请补充现场照片", rejected.json().getString("rejectionReason"));

        Reply stale = put(PATH + "/" + id(submitted), with(log(submitted.getJsonNumber("assignmentId").longValue()),
                "version", version(submitted)), Api.YUNLING_RW);
        assertEquals(409, stale.status(), stale.body());
        Reply revised = put(PATH + "/" + id(submitted), with(with(log(submitted.getJsonNumber("assignmentId").longValue()),
                "summary", "补充了现场照片"), "version", version(rejected.json())), Api.YUNLING_RW);
        assertEquals(200, revised.status(), revised.body());
        assertEquals("SUBMITTED", revised.json().getString("status"));
        assertTrue(!revised.json().containsKey("rejectionReason"), revised.body());
    }

    /** The kinds of the county's open to-do items about a log, as the county's token sees them (every page). */
    private static Set<String> todoKindsAbout(JsonObject log) {
        Set<String> kinds = new HashSet<>();
        for (int page = 0; ; page++) {
            JsonObject items = get("/api/v1/todo?size=200&page=" + page, Api.YUNLING_RW).json();
            items.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                    .filter(item -> item.getString("recordType").equals("ServiceLog")
                            && item.getString("recordId").equals(String.valueOf(id(log))))
                    .forEach(item -> kinds.add(item.getString("kind")));
            if ((long) (page + 1) * 200 >= items.getJsonNumber("total").longValue()) {
                return kinds;
            }
        }
    }

    @Test
    void reviewMovesTheLogBetweenTheLeadersAndTheClerksToDoLists() {
        JsonObject submitted = submit(log(assignment()));
        assertEquals(Set.of("commissioner.review.logAwaitingApproval"), todoKindsAbout(submitted), "awaits the leaders");

        Reply rejected = post(PATH + "/" + id(submitted) + "/rejection", Json.createObjectBuilder()
                .add("version", version(submitted)).add("reason", "缺少盖章确认").build(), Api.CITY_RW);
        assertEquals(200, rejected.status(), rejected.body());
        assertEquals(Set.of("commissioner.logRejected"), todoKindsAbout(submitted), "back to the clerks");

        Reply revised = put(PATH + "/" + id(submitted), with(log(submitted.getJsonNumber("assignmentId").longValue()),
                "version", version(rejected.json())), Api.YUNLING_RW);
        assertEquals(200, revised.status(), revised.body());
        assertEquals(Set.of("commissioner.review.logAwaitingApproval"), todoKindsAbout(submitted), "resubmitted");

        assertEquals(200, approve(revised.json(), Api.CITY_RW).status());
        assertEquals(Set.of(), todoKindsAbout(submitted), "approved: nothing left to do");
    }

    @Test
    void aDraftTakesItsEvidenceAndIsSubmittedOnlyWithItWhileTheRuleIsOn() {
        assertTrue(get("/api/v1/commissioner-settings", Api.CITY_RO).json().getBoolean("evidenceRequired"),
                "the evidence rule is on by default");
        long assignment = assignment();
        Reply direct = post(PATH, log(assignment), Api.YUNLING_RW);
        assertEquals(422, direct.status(), direct.body());
        assertEquals("evidence", errorField(direct), "a log submitted at once has no evidence");

        JsonObject draft = created(post(PATH + "?draft=true", log(assignment), Api.YUNLING_RW));
        assertEquals("DRAFT", draft.getString("status"));
        assertEquals(Set.of(), todoKindsAbout(draft), "a draft raises nothing for the leaders");
        assertEquals(404, get(PATH + "/" + id(draft), Api.CITY_RO).status(), "a draft is seen by those who write logs only");
        assertEquals(0, get(PATH + "?assignmentId=" + assignment, Api.CITY_RO).json().getInt("total"));
        assertEquals(1, get(PATH + "?assignmentId=" + assignment + "&status=DRAFT", Api.YUNLING_RW).json().getInt("total"));
        assertEquals(0, get(PATH + "?status=SUBMITTED&assignmentId=" + assignment, Api.YUNLING_RW).json().getInt("total"));

        String submission = PATH + "/" + id(draft) + "/submission";
        Reply bare = post(submission, Json.createObjectBuilder().add("version", version(draft)).build(), Api.YUNLING_RW);
        assertEquals(422, bare.status(), bare.body());
        assertEquals("evidence", errorField(bare), "the refusal names the evidence");

        Reply edited = put(PATH + "/" + id(draft), with(with(log(assignment), "summary", "补拍了现场照片"), "version",
                version(draft)), Api.YUNLING_RW);
        assertEquals(200, edited.status(), edited.body());
        assertEquals("DRAFT", edited.json().getString("status"), "an edited draft stays a draft");

        Reply photo = upload(id(draft), "PHOTO", "现场照片.jpg", "image/jpeg", jpeg(4096), Api.YUNLING_RW);
        assertEquals(201, photo.status(), photo.body());
        Reply stale = post(submission, Json.createObjectBuilder().add("version", version(draft)).build(), Api.YUNLING_RW);
        assertEquals(409, stale.status(), stale.body());
        Reply submitted = post(submission, Json.createObjectBuilder().add("version", version(edited.json())).build(),
                Api.YUNLING_RW);
        assertEquals(200, submitted.status(), submitted.body());
        assertEquals("SUBMITTED", submitted.json().getString("status"));
        assertEquals("补拍了现场照片", submitted.json().getString("summary"));
        assertEquals(Set.of("commissioner.review.logAwaitingApproval"), todoKindsAbout(draft), "now it awaits the leaders");
        assertEquals(1, get(PATH + "/" + id(draft), Api.CITY_RO).json().getJsonArray("evidence").size());

        Reply again = post(submission, Json.createObjectBuilder().add("version", version(submitted.json())).build(),
                Api.YUNLING_RW);
        assertEquals(422, again.status(), again.body());
        assertEquals("status", errorField(again));
        assertEquals(403, post(submission, Json.createObjectBuilder().add("version", version(submitted.json())).build(),
                Api.CITY_RO).status(), "a read-only token submits nothing");
    }

    @Test
    void everyReaderOfALogReadsItsEvidenceInTheBrowserAndAnotherCountyDoesNot() throws Exception {
        JsonObject submitted = submit(log(assignment()));
        long evidence = get(PATH + "/" + id(submitted), Api.CITY_RO).json().getJsonArray("evidence").getJsonObject(0)
                .getJsonNumber("id").longValue();
        String shown = Api.BASE + "/commissioner/evidence?view=true&id=" + evidence;
        for (String reader : List.of("leader", "viewer", "yl.clerk")) {
            HttpResponse<String> page = new PageClient().login(reader, "Demo@2026")
                    .api(HttpRequest.newBuilder(java.net.URI.create(shown)).GET());
            assertEquals(200, page.statusCode(), reader);
            assertEquals("image/jpeg", page.headers().firstValue("Content-Type").orElse(""), reader);
            assertTrue(page.headers().firstValue("Content-Disposition").orElse("").startsWith("inline;"), reader);
        }
        HttpResponse<String> otherCounty = new PageClient().login("lj.clerk", "Demo@2026")
                .api(HttpRequest.newBuilder(java.net.URI.create(shown)).GET());
        assertEquals(404, otherCounty.statusCode(), "another county's evidence does not exist for 临江县");

        JsonObject draft = created(post(PATH + "?draft=true", log(submitted.getJsonNumber("assignmentId").longValue()),
                Api.YUNLING_RW));
        Reply photo = upload(id(draft), "PHOTO", "草稿照片.jpg", "image/jpeg", jpeg(1024), Api.YUNLING_RW);
        String draftPhoto = Api.BASE + "/commissioner/evidence?id=" + photo.json().getJsonNumber("id").longValue();
        assertEquals(404, new PageClient().login("leader", "Demo@2026")
                .api(HttpRequest.newBuilder(java.net.URI.create(draftPhoto)).GET()).statusCode(), "a draft's evidence is the clerks'");
        assertEquals(200, new PageClient().login("yl.clerk", "Demo@2026")
                .api(HttpRequest.newBuilder(java.net.URI.create(draftPhoto)).GET()).statusCode());
    }

    @Test
    void rulesOfTheLogAreRefusedNamingTheField() {
        long assignment = assignment();
        Reply training = post(PATH, with(log(assignment), "kind", "TRAINING"), Api.YUNLING_RW);
        assertEquals(422, training.status(), training.body());
        assertEquals("peopleTrained", errorField(training));

        Reply halfDays = post(PATH, with(log(assignment), "days", new BigDecimal("0.3")), Api.YUNLING_RW);
        assertEquals(422, halfDays.status(), halfDays.body());
        assertEquals("days", errorField(halfDays));

        Reply future = post(PATH, with(log(assignment), "serviceDate", ApiFixtures.today().plusDays(1).toString()),
                Api.YUNLING_RW);
        assertEquals(422, future.status(), future.body());
        assertEquals("serviceDate", errorField(future));

        Reply missing = post(PATH, "{\"assignmentId\": " + assignment + "}", Api.YUNLING_RW);
        assertEquals(400, missing.status(), missing.body());
    }

    @Test
    void anUploadedNameLosesControlAndBidiCharactersAndDownloadsAsBinary() throws Exception {
        JsonObject submitted = submit(log(assignment()));
        byte[] photo = jpeg(1024);
        // U+202E makes "现场\u202Egpj.exe" read as "现场exe.jpg"; a NUL cuts names short in C code
        Reply uploaded = upload(id(submitted), "PHOTO", "现场\u202Egpj\u0000.exe", "image/jpeg", photo, Api.YUNLING_RW);
        assertEquals(201, uploaded.status(), uploaded.body());
        assertEquals("现场gpj.exe", uploaded.json().getString("fileName"));

        HttpResponse<byte[]> download = Api.http().send(
                HttpRequest.newBuilder(java.net.URI.create(uploaded.header("Location")))
                        .header("Authorization", "Bearer " + Api.CITY_RO).header("Accept", "*/*").GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, download.statusCode());
        assertEquals("image/jpeg", download.headers().firstValue("Content-Type").orElse(""), "binary, no charset");
        assertEquals("attachment; filename=\"__gpj.exe\"; filename*=UTF-8''%E7%8E%B0%E5%9C%BAgpj.exe",
                download.headers().firstValue("Content-Disposition").orElse(""));

        PageClient clerk = new PageClient().login("yl.clerk", "Demo@2026");
        HttpResponse<String> page = clerk.api(HttpRequest.newBuilder(java.net.URI.create(
                Api.BASE + "/commissioner/evidence?id=" + uploaded.json().getJsonNumber("id").longValue())).GET());
        assertEquals(200, page.statusCode());
        assertEquals("image/jpeg", page.headers().firstValue("Content-Type").orElse(""), "binary, no charset");
        assertEquals("attachment; filename=\"__gpj.exe\"; filename*=UTF-8''%E7%8E%B0%E5%9C%BAgpj.exe",
                page.headers().firstValue("Content-Disposition").orElse(""));
    }

    @Test
    void evidenceIsCheckedByItsBytesAndSizeAndDownloadsAsUploaded() throws Exception {
        JsonObject submitted = submit(log(assignment()));
        byte[] photo = jpeg(2048);

        Reply uploaded = upload(id(submitted), "PHOTO", "现场照片.jpg", "image/jpeg", photo, Api.YUNLING_RW);
        assertEquals(201, uploaded.status(), uploaded.body());
        JsonObject evidence = uploaded.json();
        assertEquals("image/jpeg", evidence.getString("contentType"));
        assertEquals(photo.length, evidence.getInt("size"));
        assertEquals("现场照片.jpg", evidence.getString("fileName"));

        Reply fake = upload(id(submitted), "PHOTO", "fake.jpg", "image/jpeg",
                "this is not a picture".getBytes(StandardCharsets.UTF_8), Api.YUNLING_RW);
        assertEquals(422, fake.status(), fake.body());
        assertEquals("file", errorField(fake));

        // An upload over the size limit is answered while the client is still sending: Payara reads on and
        // answers the problem; WildFly resets the HTTP/2 stream (README, Known issues), so it is checked on Payara.
        if (!"wildfly".equals(System.getProperty("arquillian.launch"))) {
            int maxMegabytes = get("/api/v1/commissioner-settings", Api.CITY_RO).json().getInt("evidenceMaxMegabytes");
            Reply oversize = upload(id(submitted), "PHOTO", "big.jpg", "image/jpeg", jpeg(maxMegabytes * 1024 * 1024 + 1),
                    Api.YUNLING_RW);
            assertEquals(422, oversize.status(), oversize.body());
            assertEquals("file", errorField(oversize));
        }

        Reply badKind = upload(id(submitted), "VIDEO", "a.jpg", "image/jpeg", photo, Api.YUNLING_RW);
        assertEquals(400, badKind.status(), badKind.body());

        String location = uploaded.header("Location");
        HttpResponse<byte[]> download = Api.http().send(
                HttpRequest.newBuilder(java.net.URI.create(location)).header("Authorization", "Bearer " + Api.CITY_RO)
                        .header("Accept", "*/*").GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, download.statusCode());
        assertArrayEquals(photo, download.body());
        // the media type the bytes showed (the server adds its default charset to every response)
        String type = download.headers().firstValue("Content-Type").orElse("");
        assertTrue(type.startsWith("image/jpeg"), type);
        String disposition = download.headers().firstValue("Content-Disposition").orElse("");
        assertTrue(disposition.startsWith("attachment;") && disposition.contains("filename*=UTF-8''"), disposition);

        JsonObject read = get(PATH + "/" + id(submitted), Api.CITY_RO).json();
        assertEquals(2, read.getJsonArray("evidence").size(), "the photo it was submitted with and this one");

        Reply second = upload(id(submitted), "CONFIRMATION", "盖章确认.pdf", "application/pdf",
                "%PDF-1.4 stamped".getBytes(StandardCharsets.US_ASCII), Api.YUNLING_RW);
        assertEquals(201, second.status(), second.body());
        assertEquals("application/pdf", second.json().getString("contentType"));
        Reply removed = Api.send(Api.request(second.header("Location"), Api.YUNLING_RW).DELETE().build());
        assertEquals(204, removed.status(), removed.body());
        assertEquals(404, get(second.header("Location"), Api.CITY_RO).status());

        Reply approved = approve(read, Api.CITY_RW);
        assertEquals(200, approved.status(), approved.body());
        Reply afterApproval = upload(id(submitted), "PHOTO", "late.jpg", "image/jpeg", photo, Api.YUNLING_RW);
        assertEquals(422, afterApproval.status(), afterApproval.body());
        Reply removeAfterApproval = Api.send(Api.request(location, Api.YUNLING_RW).DELETE().build());
        assertEquals(422, removeAfterApproval.status(), removeAfterApproval.body());
        assertTrue(Arrays.equals(photo, Api.http().send(
                HttpRequest.newBuilder(java.net.URI.create(location)).header("Authorization", "Bearer " + Api.YUNLING_RW)
                        .GET().build(), HttpResponse.BodyHandlers.ofByteArray()).body()));
    }

    @Test
    void adoptionIsRecordedOnlyAfterApproval() {
        String variety = TestData.uniqueName("高山茶");
        JsonObject submitted = submit(with(with(log(assignment()), "kind", "VARIETY_INTRODUCTION"), "varieties",
                Json.createArrayBuilder().add(variety)));
        long introduction = id(submitted.getJsonArray("introductions").getJsonObject(0));
        String adoption = PATH + "/introductions/" + introduction + "/adoption";
        JsonObject body = Json.createObjectBuilder().add("area", new BigDecimal("120.5")).add("households", 36)
                .add("income", new BigDecimal("18.25")).add("recordedOn", ApiFixtures.today().toString()).build();

        Reply early = put(adoption, body, Api.YUNLING_RW);
        assertEquals(422, early.status(), early.body());
        assertEquals("introductionId", errorField(early));

        assertEquals(200, approve(submitted, Api.CITY_RW).status());
        Reply recorded = put(adoption, body, Api.YUNLING_RW);
        assertEquals(200, recorded.status(), recorded.body());

        JsonObject item = get(PATH + "/" + id(submitted), Api.CITY_RO).json().getJsonArray("introductions").getJsonObject(0);
        assertEquals(variety, item.getString("name"));
        assertEquals(0, new BigDecimal("120.5").compareTo(item.getJsonNumber("adoptedArea").bigDecimalValue()));
        assertEquals(36, item.getInt("adoptedHouseholds"));
        assertEquals(0, new BigDecimal("18.25").compareTo(item.getJsonNumber("adoptionIncome").bigDecimalValue()));
        assertEquals(404, put(PATH + "/introductions/987654321/adoption", body, Api.YUNLING_RW).status());
    }

    @Test
    void approvalsOfOneCommissionerRacingEachOtherAllCountInTheStatistics() throws Exception {
        long assignment = assignment();
        List<JsonObject> submitted = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            submitted.add(submit(log(assignment)));
        }
        String year = "/api/v1/commissioner-statistics?year=" + ApiFixtures.today().getYear();
        // the days of this month up to today: read from the logs, not from the monthly rollup
        String days = "/api/v1/commissioner-statistics?from=" + ApiFixtures.today().withDayOfMonth(1) + "&to=" + ApiFixtures.today();
        long yearBefore = get(year, Api.CITY_RO).json().getJsonNumber("visits").longValue();
        long daysBefore = get(days, Api.CITY_RO).json().getJsonNumber("visits").longValue();

        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(submitted.size());
        try {
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<Reply>> replies = new java.util.ArrayList<>();
            for (JsonObject log : submitted) {
                replies.add(pool.submit(() -> {
                    start.await();
                    return approve(log, Api.CITY_RW);
                }));
            }
            start.countDown();
            for (java.util.concurrent.Future<Reply> reply : replies) {
                Reply approved = reply.get(60, java.util.concurrent.TimeUnit.SECONDS);
                assertEquals(200, approved.status(), approved.body());
            }
        } finally {
            pool.shutdownNow();
        }

        // six approvals of the same commissioner and month, at once: each adds its visit, none overwrites another
        assertEquals(yearBefore + 6, get(year, Api.CITY_RO).json().getJsonNumber("visits").longValue());
        assertEquals(daysBefore + 6, get(days, Api.CITY_RO).json().getJsonNumber("visits").longValue());
    }

    @Test
    void aLogAwaitingReviewKeepsItsLastEvidence() {
        JsonObject submitted = ApiFixtures.submitLog(log(assignment()), Api.YUNLING_RW);
        long only = id(get(PATH + "/" + id(submitted), Api.YUNLING_RW).json().getJsonArray("evidence").getJsonObject(0));

        Reply refused = Api.send(Api.request(PATH + "/evidence/" + only, Api.YUNLING_RW).DELETE().build());
        assertEquals(422, refused.status(), refused.body());
        assertEquals("evidence", errorField(refused));

        Reply another = ApiFixtures.upload(id(submitted), "PHOTO", "另一张.jpg", "image/jpeg", jpeg(1024), Api.YUNLING_RW);
        assertEquals(201, another.status(), another.body());
        Reply removed = Api.send(Api.request(PATH + "/evidence/" + only, Api.YUNLING_RW).DELETE().build());
        assertEquals(204, removed.status(), removed.body());
        assertEquals(1, get(PATH + "/" + id(submitted), Api.YUNLING_RW).json().getJsonArray("evidence").size());
    }

    /** The ids of a page of logs, in order. */
    private static List<Long> ids(JsonObject page) {
        return page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(item -> item.getJsonNumber("id").longValue()).toList();
    }

    @Test
    void aListContinuedAfterItsCursorReadsTheSameRowsAsItsNumberedPages() {
        for (String sort : List.of("sort=serviceDate&dir=desc", "sort=kind&dir=asc", "sort=commissioner&dir=desc")) {
            String list = PATH + "?status=APPROVED&size=7&" + sort;
            JsonObject first = get(list, Api.CITY_RO).json();
            JsonObject second = get(list + "&page=1", Api.CITY_RO).json();
            JsonObject third = get(list + "&page=2", Api.CITY_RO).json();

            JsonObject afterFirst = get(list + "&after=" + first.getString("next"), Api.CITY_RO).json();
            JsonObject afterSecond = get(list + "&after=" + afterFirst.getString("next"), Api.CITY_RO).json();

            assertEquals(ids(second), ids(afterFirst), sort);
            assertEquals(ids(third), ids(afterSecond), sort);
            assertEquals(first.getJsonNumber("total"), afterSecond.getJsonNumber("total"), "the total is the filter's");
        }
    }

    @Test
    void aCursorThatIsMalformedOrOfAnotherSortIsRefusedNamingIt() {
        JsonObject first = get(PATH + "?size=3&sort=serviceDate&dir=desc", Api.CITY_RO).json();
        Reply otherSort = get(PATH + "?size=3&sort=kind&dir=desc&after=" + first.getString("next"), Api.CITY_RO);
        assertEquals(422, otherSort.status(), otherSort.body());
        assertEquals("after", errorField(otherSort));

        Reply garbage = get(PATH + "?size=3&after=garbage%21", Api.CITY_RO);
        assertEquals(422, garbage.status(), garbage.body());
        assertEquals("after", errorField(garbage));
    }

    @Test
    void theLastPageHasNoCursor() {
        long assignment = assignment();
        submit(log(assignment));
        JsonObject only = get(PATH + "?assignmentId=" + assignment + "&size=5", Api.CITY_RO).json();
        assertEquals(1, only.getInt("total"));
        assertTrue(!only.containsKey("next"), only.toString());
    }
}
