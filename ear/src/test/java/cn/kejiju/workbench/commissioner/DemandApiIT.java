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

import java.util.List;

import static cn.kejiju.workbench.commissioner.ApiFixtures.LINJIANG;
import static cn.kejiju.workbench.commissioner.ApiFixtures.commissioner;
import static cn.kejiju.workbench.commissioner.ApiFixtures.created;
import static cn.kejiju.workbench.commissioner.ApiFixtures.get;
import static cn.kejiju.workbench.commissioner.ApiFixtures.id;
import static cn.kejiju.workbench.commissioner.ApiFixtures.openAssignment;
import static cn.kejiju.workbench.commissioner.ApiFixtures.post;
import static cn.kejiju.workbench.commissioner.ApiFixtures.today;
import static cn.kejiju.workbench.commissioner.ApiFixtures.version;
import static cn.kejiju.workbench.commissioner.ApiFixtures.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The demand API: a target's demand, the ranked candidates, and dispatching one of them. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DemandApiIT {

    private static final String PATH = "/api/v1/demands";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private static JsonObject demand(String targetKind, long targetId, String field) {
        return Json.createObjectBuilder().add("targetKind", targetKind).add("targetId", targetId).add("field", field)
                .add("problem", "水稻稻瘟病防治缺少技术指导").build();
    }

    private static long registered(JsonObject body) {
        return id(created(post("/api/v1/commissioners", body, Api.CITY_RW)));
    }

    @Test
    void candidatesAreRankedByFieldThenLoadAndDispatchingOneOpensTheAssignment() {
        long industry = registered(with(commissioner(LINJIANG), "field", "INDUSTRY"));
        long busy = registered(commissioner(LINJIANG));
        long free = registered(commissioner(LINJIANG));
        created(openAssignment(busy, "VILLAGE", 19, Api.CITY_RW));

        Reply reply = post(PATH, demand("VILLAGE", 16, "AGRICULTURE"), Api.CITY_RW);
        JsonObject demand = created(reply);
        assertEquals("OPEN", demand.getString("status"));
        assertEquals(16, demand.getJsonObject("target").getInt("id"));
        assertEquals(200, get(reply.header("Location"), Api.CITY_RO).status());

        Reply candidates = get(PATH + "/" + id(demand) + "/candidates", Api.CITY_RO);
        assertEquals(200, candidates.status(), candidates.body());
        List<Long> ranked = candidates.jsonStructure().asJsonArray().stream()
                .map(c -> c.asJsonObject().getJsonNumber("commissionerId").longValue())
                .filter(id -> id == industry || id == busy || id == free).toList();
        assertEquals(List.of(free, busy, industry), ranked);
        JsonObject busyRow = candidates.jsonStructure().asJsonArray().stream().map(c -> c.asJsonObject())
                .filter(c -> c.getJsonNumber("commissionerId").longValue() == busy).findFirst().orElseThrow();
        assertEquals(1, busyRow.getInt("load"));
        assertTrue(busyRow.getBoolean("fieldMatches"));

        Reply dispatched = post(PATH + "/" + id(demand) + "/dispatch", Json.createObjectBuilder()
                .add("version", version(demand)).add("commissionerId", free)
                .add("startDate", today().toString()).add("endDate", today().plusYears(1).toString())
                .add("goals", "稻瘟病综合防治").build(), Api.CITY_RW);
        assertEquals(201, dispatched.status(), dispatched.body());
        JsonObject assignment = dispatched.json();
        assertTrue(dispatched.header("Location").endsWith("/api/v1/assignments/" + id(assignment)),
                dispatched.header("Location"));
        assertEquals(free, assignment.getJsonObject("commissioner").getJsonNumber("id").longValue());
        assertEquals("V:16", assignment.getJsonObject("target").getString("key"));

        JsonObject after = get(PATH + "/" + id(demand), Api.CITY_RO).json();
        assertEquals("DISPATCHED", after.getString("status"));
        assertEquals(id(assignment), after.getJsonNumber("assignmentId").longValue());
        assertEquals(1, get("/api/v1/commissioners/" + free, Api.CITY_RO).json().getInt("activeLoad"));

        Reply again = post(PATH + "/" + id(demand) + "/dispatch", Json.createObjectBuilder()
                .add("version", version(after)).add("commissionerId", busy)
                .add("startDate", today().toString()).add("endDate", today().plusYears(1).toString())
                .add("goals", "再派一次").build(), Api.CITY_RW);
        assertEquals(422, again.status(), again.body());
        Reply stale = post(PATH + "/" + id(demand) + "/withdraw",
                Json.createObjectBuilder().add("version", version(demand)).build(), Api.CITY_RW);
        assertEquals(409, stale.status(), stale.body());
    }

    @Test
    void anOpenDemandCanBeWithdrawnAndIsListedByStatus() {
        JsonObject demand = created(post(PATH, demand("COOPERATIVE", 118, "AGRICULTURE"), Api.CITY_RW));
        Reply withdrawn = post(PATH + "/" + id(demand) + "/withdraw",
                Json.createObjectBuilder().add("version", version(demand)).build(), Api.CITY_RW);
        assertEquals(200, withdrawn.status(), withdrawn.body());
        assertEquals("WITHDRAWN", withdrawn.json().getString("status"));

        JsonObject listed = get(PATH + "?status=WITHDRAWN&targetKind=COOPERATIVE&size=200", Api.CITY_RO).json();
        assertTrue(listed.getJsonArray("items").stream()
                .anyMatch(d -> d.asJsonObject().getJsonNumber("id").longValue() == id(demand)), listed.toString());
        assertEquals(404, get(PATH + "/" + id(demand), Api.YUNLING_RW).status());
        Reply otherCounty = post(PATH, demand("VILLAGE", 16, "AGRICULTURE"), Api.YUNLING_RW);
        assertEquals(422, otherCounty.status(), otherCounty.body());
        Reply missing = post(PATH, "{\"targetKind\": \"VILLAGE\"}", Api.CITY_RW);
        assertEquals(400, missing.status(), missing.body());
    }
}
