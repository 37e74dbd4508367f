package cn.kejiju.workbench.todo;

import cn.kejiju.workbench.Api;
import cn.kejiju.workbench.Deployments;
import cn.kejiju.workbench.PageClient;
import cn.kejiju.workbench.TestData;
import cn.kejiju.workbench.security.Role;
import cn.kejiju.workbench.security.Roles;
import cn.kejiju.workbench.security.TestAccounts;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Who sees which item, over HTTP: users of a county, of the city and of other roles through their
 * signed-in session (the page, the home panel, the API), integrators through the demo tokens.
 * Four items per test: for clerks of 临江县, of 云岭县 and of the city, and for leaders of 临江县.
 */
@ExtendWith(ArquillianExtension.class)
class TodoAccessIT {

    private static final String PASSWORD = "Todo#Pass2026";
    private static final long YUNLING = 3;
    private static final String RECORD_TYPE = "TodoAccessRecord";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWith(TodoAccessIT.class, TestAccounts.class, PageClient.class, Api.class,
                Api.Reply.class, TestData.class);
    }

    @Inject
    TodoService todo;

    @Inject
    TestAccounts accounts;

    private String record;
    private String linjiangClerkKey;
    private String yunlingClerkKey;
    private String cityClerkKey;
    private String linjiangLeaderKey;

    /** Message keys no bundle has: each is shown as itself, and names its item in a response. */
    @BeforeEach
    void raiseOneItemForEachAudience() {
        record = TestData.uniqueName("r");
        String stem = "todo.test.m" + record.toLowerCase();
        linjiangClerkKey = stem + ".linjiangClerk";
        yunlingClerkKey = stem + ".yunlingClerk";
        cityClerkKey = stem + ".cityClerk";
        linjiangLeaderKey = stem + ".linjiangLeader";
        // overdue since long before any demo item falls due, so it is among the first five on the home panel
        LocalDate longOverdue = LocalDate.of(2000, 1, 1);
        todo.raise(TodoDraft.of("test.access.linjiangClerk", RECORD_TYPE, record).countyId(TestData.COUNTY_LINJIANG)
                .role(Roles.COMMISSIONER_CLERK).message(linjiangClerkKey, "x").link("/enterprise/detail.xhtml?id=100")
                .dueOn(longOverdue).build());
        todo.raise(TodoDraft.of("test.access.yunlingClerk", RECORD_TYPE, record).countyId(YUNLING)
                .role(Roles.COMMISSIONER_CLERK).message(yunlingClerkKey).link("/enterprise/list.xhtml").build());
        todo.raise(TodoDraft.of("test.access.cityClerk", RECORD_TYPE, record).countyId(null)
                .role(Roles.COMMISSIONER_CLERK).message(cityClerkKey).build());
        todo.raise(TodoDraft.of("test.access.linjiangLeader", RECORD_TYPE, record).countyId(TestData.COUNTY_LINJIANG)
                .role(Roles.LEADER).message(linjiangLeaderKey).build());
    }

    @AfterEach
    void resolveThem() {
        todo.resolveAll(RECORD_TYPE, record);
    }

    private PageClient signedIn(Role role, long jurisdictionId) {
        String username = accounts.create("todo" + role.name().toLowerCase().replace("_", ""), Set.of(role),
                jurisdictionId, PASSWORD, false);
        PageClient browser = new PageClient().login(username, PASSWORD);
        assertEquals("/index.xhtml", browser.page(), role + " signs in");
        return browser;
    }

    /**
     * The messages of this test's items among everything the session's API read returns, page by page
     * (the list holds whatever other tests left open too).
     */
    private Set<String> seenBy(PageClient browser) {
        return every(page -> {
            HttpResponse<String> response = browser.api(HttpRequest.newBuilder(URI.create(Api.BASE
                    + "/api/v1/todo?size=200&page=" + page)).header("Accept", "application/json").GET());
            return new Api.Reply(response.statusCode(), response);
        }).keySet();
    }

    /** This test's items among every page the reads return. */
    private Map<String, JsonObject> every(java.util.function.IntFunction<Api.Reply> read) {
        Map<String, JsonObject> found = new java.util.HashMap<>();
        for (int page = 0; ; page++) {
            Api.Reply reply = read.apply(page);
            assertEquals(200, reply.status(), reply.body());
            found.putAll(ours(reply.json()));
            if ((page + 1) * 200L >= reply.json().getJsonNumber("total").longValue()) {
                return found;
            }
        }
    }

    private Map<String, JsonObject> ours(JsonObject page) {
        Set<String> keys = Set.of(linjiangClerkKey, yunlingClerkKey, cityClerkKey, linjiangLeaderKey);
        return page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(item -> keys.contains(item.getString("message")))
                .collect(Collectors.toMap(item -> item.getString("message"), Function.identity()));
    }

    @Test
    void aCountyClerkSeesHerCountysItemsForHerRoleOnly() {
        assertEquals(Set.of(linjiangClerkKey), seenBy(signedIn(Role.COMMISSIONER_CLERK, TestData.COUNTY_LINJIANG)),
                "not 云岭县's, not the city-level one, not the leader's");
        assertEquals(Set.of(yunlingClerkKey), seenBy(signedIn(Role.COMMISSIONER_CLERK, YUNLING)));
    }

    @Test
    void aClerkOfAnotherModuleSeesNoneOfThem() {
        assertEquals(Set.of(), seenBy(signedIn(Role.INCUBATOR_CLERK, TestData.COUNTY_LINJIANG)));
    }

    @Test
    void aCityUserSeesEveryCountyAndTheCityLevelItemsOfTheRole() {
        assertEquals(Set.of(linjiangClerkKey, yunlingClerkKey, cityClerkKey), seenBy(signedIn(Role.COMMISSIONER_CLERK, 1)));
        assertEquals(Set.of(linjiangLeaderKey), seenBy(signedIn(Role.LEADER, 1)));
    }

    @Test
    void aCountyLeaderSeesTheLeadersItemOfTheCounty() {
        assertEquals(Set.of(linjiangLeaderKey), seenBy(signedIn(Role.LEADER, TestData.COUNTY_LINJIANG)));
        assertEquals(Set.of(), seenBy(signedIn(Role.LEADER, YUNLING)));
    }

    @Test
    void aTokenSeesEveryRolesItemsWithinItsCounty() {
        assertEquals(Set.of(yunlingClerkKey),
                every(page -> Api.get("/api/v1/todo?size=200&page=" + page, "en", Api.YUNLING_RW)).keySet());

        Map<String, JsonObject> all = every(page -> Api.get("/api/v1/todo?size=200&page=" + page, null, Api.CITY_RO));
        assertEquals(Set.of(linjiangClerkKey, yunlingClerkKey, cityClerkKey, linjiangLeaderKey), all.keySet());

        JsonObject item = all.get(linjiangClerkKey);
        assertEquals("test.access.linjiangClerk", item.getString("kind"));
        assertEquals(RECORD_TYPE, item.getString("recordType"));
        assertEquals(record, item.getString("recordId"));
        assertEquals(TestData.COUNTY_LINJIANG, item.getJsonNumber("countyId").longValue());
        assertEquals("COMMISSIONER_CLERK", item.getString("role"));
        assertEquals("/enterprise/detail.xhtml?id=100", item.getString("link"));
        assertEquals("2000-01-01", item.getString("dueOn"));
        assertTrue(item.getBoolean("overdue"));
        assertFalse(item.getString("raisedAt").isBlank());
        JsonObject cityLevel = all.get(cityClerkKey);
        assertTrue(!cityLevel.containsKey("countyId") || cityLevel.isNull("countyId"), "a city-level item: no county");
        assertFalse(cityLevel.getBoolean("overdue"), "no due date, never overdue");
    }

    @Test
    void theApiPagesAndCountsAndRefusesABadPage() {
        Api.Reply first = Api.get("/api/v1/todo?size=1", null, Api.CITY_RO);
        assertEquals(200, first.status());
        assertEquals(1, first.json().getJsonArray("items").size());
        assertTrue(first.json().getJsonNumber("total").longValue() >= 4);

        Api.Reply bad = Api.get("/api/v1/todo?size=0", null, Api.CITY_RO);
        assertEquals(422, bad.status());
        assertTrue(bad.header("Content-Type").startsWith("application/problem+json"), bad.header("Content-Type"));
    }

    @Test
    void theClerkSeesHerItemOnThePageOnTheHomePageAndInTheMenu() {
        PageClient clerk = signedIn(Role.COMMISSIONER_CLERK, TestData.COUNTY_LINJIANG);

        String home = clerk.open("/index.xhtml").body();
        assertTrue(home.contains("id=\"todoPanel\""), "the home panel");
        assertTrue(home.contains(linjiangClerkKey), "the item on the home panel (the earliest due comes first)");
        assertTrue(home.contains("menuTodo"), "the menu entry");
        Matcher badge = Pattern.compile("id=\"menuTodo\".*?ui-badge[^>]*>(\\d+\\+?)<",
                Pattern.DOTALL).matcher(home);
        int entry = home.indexOf("id=\"menuTodo\"");
        assertTrue(badge.find(), "the count as the menu entry's badge: " + home.substring(entry, Math.min(home.length(), entry + 600)));
        HttpResponse<String> mine = clerk.api(HttpRequest.newBuilder(URI.create(Api.BASE + "/api/v1/todo?size=1"))
                .header("Accept", "application/json").GET());
        long total = new Api.Reply(200, mine).json().getJsonNumber("total").longValue();
        assertEquals(total > 99 ? "99+" : String.valueOf(total), badge.group(1), "the badge counts up to 99");
        assertFalse(home.contains(yunlingClerkKey));

        String page = clerk.open("/todo.xhtml").body();
        assertEquals(200, clerk.status());
        assertEquals("/todo.xhtml", clerk.page());
        assertTrue(page.contains(linjiangClerkKey), "the item, its message shown as its key");
        assertTrue(page.contains("href=\"" + URI.create(Api.BASE).getPath() + "/enterprise/detail.xhtml?id=100\""),
                "a link to the record");
        assertTrue(page.contains("wb-todo-overdue"), "overdue is marked");
        assertFalse(page.contains(yunlingClerkKey), "never another county's item");
        assertFalse(page.contains(linjiangLeaderKey), "never another role's item");
    }

    @Test
    void withoutATokenOrSessionTheApiAnswers401() {
        Api.Reply anonymous = Api.get("/api/v1/todo", null, null);
        assertEquals(401, anonymous.status());
    }
}
