package cn.kejiju.workbench.commissioner;

import cn.kejiju.workbench.Api;
import cn.kejiju.workbench.Api.Reply;
import cn.kejiju.workbench.Deployments;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static cn.kejiju.workbench.commissioner.ApiFixtures.LINJIANG;
import static cn.kejiju.workbench.commissioner.ApiFixtures.assignment;
import static cn.kejiju.workbench.commissioner.ApiFixtures.created;
import static cn.kejiju.workbench.commissioner.ApiFixtures.errorField;
import static cn.kejiju.workbench.commissioner.ApiFixtures.get;
import static cn.kejiju.workbench.commissioner.ApiFixtures.id;
import static cn.kejiju.workbench.commissioner.ApiFixtures.openAssignment;
import static cn.kejiju.workbench.commissioner.ApiFixtures.post;
import static cn.kejiju.workbench.commissioner.ApiFixtures.put;
import static cn.kejiju.workbench.commissioner.ApiFixtures.register;
import static cn.kejiju.workbench.commissioner.ApiFixtures.today;
import static cn.kejiju.workbench.commissioner.ApiFixtures.version;
import static cn.kejiju.workbench.commissioner.ApiFixtures.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The assignment API: the rules of opening, the agreement, early ends and the race for the last slot. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AssignmentApiIT {

    private static final String PATH = "/api/v1/assignments";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private static long activeCount(long commissionerId) {
        return get(PATH + "?commissionerId=" + commissionerId + "&status=ACTIVE", Api.CITY_RO).json().getInt("total");
    }

    @Test
    void openAnswers201AndRefusesAnOverlapAtTheSameTargetAndAnEndNotAfterTheStart() {
        long commissioner = id(register(LINJIANG));
        Reply reply = openAssignment(commissioner, "VILLAGE", 11, Api.CITY_RW);
        JsonObject opened = created(reply);
        assertNotNull(reply.header("Location"));
        JsonObject read = get(reply.header("Location"), Api.CITY_RO).json();
        assertEquals("VILLAGE", read.getJsonObject("target").getString("kind"));
        assertEquals(11, read.getJsonObject("target").getInt("id"));
        assertEquals(commissioner, read.getJsonObject("commissioner").getJsonNumber("id").longValue());
        assertFalse(read.getBoolean("agreementConfirmed"));
        assertTrue(read.getBoolean("activeToday"));

        Reply overlap = post(PATH, with(assignment(commissioner, "VILLAGE", 11), "startDate",
                today().plusDays(100).toString()), Api.CITY_RW);
        assertEquals(422, overlap.status(), overlap.body());
        assertEquals("startDate", errorField(overlap));

        Reply backwards = post(PATH, with(assignment(commissioner, "VILLAGE", 12), "endDate",
                today().minusDays(30).toString()), Api.CITY_RW);
        assertEquals(422, backwards.status(), backwards.body());
        assertEquals("endDate", errorField(backwards));

        Reply otherCounty = openAssignment(commissioner, "VILLAGE", 21, Api.CITY_RW);
        assertEquals(422, otherCounty.status(), otherCounty.body());
        assertEquals("targetId", errorField(otherCounty));

        Reply cooperativeAsEnterprise = openAssignment(commissioner, "ENTERPRISE", 118, Api.CITY_RW);
        assertEquals(422, cooperativeAsEnterprise.status(), cooperativeAsEnterprise.body());
        JsonObject cooperative = created(openAssignment(commissioner, "COOPERATIVE", 118, Api.CITY_RW));
        assertEquals("O:118", cooperative.getJsonObject("target").getString("key"));

        assertEquals(404, get(PATH + "/" + id(opened), Api.YUNLING_RW).status());
        assertEquals(403, openAssignment(commissioner, "VILLAGE", 12, Api.CITY_RO).status());
    }

    @Test
    void aCommissionerHoldsAtMostTheConfiguredNumberOfActiveAssignments() {
        int max = get("/api/v1/commissioner-settings", Api.CITY_RO).json().getInt("maxActiveAssignments");
        long commissioner = id(register(LINJIANG));
        for (int i = 0; i < max; i++) {
            created(openAssignment(commissioner, "VILLAGE", ApiFixtures.LINJIANG_VILLAGES[i], Api.CITY_RW));
        }

        Reply oneTooMany = openAssignment(commissioner, "VILLAGE", ApiFixtures.LINJIANG_VILLAGES[max], Api.CITY_RW);

        assertEquals(422, oneTooMany.status(), oneTooMany.body());
        assertEquals("commissionerId", errorField(oneTooMany));
        assertTrue(oneTooMany.json().getString("detail").contains(String.valueOf(max)), oneTooMany.body());
        assertEquals(max, activeCount(commissioner));
        assertEquals(max, get("/api/v1/commissioners/" + commissioner, Api.CITY_RO).json().getInt("activeLoad"));
    }

    @Test
    void bothSidesConfirmTheAgreementAndAReplanAsksForItAgain() {
        long commissioner = id(register(LINJIANG));
        JsonObject opened = created(openAssignment(commissioner, "ENTERPRISE", 100, Api.CITY_RW));
        long id = id(opened);

        Reply bySide = post(PATH + "/" + id + "/confirmations", Json.createObjectBuilder().add("side", "COMMISSIONER")
                .add("on", today().toString()).add("version", version(opened)).build(), Api.CITY_RW);
        assertEquals(200, bySide.status(), bySide.body());
        assertFalse(bySide.json().getBoolean("agreementConfirmed"));

        Reply stale = post(PATH + "/" + id + "/confirmations", Json.createObjectBuilder().add("side", "TARGET")
                .add("version", version(opened)).build(), Api.CITY_RW);
        assertEquals(409, stale.status(), stale.body());

        Reply future = post(PATH + "/" + id + "/confirmations", Json.createObjectBuilder().add("side", "TARGET")
                .add("on", today().plusDays(2).toString()).add("version", version(bySide.json())).build(), Api.CITY_RW);
        assertEquals(422, future.status(), future.body());

        Reply badSide = post(PATH + "/" + id + "/confirmations", Json.createObjectBuilder().add("side", "BUREAU")
                .add("version", version(bySide.json())).build(), Api.CITY_RW);
        assertEquals(400, badSide.status(), badSide.body());

        Reply both = post(PATH + "/" + id + "/confirmations", Json.createObjectBuilder().add("side", "TARGET")
                .add("version", version(bySide.json())).build(), Api.CITY_RW);
        assertEquals(200, both.status(), both.body());
        assertTrue(both.json().getBoolean("agreementConfirmed"));
        assertEquals(today().toString(), both.json().getString("targetConfirmedOn"));
        JsonObject confirmedList = get(PATH + "?commissionerId=" + commissioner + "&agreementConfirmed=true", Api.CITY_RO).json();
        assertEquals(1, confirmedList.getInt("total"));

        JsonObject replan = with(with(assignment(commissioner, "ENTERPRISE", 100), "goals", "新的目标：建设示范基地"),
                "version", version(both.json()));
        Reply replanned = put(PATH + "/" + id, replan, Api.CITY_RW);
        assertEquals(200, replanned.status(), replanned.body());
        assertFalse(replanned.json().getBoolean("agreementConfirmed"));
        assertFalse(replanned.json().containsKey("commissionerConfirmedOn"), replanned.body());
        assertEquals(0, get(PATH + "?commissionerId=" + commissioner + "&agreementConfirmed=true", Api.CITY_RO)
                .json().getInt("total"));
    }

    @Test
    void anEarlyEndNeedsAReason() {
        long commissioner = id(register(LINJIANG));
        JsonObject opened = created(openAssignment(commissioner, "VILLAGE", 13, Api.CITY_RW));
        String end = PATH + "/" + id(opened) + "/end";

        Reply noReason = post(end, Json.createObjectBuilder().add("on", today().toString())
                .add("version", version(opened)).build(), Api.CITY_RW);
        assertEquals(422, noReason.status(), noReason.body());
        assertEquals("endReason", errorField(noReason));

        Reply outside = post(end, Json.createObjectBuilder().add("on", today().plusDays(400).toString())
                .add("reason", "村里不再需要").add("version", version(opened)).build(), Api.CITY_RW);
        assertEquals(422, outside.status(), outside.body());
        assertEquals("endedOn", errorField(outside));

        Reply ended = post(end, Json.createObjectBuilder().add("on", today().toString())
                .add("reason", "村里不再需要").add("version", version(opened)).build(), Api.CITY_RW);
        assertEquals(200, ended.status(), ended.body());
        assertEquals("ENDED", ended.json().getString("status"));
        assertEquals("村里不再需要", ended.json().getString("endReason"));
        assertFalse(ended.json().getBoolean("activeToday"));
        assertEquals(0, activeCount(commissioner));

        Reply again = post(end, Json.createObjectBuilder().add("on", today().toString())
                .add("reason", "再次").add("version", version(ended.json())).build(), Api.CITY_RW);
        assertEquals(422, again.status(), again.body());
    }

    @Test
    void ofConcurrentRequestsForTheLastFreeSlotExactlyOneSucceeds() throws Exception {
        int max = get("/api/v1/commissioner-settings", Api.CITY_RO).json().getInt("maxActiveAssignments");
        long commissioner = id(register(LINJIANG));
        for (int i = 0; i < max - 1; i++) {
            created(openAssignment(commissioner, "VILLAGE", ApiFixtures.LINJIANG_VILLAGES[i], Api.CITY_RW));
        }
        List<JsonObject> targets = new ArrayList<>();
        for (int i = max - 1; i < ApiFixtures.LINJIANG_VILLAGES.length; i++) {
            targets.add(assignment(commissioner, "VILLAGE", ApiFixtures.LINJIANG_VILLAGES[i]));
        }
        for (long enterprise : ApiFixtures.LINJIANG_ENTERPRISES) {
            targets.add(assignment(commissioner, "ENTERPRISE", enterprise));
        }
        List<JsonObject> requests = targets.subList(0, 8);

        ExecutorService pool = Executors.newFixedThreadPool(requests.size());
        CountDownLatch ready = new CountDownLatch(requests.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Reply>> replies = new ArrayList<>();
            long[] took = new long[requests.size()];
            for (int i = 0; i < requests.size(); i++) {
                JsonObject request = requests.get(i);
                int which = i;
                replies.add(pool.submit(() -> {
                    ready.countDown();
                    start.await();
                    long sent = System.nanoTime();
                    try {
                        return post(PATH, request, Api.CITY_RW);
                    } finally {
                        took[which] = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - sent);
                    }
                }));
            }
            assertTrue(ready.await(10, TimeUnit.SECONDS));
            start.countDown();
            // every request's outcome and time first, so that a failure tells what each one got
            List<Integer> statuses = new ArrayList<>();
            List<String> outcomes = new ArrayList<>();
            for (int i = 0; i < replies.size(); i++) {
                try {
                    Reply answer = replies.get(i).get(60, TimeUnit.SECONDS);
                    statuses.add(answer.status());
                    outcomes.add(answer.status() + (answer.status() == 422 ? " " + errorField(answer) : "") + " in "
                            + took[i] + " ms");
                } catch (ExecutionException failed) {
                    statuses.add(-1);
                    outcomes.add(failed.getCause() + " after " + took[i] + " ms");
                }
            }

            assertEquals(1, statuses.stream().filter(s -> s == 201).count(), outcomes.toString());
            assertEquals(statuses.size() - 1, statuses.stream().filter(s -> s == 422 || s == 409).count(),
                    outcomes.toString());
            assertTrue(outcomes.stream().filter(o -> o.startsWith("422")).allMatch(o -> o.startsWith("422 commissionerId")),
                    outcomes.toString());
            assertEquals(max, activeCount(commissioner));
            assertEquals(max, get("/api/v1/commissioners/" + commissioner, Api.CITY_RO).json().getInt("activeLoad"));
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<Long> ids(JsonObject page) {
        return page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(item -> item.getJsonNumber("id").longValue()).toList();
    }

    @Test
    void aListContinuedAfterItsCursorReadsTheSameRowsAsItsNumberedPages() {
        for (String sort : List.of("sort=startDate&dir=asc", "sort=endDate&dir=desc", "sort=status&dir=asc")) {
            String list = PATH + "?size=3&" + sort;
            JsonObject first = get(list, Api.CITY_RO).json();
            JsonObject second = get(list + "&page=1", Api.CITY_RO).json();
            JsonObject afterFirst = get(list + "&after=" + first.getString("next"), Api.CITY_RO).json();
            assertEquals(ids(second), ids(afterFirst), sort);
            assertEquals(first.getJsonNumber("total"), afterFirst.getJsonNumber("total"), sort);
        }
        Reply otherSort = get(PATH + "?size=3&sort=endDate&dir=asc&after="
                + get(PATH + "?size=3&sort=startDate&dir=asc", Api.CITY_RO).json().getString("next"), Api.CITY_RO);
        assertEquals(422, otherSort.status(), otherSort.body());
        assertEquals("after", errorField(otherSort));
    }
}
