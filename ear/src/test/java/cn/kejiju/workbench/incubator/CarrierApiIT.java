package cn.kejiju.workbench.incubator;

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

import java.math.BigDecimal;
import java.net.http.HttpRequest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The carrier API as an integrator sees it, against the deployed EAR with demo data. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CarrierApiIT {

    private static final String PROBLEM = "application/problem+json";
    private static final long LINJIANG = 2;
    private static final long YUNLING = 3;
    /** The demo park of the seed, in 临江县. */
    private static final long TONGXIN_PARK = 1;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    static String carrierJson(long countyId, String name) {
        return "{\"countyId\":" + countyId + ",\"name\":\"" + name + "\",\"kind\":\"INCUBATOR\","
                + "\"recognitionLevel\":\"PROVINCIAL\",\"recognizedOn\":\"2024-05-20\",\"operator\":\"测试运营公司\","
                + "\"openedOn\":\"2023-09-01\",\"address\":\"城关镇创业路1号\"}";
    }

    static String unitJson(String room, String area, String rent) {
        return "{\"building\":\"A座\",\"floor\":3,\"roomCode\":\"" + room + "\",\"kind\":\"OFFICE\",\"area\":" + area
                + ",\"listRent\":" + rent + "}";
    }

    private static JsonObject register(long countyId) {
        Reply created = Api.post("/api/v1/carriers", carrierJson(countyId, TestData.uniqueName("测试孵化器")));
        assertEquals(201, created.status(), created.body());
        return created.json();
    }

    private static Reply post(String path, String json, String token) {
        return Api.send(Api.request(path, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    private static void assertProblem(Reply reply, int status, String field) {
        assertEquals(status, reply.status(), reply.body());
        assertTrue(reply.header("Content-Type").startsWith(PROBLEM), reply.header("Content-Type"));
        if (field != null) {
            assertEquals(field, reply.json().getJsonArray("errors").getJsonObject(0).getString("field"), reply.body());
        }
    }

    @Test
    void registerAnswers201WithLocationAndNoUnitsYet() {
        Reply created = Api.post("/api/v1/carriers", carrierJson(LINJIANG, TestData.uniqueName("测试孵化器")));

        assertEquals(201, created.status(), created.body());
        String location = created.header("Location");
        assertNotNull(location);
        JsonObject read = Api.get(location).json();
        assertEquals("临江县", read.getJsonObject("county").getString("name"));
        assertEquals("PROVINCIAL", read.getString("recognitionLevel"));
        assertEquals("2024-05-20", read.getString("recognizedOn"));
        assertEquals(0, read.getInt("units"));
        assertEquals(0, BigDecimal.ZERO.compareTo(read.getJsonNumber("totalArea").bigDecimalValue()));
    }

    @Test
    void totalAreaIsTheExactSumOfTheUnits() {
        long id = register(LINJIANG).getJsonNumber("id").longValue();
        String units = "/api/v1/carriers/" + id + "/units";
        for (String area : new String[] {"0.10", "0.20", "120.55"}) {
            Reply added = Api.post(units, unitJson("R" + area, area, "25.5"));
            assertEquals(201, added.status(), added.body());
        }

        JsonObject carrier = Api.get("/api/v1/carriers/" + id).json();
        assertEquals(3, carrier.getInt("units"));
        assertEquals(new BigDecimal("120.85"), carrier.getJsonNumber("totalArea").bigDecimalValue());
        JsonObject page = Api.get(units).json();
        assertEquals(3, page.getInt("total"));
        JsonObject biggest = page.getJsonArray("items").getJsonObject(2);
        assertEquals("R120.55", biggest.getString("roomCode"));
        assertEquals(new BigDecimal("3074.03"), biggest.getJsonNumber("monthlyListRent").bigDecimalValue());
    }

    @Test
    void theSeedsParkHas11423SquareMetres() {
        JsonObject park = Api.get("/api/v1/carriers/" + TONGXIN_PARK).json();
        assertEquals("长春同心创业科技园", park.getString("name"));
        assertEquals(new BigDecimal("11423.00"), park.getJsonNumber("totalArea").bigDecimalValue());
        assertEquals(26, park.getInt("units"));
    }

    @Test
    void aRoomCodeIsUniqueWithinItsBuilding() {
        long id = register(LINJIANG).getJsonNumber("id").longValue();
        String units = "/api/v1/carriers/" + id + "/units";
        assertEquals(201, Api.post(units, unitJson("301", "100", "20")).status());

        Reply again = Api.post(units, unitJson("301", "80", "20"));

        assertProblem(again, 409, "roomCode");
        assertTrue(again.json().getString("detail").contains("301"), again.body());
        assertEquals(1, Api.get(units).json().getInt("total"), "nothing was added");
    }

    @Test
    void refusalsNameTheField() {
        long id = register(LINJIANG).getJsonNumber("id").longValue();
        Reply thirdDecimal = Api.post("/api/v1/carriers/" + id + "/units", unitJson("302", "12.345", "20"));
        assertProblem(thirdDecimal, 422, "area");

        Reply undated = Api.post("/api/v1/carriers", carrierJson(LINJIANG, "无日期").replace(
                ",\"recognizedOn\":\"2024-05-20\"", ""));
        assertProblem(undated, 422, "recognizedOn");

        Reply notACounty = Api.post("/api/v1/carriers", carrierJson(10, "乡镇载体"));
        assertProblem(notACounty, 422, "countyId");
    }

    @Test
    void aStaleVersionChangesNothing() {
        JsonObject carrier = register(LINJIANG);
        long id = carrier.getJsonNumber("id").longValue();
        String renamed = carrierJson(LINJIANG, "改名后").replace("}", ",\"version\":" + carrier.getJsonNumber("version") + "}");
        assertEquals(200, Api.put("/api/v1/carriers/" + id, renamed).status());

        Reply stale = Api.put("/api/v1/carriers/" + id, renamed.replace("改名后", "再改名"));

        assertProblem(stale, 409, "version");
        assertEquals("改名后", Api.get("/api/v1/carriers/" + id).json().getString("name"));
    }

    @Test
    void aCountyTokenSeesAndChangesItsCountyOnly() {
        long linjiang = register(LINJIANG).getJsonNumber("id").longValue();

        assertProblem(Api.get("/api/v1/carriers/" + linjiang, "zh-CN", Api.YUNLING_RW), 404, null);
        assertProblem(Api.get("/api/v1/carriers/" + linjiang + "/units", "zh-CN", Api.YUNLING_RW), 404, null);
        assertProblem(post("/api/v1/carriers/" + linjiang + "/units", unitJson("1", "10", "1"), Api.YUNLING_RW), 404, null);
        assertProblem(post("/api/v1/carriers", carrierJson(LINJIANG, "越权"), Api.YUNLING_RW), 403, "countyId");

        JsonObject own = post("/api/v1/carriers", carrierJson(YUNLING, TestData.uniqueName("云岭载体")), Api.YUNLING_RW).json();
        assertEquals("云岭县", own.getJsonObject("county").getString("name"));
        JsonObject list = Api.get("/api/v1/carriers?size=200", "zh-CN", Api.YUNLING_RW).json();
        assertTrue(list.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .allMatch(c -> c.getJsonObject("county").getInt("id") == YUNLING), list.toString());
    }

    @Test
    void aReadOnlyTokenChangesNothing() {
        Reply refused = post("/api/v1/carriers", carrierJson(LINJIANG, "只读"), Api.CITY_RO);
        assertEquals(403, refused.status(), refused.body());
    }

    @Test
    void theCityFiltersByCountyAndPagesOnWithTheCursor() {
        register(LINJIANG);
        register(LINJIANG);
        JsonObject first = Api.get("/api/v1/carriers?size=1&countyId=" + LINJIANG).json();
        assertTrue(first.getInt("total") >= 3, first.toString());
        String next = first.getString("next");
        JsonObject second = Api.get("/api/v1/carriers?size=1&countyId=" + LINJIANG + "&after=" + next).json();
        String firstName = first.getJsonArray("items").getJsonObject(0).getString("name");
        String secondName = second.getJsonArray("items").getJsonObject(0).getString("name");
        assertTrue(firstName.compareTo(secondName) <= 0, firstName + " then " + secondName);
        assertTrue(first.getJsonArray("items").getJsonObject(0).getInt("id")
                != second.getJsonArray("items").getJsonObject(0).getInt("id"));
        JsonObject yunling = Api.get("/api/v1/carriers?size=200&countyId=" + YUNLING).json();
        assertTrue(yunling.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .allMatch(c -> c.getJsonObject("county").getInt("id") == YUNLING), yunling.toString());
        assertProblem(Api.get("/api/v1/carriers?sort=operator"), 422, "sort");
    }
}
