package cn.kejiju.workbench.commissioner;

import cn.kejiju.workbench.Api;
import cn.kejiju.workbench.Api.Reply;
import cn.kejiju.workbench.Deployments;
import cn.kejiju.workbench.TestData;
import cn.kejiju.workbench.shared.PhoneNumber;
import cn.kejiju.workbench.shared.ResidentId;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static cn.kejiju.workbench.commissioner.ApiFixtures.LINJIANG;
import static cn.kejiju.workbench.commissioner.ApiFixtures.YUNLING;
import static cn.kejiju.workbench.commissioner.ApiFixtures.commissioner;
import static cn.kejiju.workbench.commissioner.ApiFixtures.created;
import static cn.kejiju.workbench.commissioner.ApiFixtures.errorField;
import static cn.kejiju.workbench.commissioner.ApiFixtures.get;
import static cn.kejiju.workbench.commissioner.ApiFixtures.id;
import static cn.kejiju.workbench.commissioner.ApiFixtures.post;
import static cn.kejiju.workbench.commissioner.ApiFixtures.put;
import static cn.kejiju.workbench.commissioner.ApiFixtures.register;
import static cn.kejiju.workbench.commissioner.ApiFixtures.version;
import static cn.kejiju.workbench.commissioner.ApiFixtures.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The commissioner registry API as an integrator sees it, against the deployed EAR. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CommissionerApiIT {

    private static final String PATH = "/api/v1/commissioners";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void createAnswers201AndReadsBackWithMaskedIdAndPhone() {
        JsonObject body = commissioner(LINJIANG);
        Reply reply = post(PATH, body, Api.CITY_RW);

        JsonObject created = created(reply);
        String location = reply.header("Location");
        assertNotNull(location);
        assertTrue(location.endsWith(PATH + "/" + id(created)), location);
        JsonObject read = get(location, Api.CITY_RO).json();
        assertEquals(ResidentId.mask(body.getString("residentId")), read.getString("residentId"));
        assertEquals(PhoneNumber.mask("13912345678"), read.getString("phone"));
        assertFalse(read.toString().contains(body.getString("residentId")), "the full number is never shown");
        assertEquals("临江县", read.getJsonObject("county").getString("name"));
        assertEquals("ACTIVE", read.getString("status"));
        assertEquals(0, read.getInt("activeLoad"));
        assertEquals(ApiFixtures.today().minusDays(60).getYear(), read.getInt("postingYear"));
        assertEquals(List.of("茶叶", "果树"), read.getJsonArray("specialties").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList());
    }

    @Test
    void theGenderLeftOutIsTakenFromTheResidentIdAndAGenderGivenMustAgree() {
        JsonObject woman = with(with(commissioner(LINJIANG), "gender", null), "residentId", TestData.residentId(false));
        JsonObject created = created(post(PATH, woman, Api.CITY_RW));
        assertEquals("FEMALE", get(PATH + "/" + id(created), Api.CITY_RO).json().getString("gender"));

        Reply contradicting = post(PATH, with(with(commissioner(LINJIANG), "gender", "FEMALE"), "residentId",
                TestData.residentId(true)), Api.CITY_RW);
        assertEquals(422, contradicting.status(), contradicting.body());
        assertTrue(contradicting.body().contains("gender"), contradicting.body());
    }

    @Test
    void updateWithTheVersionKeepsMaskedValuesAndAStaleVersionIs409() {
        JsonObject body = commissioner(LINJIANG);
        JsonObject created = created(post(PATH, body, Api.CITY_RW));
        long id = id(created);
        String renamed = TestData.uniqueName("改名");

        JsonObject update = with(with(with(body, "name", renamed), "residentId", created.getString("residentId")),
                "phone", created.getString("phone"));
        Reply updated = put(PATH + "/" + id, with(update, "version", version(created)), Api.CITY_RW);
        assertEquals(200, updated.status(), updated.body());
        assertEquals(renamed, updated.json().getString("name"));
        assertEquals(version(created) + 1, version(updated.json()));
        assertEquals(created.getString("residentId"), updated.json().getString("residentId"));
        assertEquals(created.getString("phone"), updated.json().getString("phone"));

        // the stored number is still the full one: registering it again is a duplicate
        Reply duplicate = post(PATH, with(commissioner(LINJIANG), "residentId", body.getString("residentId")), Api.CITY_RW);
        assertEquals(409, duplicate.status(), duplicate.body());

        Reply stale = put(PATH + "/" + id, with(with(update, "name", "不该保存"), "version", version(created)), Api.CITY_RW);
        assertEquals(409, stale.status(), stale.body());
        assertEquals("version", errorField(stale));
        assertEquals(renamed, get(PATH + "/" + id, Api.CITY_RW).json().getString("name"));

        Reply noVersion = put(PATH + "/" + id, update, Api.CITY_RW);
        assertEquals(422, noVersion.status(), noVersion.body());
        assertEquals("version", errorField(noVersion));
    }

    @Test
    void wrongCheckDigitIs422NamingResidentIdAndTheExpectedCharacter() {
        String valid = TestData.residentId();
        char expected = valid.charAt(17);
        char wrong = expected == '0' ? '1' : '0';
        Reply reply = post(PATH, with(commissioner(LINJIANG), "residentId", valid.substring(0, 17) + wrong), Api.CITY_RW);

        assertEquals(422, reply.status(), reply.body());
        assertTrue(reply.header("Content-Type").startsWith(Problem.TYPE), reply.header("Content-Type"));
        JsonObject error = reply.json().getJsonArray("errors").getJsonObject(0);
        assertEquals("residentId", error.getString("field"));
        assertTrue(error.getString("message").contains(String.valueOf(expected)), error.getString("message"));
    }

    @Test
    void aCountyClerkIsRefusedADuplicateWithoutLearningWhereItIsRegistered() {
        JsonObject linjiang = commissioner(LINJIANG);
        created(post(PATH, linjiang, Api.CITY_RW));

        Reply second = post(PATH, with(commissioner(YUNLING), "residentId", linjiang.getString("residentId")), Api.YUNLING_RW);

        assertEquals(409, second.status(), second.body());
        assertEquals("residentId", errorField(second));
        for (String telling : List.of("临江", "Linjiang", linjiang.getString("name"), "359921", "county", "县")) {
            assertFalse(second.body().contains(telling), telling + " in " + second.body());
        }
    }

    @Test
    void aResidentIdRegisteredAlreadyIs409() {
        String number = TestData.residentId();
        created(post(PATH, with(commissioner(LINJIANG), "residentId", number), Api.CITY_RW));

        Reply second = post(PATH, with(commissioner(YUNLING), "residentId", number), Api.CITY_RW);

        assertEquals(409, second.status(), second.body());
        assertEquals("residentId", errorField(second));
    }

    @Test
    void staffOfPartyAndGovernmentOrgansAreIneligible() {
        Reply reply = post(PATH, with(commissioner(LINJIANG), "employerCategory", "PARTY_GOVERNMENT_ORGAN"), Api.CITY_RW);
        assertEquals(422, reply.status(), reply.body());
        assertEquals("employerCategory", errorField(reply));
    }

    @Test
    void aTeamNeedsMembers() {
        JsonObject team = with(commissioner(LINJIANG), "kind", "TEAM");
        Reply without = post(PATH, team, Api.CITY_RW);
        assertEquals(422, without.status(), without.body());
        assertEquals("members", errorField(without));

        JsonObject withMembers = with(team, "members", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("name", "李明").add("title", "INTERMEDIATE").add("specialty", "植保")));
        JsonObject created = created(post(PATH, withMembers, Api.CITY_RW));
        assertEquals("TEAM", created.getString("kind"));
        assertEquals("李明", created.getJsonArray("members").getJsonObject(0).getString("name"));
    }

    @Test
    void listFiltersSortsAndPages() {
        String stem = TestData.uniqueName("筛选");
        JsonObject agriculture = created(post(PATH, with(commissioner(LINJIANG), "name", stem + "A"), Api.CITY_RW));
        created(post(PATH, with(with(commissioner(LINJIANG), "name", stem + "B"), "field", "INDUSTRY"), Api.CITY_RW));
        String q = URLEncoder.encode(stem, StandardCharsets.UTF_8);

        JsonObject both = get(PATH + "?q=" + q + "&sort=name&dir=desc", Api.CITY_RO).json();
        assertEquals(2, both.getInt("total"));
        assertEquals(stem + "B", both.getJsonArray("items").getJsonObject(0).getString("name"));

        JsonObject filtered = get(PATH + "?q=" + q + "&field=AGRICULTURE&kind=INDIVIDUAL&dispatchLevel=COUNTY&status=ACTIVE",
                Api.CITY_RO).json();
        assertEquals(1, filtered.getInt("total"));
        assertEquals(id(agriculture), id(filtered.getJsonArray("items").getJsonObject(0)));
        assertEquals(0, get(PATH + "?q=" + q + "&status=ENDED", Api.CITY_RO).json().getInt("total"));

        JsonObject paged = get(PATH + "?q=" + q + "&size=1&page=1&sort=name", Api.CITY_RO).json();
        assertEquals(2, paged.getInt("total"));
        assertEquals(1, paged.getJsonArray("items").size());

        assertEquals(422, get(PATH + "?sort=residentId", Api.CITY_RO).status());
        assertEquals(422, get(PATH + "?dir=up", Api.CITY_RO).status());
        assertEquals(400, get(PATH + "?field=FISHING", Api.CITY_RO).status());
        assertEquals(400, get(PATH + "?page=abc", Api.CITY_RO).status());
    }

    @Test
    void anotherCountysCommissionerIsNotFound() {
        JsonObject linjiang = register(LINJIANG);
        String q = URLEncoder.encode(linjiang.getString("name"), StandardCharsets.UTF_8);

        Reply read = get(PATH + "/" + id(linjiang), Api.YUNLING_RW);
        assertEquals(404, read.status(), read.body());
        assertEquals(0, get(PATH + "?q=" + q, Api.YUNLING_RW).json().getInt("total"));
        assertEquals(404, put(PATH + "/" + id(linjiang), with(commissioner(YUNLING), "version", version(linjiang)),
                Api.YUNLING_RW).status());
        assertEquals(200, get(PATH + "/" + id(linjiang), Api.CITY_RO).status());

        // a county token registers in its own county when it names none, and cannot name another
        JsonObject own = created(post(PATH, with(commissioner(LINJIANG), "countyId", null), Api.YUNLING_RW));
        assertEquals(YUNLING, own.getJsonObject("county").getJsonNumber("id").longValue());
        Reply other = post(PATH, commissioner(LINJIANG), Api.YUNLING_RW);
        assertEquals(422, other.status(), other.body());
        assertEquals("countyId", errorField(other));
    }

    @Test
    void aReadOnlyTokenCannotWrite() {
        Reply reply = post(PATH, commissioner(LINJIANG), Api.CITY_RO);
        assertEquals(403, reply.status(), reply.body());
        assertTrue(reply.header("Content-Type").startsWith(Problem.TYPE), reply.header("Content-Type"));
        assertEquals(401, get(PATH, null).status());
    }

    @Test
    void badInputIs400NeverA500() {
        Reply malformed = post(PATH, "{\"name\": ", Api.CITY_RW);
        assertEquals(400, malformed.status(), malformed.body());
        assertFalse(malformed.body().contains("Exception"), malformed.body());

        Reply wrongType = post(PATH, "{\"countyId\": \"two\"}", Api.CITY_RW);
        assertEquals(400, wrongType.status(), wrongType.body());

        Reply unknownEnum = post(PATH, with(commissioner(LINJIANG), "kind", "ROBOT"), Api.CITY_RW);
        assertEquals(400, unknownEnum.status(), unknownEnum.body());

        Reply missing = post(PATH, "{\"name\": \"张三\"}", Api.CITY_RW);
        assertEquals(400, missing.status(), missing.body());
        List<String> fields = missing.json().getJsonArray("errors").stream()
                .map(v -> v.asJsonObject().getString("field")).toList();
        assertTrue(fields.containsAll(List.of("employerCategory", "title", "kind", "field", "dispatchLevel", "postedOn")),
                fields.toString());

        Reply future = post(PATH, with(commissioner(LINJIANG), "postedOn", ApiFixtures.today().plusDays(3).toString()),
                Api.CITY_RW);
        assertEquals(422, future.status(), future.body());
        assertEquals("postedOn", errorField(future));

        assertEquals(404, get(PATH + "/987654321", Api.CITY_RW).status());
    }

    @Test
    void endingAPostingWaitsForItsAssignments() {
        JsonObject created = register(LINJIANG);
        long id = id(created);
        JsonObject assignment = created(ApiFixtures.openAssignment(id, "VILLAGE", 11, Api.CITY_RW));
        assertEquals(1, get(PATH + "/" + id, Api.CITY_RW).json().getInt("activeLoad"));

        JsonObject current = get(PATH + "/" + id, Api.CITY_RW).json();
        Reply refused = post(PATH + "/" + id + "/end", Json.createObjectBuilder().add("version", version(current)).build(),
                Api.CITY_RW);
        assertEquals(422, refused.status(), refused.body());

        Reply endAssignment = post("/api/v1/assignments/" + id(assignment) + "/end", Json.createObjectBuilder()
                .add("version", version(assignment)).add("on", ApiFixtures.today().toString())
                .add("reason", "专家调离").build(), Api.CITY_RW);
        assertEquals(200, endAssignment.status(), endAssignment.body());

        Reply ended = post(PATH + "/" + id + "/end", Json.createObjectBuilder().add("version", version(current))
                .add("endedOn", ApiFixtures.today().toString()).build(), Api.CITY_RW);
        assertEquals(200, ended.status(), ended.body());
        assertEquals("ENDED", ended.json().getString("status"));
        assertEquals(ApiFixtures.today().toString(), ended.json().getString("endedOn"));

        Reply noVersion = post(PATH + "/" + id + "/end", "{}", Api.CITY_RW);
        assertEquals(400, noVersion.status(), noVersion.body());
        assertEquals("version", errorField(noVersion));
    }

    @Test
    void settingsAreReadByAnyTokenAndChangedOnlyOnTheAdministrationPage() {
        Reply read = get("/api/v1/commissioner-settings", Api.CITY_RO);
        assertEquals(200, read.status(), read.body());
        JsonObject settings = read.json();
        assertTrue(settings.getInt("maxActiveAssignments") >= 1);
        assertEquals(100, settings.getInt("serviceWeight") + settings.getInt("resultsWeight")
                + settings.getInt("satisfactionWeight"));

        JsonObject change = with(settings, "quotaVisits", settings.getInt("quotaVisits"));
        Reply write = put("/api/v1/commissioner-settings", change, Api.CITY_RW);
        assertEquals(403, write.status(), write.body());
        assertEquals(version(settings), version(get("/api/v1/commissioner-settings", Api.CITY_RO).json()));
        assertEquals(403, put("/api/v1/commissioner-settings", change, Api.CITY_RO).status());
    }

    @Test
    void theOpenApiDocumentNamesEveryOperation() {
        Reply document = Api.send(Api.request(java.net.URI.create(Api.BASE).resolve("/openapi").toString())
                .header("Accept", "application/json").GET().build());
        assertEquals(200, document.status());
        for (String operation : List.of("listCommissioners", "createCommissioner", "endCommissioner", "openAssignment",
                "confirmAgreement", "dispatchDemand", "listDemandCandidates", "approveServiceLog", "attachEvidence",
                "downloadEvidence", "recordAdoption", "listAssessments", "confirmAssessment",
                "getCommissionerStatistics", "getCommissionerSettings")) {
            assertTrue(document.body().contains("\"" + operation + "\""), operation);
        }
    }

    /** The problem media type. */
    private static final class Problem {
        static final String TYPE = "application/problem+json";
    }
}
