package cn.kejiju.workbench.jurisdiction;

import cn.kejiju.workbench.Api;
import cn.kejiju.workbench.Api.Reply;
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

import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The division hierarchy over the API, including the references that keep a division from deletion. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class JurisdictionApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    /** A township code under 临江县 (359921) that no other test run uses. */
    private static String freshTownshipCode() {
        return "359921" + (300 + ThreadLocalRandom.current().nextInt(699)) + "000";
    }

    private static JsonObject createTownship() {
        for (int attempt = 0; attempt < 20; attempt++) {
            Reply reply = Api.post("/api/v1/jurisdictions", """
                    {"parentId": %d, "code": "%s", "name": "%s"}
                    """.formatted(TestData.COUNTY_LINJIANG, freshTownshipCode(), TestData.uniqueName("新镇")));
            if (reply.status() == 201) {
                return reply.json();
            }
            assertEquals(409, reply.status(), reply.body());
        }
        throw new AssertionError("no free township code");
    }

    @Test
    void theDemoHierarchyIsListedByParentAndLevel() {
        JsonArray counties = Api.get("/api/v1/jurisdictions?level=COUNTY").jsonStructure().asJsonArray();
        assertTrue(counties.stream().anyMatch(c -> c.asJsonObject().getString("name").equals("临江县")));
        JsonArray townships = Api.get("/api/v1/jurisdictions?parentId=" + TestData.COUNTY_LINJIANG).jsonStructure().asJsonArray();
        assertTrue(townships.size() >= 3);
        townships.forEach(t -> assertEquals("TOWNSHIP", t.asJsonObject().getString("level")));
    }

    @Test
    void aNewTownshipCanBeRenamedAndDeletedWhileNothingRefersToIt() {
        JsonObject township = createTownship();
        long id = township.getJsonNumber("id").longValue();
        assertEquals("TOWNSHIP", township.getString("level"));

        Reply renamed = Api.put("/api/v1/jurisdictions/" + id,
                "{\"name\":\"江滨街道\",\"version\":" + township.getJsonNumber("version").longValue() + "}");
        assertEquals(200, renamed.status(), renamed.body());
        Reply stale = Api.put("/api/v1/jurisdictions/" + id,
                "{\"name\":\"旧版本\",\"version\":" + township.getJsonNumber("version").longValue() + "}");
        assertEquals(409, stale.status(), stale.body());

        assertEquals(204, Api.delete("/api/v1/jurisdictions/" + id).status());
        assertEquals(404, Api.get("/api/v1/jurisdictions/" + id).status());
    }

    @Test
    void aTownshipWithAnEnterpriseCannotBeDeleted() {
        JsonObject township = createTownship();
        long id = township.getJsonNumber("id").longValue();
        Reply enterprise = Api.post("/api/v1/enterprises",
                TestData.enterpriseJson(TestData.creditCode(), TestData.uniqueName("镇上企业"), id));
        assertEquals(201, enterprise.status(), enterprise.body());

        Reply refused = Api.delete("/api/v1/jurisdictions/" + id);
        assertEquals(409, refused.status(), refused.body());
        assertEquals(200, Api.get("/api/v1/jurisdictions/" + id).status());

        long enterpriseId = enterprise.json().getJsonNumber("id").longValue();
        assertEquals(204, Api.delete("/api/v1/enterprises/" + enterpriseId).status());
        assertEquals(204, Api.delete("/api/v1/jurisdictions/" + id).status());
    }

    @Test
    void aCountyWithTownshipsCannotBeDeleted() {
        Reply refused = Api.delete("/api/v1/jurisdictions/" + TestData.COUNTY_LINJIANG);
        assertEquals(409, refused.status(), refused.body());
    }

    @Test
    void codesMustFitTheParent() {
        Reply wrongParent = Api.post("/api/v1/jurisdictions",
                "{\"parentId\": 2, \"code\": \"359922109000\", \"name\": \"别县的镇\"}");
        assertEquals(422, wrongParent.status(), wrongParent.body());
        assertEquals("code", wrongParent.json().getJsonArray("errors").getJsonObject(0).getString("field"));

        Reply duplicate = Api.post("/api/v1/jurisdictions",
                "{\"parentId\": 2, \"code\": \"359921101000\", \"name\": \"重复\"}");
        assertEquals(409, duplicate.status(), duplicate.body());

        Reply malformed = Api.post("/api/v1/jurisdictions", "{\"parentId\": 2, \"code\": \"12\", \"name\": \"\"}");
        assertEquals(400, malformed.status(), malformed.body());
    }
}
