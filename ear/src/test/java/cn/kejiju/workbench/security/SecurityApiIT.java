package cn.kejiju.workbench.security;

import cn.kejiju.workbench.Api;
import cn.kejiju.workbench.Api.Reply;
import cn.kejiju.workbench.Deployments;
import cn.kejiju.workbench.PageClient;
import cn.kejiju.workbench.TestData;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The API's door: tokens, scopes, county isolation, the page session's read-only use, the rate limit. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityApiIT {

    private static final String PROBLEM = "application/problem+json";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void withoutATokenTheApiAnswers401AsAProblem() {
        Reply reply = Api.send(Api.request("/api/v1/enterprises", null).GET().build());
        assertEquals(401, reply.status());
        assertTrue(reply.header("Content-Type").startsWith(PROBLEM));
        assertEquals(401, reply.json().getInt("status"));
    }

    @Test
    void anUnknownTokenIs401WithTheBearerChallenge() {
        Reply reply = Api.send(Api.request("/api/v1/enterprises", "wbt_" + "z".repeat(40)).GET().build());
        assertEquals(401, reply.status());
        assertTrue(reply.header("WWW-Authenticate").startsWith("Bearer"));
    }

    @Test
    void aReadOnlyTokenReadsButCannotWrite() {
        assertEquals(200, Api.send(Api.request("/api/v1/enterprises", Api.CITY_RO).GET().build()).status());
        Reply write = Api.send(Api.request("/api/v1/enterprises", Api.CITY_RO).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(TestData.enterpriseJson(TestData.creditCode(), "只读令牌", TestData.TOWNSHIP_CHENGGUAN)))
                .build());
        assertEquals(403, write.status(), write.body());
        assertTrue(write.header("Content-Type").startsWith(PROBLEM));
        assertEquals(403, Api.send(Api.request("/api/v1/enterprises/100", Api.CITY_RO).DELETE().build()).status());
    }

    @Test
    void aCountyTokenSeesOnlyItsCounty() {
        JsonObject page = Api.get("/api/v1/enterprises?size=200", null, Api.YUNLING_RW).json();
        assertTrue(page.getInt("total") > 0);
        page.getJsonArray("items").forEach(item ->
                assertEquals("云岭县", item.asJsonObject().getJsonObject("county").getString("name")));

        Reply otherCounty = Api.get("/api/v1/enterprises/100", null, Api.YUNLING_RW);
        assertEquals(404, otherCounty.status(), "another county's record reads as missing");
        Reply sameRecordFromCity = Api.get("/api/v1/enterprises/100", null, Api.CITY_RO);
        assertEquals(200, sameRecordFromCity.status());

        Reply intoOtherCounty = Api.send(Api.request("/api/v1/enterprises", Api.YUNLING_RW).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(TestData.enterpriseJson(TestData.creditCode(), "越界登记", TestData.TOWNSHIP_CHENGGUAN)))
                .build());
        assertEquals(422, intoOtherCounty.status(), intoOtherCounty.body());

        List<String> divisions = Api.get("/api/v1/jurisdictions", null, Api.YUNLING_RW).jsonStructure().asJsonArray().stream()
                .map(j -> j.asJsonObject().getString("name")).toList();
        assertTrue(divisions.contains("云岭县") && divisions.contains("茶山镇"), divisions.toString());
        assertTrue(!divisions.contains("临江县") && !divisions.contains("江州市"), divisions.toString());
        assertEquals(404, Api.get("/api/v1/jurisdictions/" + TestData.COUNTY_LINJIANG, null, Api.YUNLING_RW).status());
    }

    @Test
    void aDuplicateCodeFromAnotherCountyDoesNotNameItsHolder() {
        String code = TestData.creditCode();
        String secretName = TestData.uniqueName("临江保密企业");
        assertEquals(201, Api.post("/api/v1/enterprises", TestData.enterpriseJson(code, secretName, TestData.TOWNSHIP_CHENGGUAN)).status());
        Reply duplicate = Api.send(Api.request("/api/v1/enterprises", Api.YUNLING_RW).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(TestData.enterpriseJson(code, "云岭同码", TestData.TOWNSHIP_CHASHAN)))
                .build());
        assertEquals(409, duplicate.status(), duplicate.body());
        assertTrue(!duplicate.body().contains(secretName), duplicate.body());
    }

    @Test
    void aPageSessionReadsTheApiButNeverWritesThroughIt() {
        PageClient browser = new PageClient().login("lj.clerk", "Demo@2026");
        assertEquals("/index.xhtml", browser.page(), browser.body());
        HttpResponse<String> read = browser.api(HttpRequest.newBuilder(java.net.URI.create(Api.BASE + "/api/v1/enterprises?size=1")).GET());
        assertEquals(200, read.statusCode());
        HttpResponse<String> write = browser.api(HttpRequest.newBuilder(java.net.URI.create(Api.BASE + "/api/v1/enterprises"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(TestData.enterpriseJson(TestData.creditCode(), "会话写入", TestData.TOWNSHIP_CHENGGUAN))));
        assertEquals(401, write.statusCode(), write.body());
    }
}
