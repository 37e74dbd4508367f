package cn.kejiju.workbench.commissioner;

import cn.kejiju.workbench.Api;
import cn.kejiju.workbench.Api.Reply;
import cn.kejiju.workbench.Deployments;
import cn.kejiju.workbench.PageClient;
import cn.kejiju.workbench.TestData;
import cn.kejiju.workbench.shared.Pinyin;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static cn.kejiju.workbench.commissioner.ApiFixtures.YUNLING;
import static cn.kejiju.workbench.commissioner.ApiFixtures.commissioner;
import static cn.kejiju.workbench.commissioner.ApiFixtures.created;
import static cn.kejiju.workbench.commissioner.ApiFixtures.errorField;
import static cn.kejiju.workbench.commissioner.ApiFixtures.get;
import static cn.kejiju.workbench.commissioner.ApiFixtures.id;
import static cn.kejiju.workbench.commissioner.ApiFixtures.log;
import static cn.kejiju.workbench.commissioner.ApiFixtures.openAssignment;
import static cn.kejiju.workbench.commissioner.ApiFixtures.post;
import static cn.kejiju.workbench.commissioner.ApiFixtures.register;
import static cn.kejiju.workbench.commissioner.ApiFixtures.version;
import static cn.kejiju.workbench.commissioner.ApiFixtures.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Varieties and technologies: suggested by part of the name and by pinyin initials within the county,
 * listed in pinyin order (on H2 and PostgreSQL alike) with cursor paging, renamed, and a duplicate merged
 * with every introduction kept, audited, and the statistics unchanged but for the item merged away.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class InnovationApiIT {

    private static final String PATH = "/api/v1/innovations";
    private static final String PASSWORD = "Demo@2026";

    @Deployment(testable = false)
    public static EnterpriseArchive deployment() {
        return ShrinkWrap.create(EnterpriseArchive.class, "workbench-InnovationApiIT.ear")
                .merge(Deployments.earWith(CommissionerFixtureServlet.class, TestData.class));
    }

    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** A fresh 云岭县 commissioner's assignment to a village. */
    private static long assignment() {
        return id(created(openAssignment(id(register(YUNLING)), "VILLAGE", 21, Api.YUNLING_RW)));
    }

    /** A draft log of 云岭县 promoting the technologies named (stored as the county's items). */
    private static JsonObject technologies(long assignment, String... names) {
        JsonArrayBuilder items = Json.createArrayBuilder();
        for (String name : names) {
            items.add(name);
        }
        return created(post("/api/v1/service-logs?draft=true",
                with(with(log(assignment), "kind", "TECHNOLOGY_PROMOTION"), "technologies", items), Api.YUNLING_RW));
    }

    /** A log promoting one technology, submitted with a photo and approved by the city. */
    private static JsonObject approved(long assignment, String technology) {
        JsonObject submitted = ApiFixtures.submitLog(with(with(log(assignment), "kind", "TECHNOLOGY_PROMOTION"),
                "technologies", Json.createArrayBuilder().add(technology)), Api.YUNLING_RW);
        Reply approval = post("/api/v1/service-logs/" + id(submitted) + "/approval",
                Json.createObjectBuilder().add("version", version(submitted)).build(), Api.CITY_RW);
        assertEquals(200, approval.status(), approval.body());
        return approval.json();
    }

    private static List<JsonObject> items(String query, String token) {
        Reply reply = get(PATH + "?size=200&" + query, token);
        assertEquals(200, reply.status(), reply.body());
        return reply.json().getJsonArray("items").getValuesAs(JsonObject.class);
    }

    private static List<String> names(List<JsonObject> items) {
        return items.stream().map(i -> i.getString("name")).toList();
    }

    @Test
    void namesAreListedInPinyinOrderAndACursorWalkReturnsEachOnce() {
        String stem = TestData.uniqueName("序");
        // 张 zhang, 白 bai, 赵 zhao, 陈 chen, 李 li, 王 wang: code point order would be 张 李 白 王 赵 陈
        List<String> given = List.of("张", "白", "赵", "陈", "李", "王");
        technologies(assignment(), given.stream().map(s -> stem + s).toArray(String[]::new));

        List<String> expected = List.of("白", "陈", "李", "王", "张", "赵").stream().map(s -> stem + s).toList();
        assertEquals(expected, names(items("q=" + encoded(stem), Api.YUNLING_RW)), "by pinyin, not by code point");

        List<String> walked = new ArrayList<>();
        String after = null;
        int pages = 0;
        do {
            Reply page = get(PATH + "?size=4&q=" + encoded(stem) + (after == null ? "" : "&after=" + encoded(after)),
                    Api.YUNLING_RW);
            assertEquals(200, page.status(), page.body());
            walked.addAll(names(page.json().getJsonArray("items").getValuesAs(JsonObject.class)));
            JsonValue next = page.json().get("next");
            after = next == null || next.getValueType() == JsonValue.ValueType.NULL ? null : page.json().getString("next");
            pages++;
        } while (after != null && pages < 10);
        assertEquals(expected, walked, "every item once, in order, over the pages");
        assertEquals(2, pages);
    }

    @Test
    void assignmentsSortedByTheCommissionersNameFollowPinyinAcrossPages() {
        String stem = TestData.uniqueName("序员");
        List<String> surnames = List.of("赵", "张", "陈", "白", "王");
        for (String surname : surnames) {
            JsonObject registered = created(post("/api/v1/commissioners",
                    with(commissioner(YUNLING), "name", stem + surname), Api.CITY_RW));
            assertEquals(201, openAssignment(id(registered), "VILLAGE", 21, Api.YUNLING_RW).status());
        }
        List<String> walked = new ArrayList<>();
        List<Long> seen = new ArrayList<>();
        String after = null;
        long total;
        int pages = 0;
        do {
            Reply page = get("/api/v1/assignments?size=50&sort=commissioner&dir=asc"
                    + (after == null ? "" : "&after=" + encoded(after)), Api.YUNLING_RW);
            assertEquals(200, page.status(), page.body());
            total = page.json().getJsonNumber("total").longValue();
            for (JsonObject a : page.json().getJsonArray("items").getValuesAs(JsonObject.class)) {
                seen.add(id(a));
                String name = a.getJsonObject("commissioner").getString("name");
                if (name.startsWith(stem)) {
                    walked.add(name);
                }
            }
            JsonValue next = page.json().get("next");
            after = next == null || next.getValueType() == JsonValue.ValueType.NULL ? null : page.json().getString("next");
            pages++;
        } while (after != null && pages < 100);
        assertEquals(List.of("白", "陈", "王", "张", "赵").stream().map(s -> stem + s).toList(), walked);
        assertEquals(total, seen.size(), "every assignment of the county once over " + pages + " pages");
        assertEquals(seen.size(), seen.stream().distinct().count(), "none twice");
    }

    @Test
    void theCountysItemsAreSuggestedByPartOfTheNameAndByPinyinInitials() {
        String name = TestData.uniqueName("茶园绿色防控");
        JsonObject draft = technologies(assignment(), name);
        String initials = Pinyin.initials(name);
        assertTrue(initials.startsWith("cylsfk"), initials);

        assertTrue(names(items("q=" + encoded("茶园"), Api.YUNLING_RW)).contains(name), "by part of the name");
        assertTrue(names(items("q=" + initials.toUpperCase(), Api.YUNLING_RW)).contains(name), "by its initials");
        String skipping = "cylf" + initials.substring("cylsfk".length());
        assertTrue(names(items("q=" + skipping, Api.YUNLING_RW)).contains(name), "initials in order, some left out");
        assertFalse(names(items("q=" + encoded(name) + "&countyId=2", Api.CITY_RO)).contains(name), "not of 临江县");
        assertEquals(403, get(PATH + "?countyId=2", Api.YUNLING_RW).status(), "a county token names no other county");
        assertEquals(422, get(PATH + "?countyId=999999", Api.CITY_RO).status(), "an id that is no county");
        // the items an approved log introduced within a period: this one's log is a draft
        assertFalse(names(items("q=" + encoded(name) + "&from=2000-01-01&to=2099-12-31", Api.YUNLING_RW))
                .contains(name), "introduced by no approved log");
        String introduced = TestData.uniqueName("稻鱼共生");
        approved(assignment(), introduced);
        assertTrue(names(items("q=" + encoded(introduced) + "&from=2000-01-01&to=2099-12-31", Api.YUNLING_RW))
                .contains(introduced), "introduced by an approved log within the period");
        assertEquals(400, get(PATH + "?from=2026-13-01", Api.YUNLING_RW).status(), "a malformed day");

        // on the log form: the clerk of 云岭县 typing into the technologies is offered the item
        PageClient clerk = new PageClient().login("yl.clerk", PASSWORD);
        clerk.open("/commissioner/log.xhtml?id=" + id(draft));
        assertEquals(200, clerk.status());
        assertTrue(suggestions(clerk, "茶园").contains(name), "substring");
        assertTrue(suggestions(clerk, skipping).contains(name), "initials");

        // 临江县's clerk, on a log of its own county, is not
        PageClient other = new PageClient().login("lj.clerk", PASSWORD);
        Map<String, String> fixture = fixture(other, "op=assignment");
        String otherLog = fixture(other, "op=draft&assignmentId=" + fixture.get("assignmentId")).get("logId");
        other.open("/commissioner/log.xhtml?id=" + otherLog);
        assertFalse(suggestions(other, "茶园").contains(name), "another county's item is not suggested");
        assertFalse(suggestions(other, initials).contains(name), "not by its initials either");
    }

    private static String suggestions(PageClient client, String typed) {
        return client.ajax("logForm", "logForm:technologies", Map.of("logForm:technologies_query", typed));
    }

    @Test
    void aDuplicateIsMergedWithEveryIntroductionAuditedAndTheFiguresUnchanged() {
        long assignment = assignment();
        String survivorName = TestData.uniqueName("茶园绿色防控");
        String duplicateName = survivorName + "技术";
        approved(assignment, survivorName);
        JsonObject duplicateLog = approved(assignment, duplicateName);
        approved(assignment, duplicateName);
        JsonObject before = get("/api/v1/commissioner-statistics?year=" + ApiFixtures.today().getYear(), Api.YUNLING_RW).json();

        Map<String, JsonObject> found = items("q=" + encoded(survivorName), Api.YUNLING_RW).stream()
                .collect(Collectors.toMap(i -> i.getString("name"), i -> i));
        long survivor = id(found.get(survivorName));
        long duplicate = id(found.get(duplicateName));
        assertEquals(1, found.get(survivorName).getInt("introductions"));
        assertEquals(2, found.get(duplicateName).getInt("introductions"));

        Reply merged = post(PATH + "/" + survivor + "/merge",
                Json.createObjectBuilder().add("duplicateId", duplicate).build(), Api.YUNLING_RW);
        assertEquals(200, merged.status(), merged.body());
        assertEquals(3, merged.json().getInt("introductions"), "every introduction kept");
        assertEquals(404, get(PATH + "/" + duplicate, Api.YUNLING_RW).status(), "the duplicate is gone");
        JsonObject log = get("/api/v1/service-logs/" + id(duplicateLog), Api.CITY_RO).json();
        JsonObject introduction = log.getJsonArray("introductions").getJsonObject(0);
        assertEquals(survivor, introduction.getJsonNumber("innovationId").longValue());
        assertEquals(survivorName, introduction.getString("name"));

        JsonObject after = get("/api/v1/commissioner-statistics?year=" + ApiFixtures.today().getYear(), Api.YUNLING_RW).json();
        assertEquals(before.getJsonNumber("technologiesDistinct").longValue() - 1,
                after.getJsonNumber("technologiesDistinct").longValue(), "one named item fewer");
        for (String figure : List.of("technologyIntroductions", "varietiesDistinct", "varietyIntroductions", "visits",
                "serviceDays", "trainings", "peopleTrained", "demonstrationBases", "targetsServedTotal",
                "commissionersServing", "months")) {
            assertTrue(before.containsKey(figure), figure);
            assertEquals(before.get(figure), after.get(figure), figure + " unchanged by the merge");
        }

        PageClient clerk = new PageClient().login("yl.clerk", PASSWORD);
        Map<String, String> audit = fixture(clerk, "op=audit&recordType=Innovation&recordId=" + duplicate);
        assertEquals("1", audit.get("entries"), audit.toString());
        assertEquals("DELETE", audit.get("action"));
        assertTrue(audit.get("detail").contains("merged " + duplicateName) && audit.get("detail").contains("2 introductions"),
                audit.get("detail"));
    }

    @Test
    void renamesAndMergesThatTheRulesRefuseAnswerProblemsNamingTheField() {
        long assignment = assignment();
        String name = TestData.uniqueName("名称");
        technologies(assignment, name, name + "二");
        String variety = TestData.uniqueName("品种");
        created(post("/api/v1/service-logs?draft=true", with(with(log(assignment), "kind", "VARIETY_INTRODUCTION"),
                "varieties", Json.createArrayBuilder().add(variety)), Api.YUNLING_RW));
        Map<String, Long> ids = items("q=" + encoded(name), Api.YUNLING_RW).stream()
                .collect(Collectors.toMap(i -> i.getString("name"), ApiFixtures::id));
        long first = ids.get(name);
        long second = ids.get(name + "二");
        long varietyId = id(items("q=" + encoded(variety), Api.YUNLING_RW).get(0));

        Reply taken = patch(PATH + "/" + second, Json.createObjectBuilder().add("name", " " + name + " ").build());
        assertEquals(409, taken.status(), taken.body());
        assertEquals("name", errorField(taken));
        Reply blank = patch(PATH + "/" + second, Json.createObjectBuilder().add("name", " ").build());
        assertEquals(400, blank.status(), blank.body());
        assertEquals("name", errorField(blank));
        Reply renamed = patch(PATH + "/" + second, Json.createObjectBuilder().add("name", name + "三").build());
        assertEquals(200, renamed.status(), renamed.body());
        assertEquals(name + "三", renamed.json().getString("name"));
        assertEquals(Pinyin.initials(name + "三"), renamed.json().getString("initials"));

        Reply self = post(PATH + "/" + first + "/merge", Json.createObjectBuilder().add("duplicateId", first).build(),
                Api.YUNLING_RW);
        assertEquals(422, self.status(), self.body());
        assertEquals("duplicateId", errorField(self));
        Reply kind = post(PATH + "/" + first + "/merge", Json.createObjectBuilder().add("duplicateId", varietyId).build(),
                Api.YUNLING_RW);
        assertEquals(422, kind.status(), kind.body());
        assertTrue(kind.body().contains("品种只能与品种合并"), kind.body());
        Reply sameLog = post(PATH + "/" + first + "/merge", Json.createObjectBuilder().add("duplicateId", second).build(),
                Api.YUNLING_RW);
        assertEquals(409, sameLog.status(), "one log names both: " + sameLog.body());
        assertEquals(404, post(PATH + "/" + first + "/merge", Json.createObjectBuilder().add("duplicateId", 987654321L)
                .build(), Api.YUNLING_RW).status());
        assertEquals(403, post(PATH + "/" + first + "/merge", Json.createObjectBuilder().add("duplicateId", second)
                .build(), Api.CITY_RO).status(), "a read-only token merges nothing");
    }

    private static Reply patch(String path, JsonObject body) {
        return Api.send(Api.request(path, Api.YUNLING_RW).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(body.toString())).build());
    }

    @Test
    void theInnovationsPageIsReadByReadersChangedByClerksAndAsksBeforeAMerge() {
        String name = TestData.uniqueName("页面");
        technologies(assignment(), name);
        PageClient clerk = new PageClient().login("yl.clerk", PASSWORD);
        clerk.open("/commissioner/innovations.xhtml?q=" + encoded(name));
        assertEquals(200, clerk.status());
        assertTrue(clerk.body().contains("itemName\">" + name), "the county's item is listed");
        assertTrue(clerk.body().contains("ui-confirm-dialog") || clerk.body().contains("ui-confirmdialog"),
                "a merge is confirmed first");

        PageClient other = new PageClient().login("lj.clerk", PASSWORD);
        other.open("/commissioner/innovations.xhtml?q=" + encoded(name));
        assertFalse(other.body().contains("itemName\">" + name), "not another county's");
        assertTrue(other.body().contains("没有符合条件的品种或技术"), "nothing listed");
        // readers (the work summary's varieties and technologies link here) list, only clerks rename and merge
        PageClient leader = new PageClient().login("leader", PASSWORD);
        leader.open("/commissioner/innovations.xhtml?q=" + encoded(name));
        assertEquals(200, leader.status());
        assertTrue(leader.body().contains("itemName\">" + name), "the city's leader reads every county's items");
        assertFalse(leader.body().contains("id=\"listForm:innovations:0:merge\""), "a leader merges nothing");
    }

    private static Map<String, String> fixture(PageClient client, String query) {
        HttpResponse<String> reply = client.api(HttpRequest.newBuilder(
                URI.create(Api.BASE + "/test/commissioner-fixture?" + query)).GET());
        assertEquals(200, reply.statusCode(), reply.body());
        return reply.body().lines().filter(line -> line.contains("="))
                .collect(Collectors.toMap(line -> line.substring(0, line.indexOf('=')),
                        line -> line.substring(line.indexOf('=') + 1)));
    }
}
