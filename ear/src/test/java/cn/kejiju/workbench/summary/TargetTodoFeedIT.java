package cn.kejiju.workbench.summary;

import cn.kejiju.workbench.Api;
import cn.kejiju.workbench.AsSystemAdmin;
import cn.kejiju.workbench.BureauClock;
import cn.kejiju.workbench.Deployments;
import cn.kejiju.workbench.PageClient;
import cn.kejiju.workbench.TestData;
import cn.kejiju.workbench.security.Roles;
import cn.kejiju.workbench.todo.TodoDraft;
import cn.kejiju.workbench.todo.TodoService;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The October warning of targets behind pro rata reaches the commissioners' section, which reads through a
 * role-guarded statistics service on the pages: the feed, run with no caller at all (as the hourly timer runs it),
 * warns of 临江县's target of commissioner services set far above what was done, names the figure by its label,
 * and the city leader reads the item in the to-do list.
 */
@ExtendWith(ArquillianExtension.class)
class TargetTodoFeedIT {

    private static final String SECTION = "commissioner";
    private static final String FIGURE = "visits";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWith(TargetTodoFeedIT.class, AsSystemAdmin.class, PageClient.class, Api.class,
                Api.Reply.class, TestData.class);
    }

    @Inject
    TargetTodoFeed feed;

    @Inject
    SummaryTargetService targets;

    @Inject
    TodoService todo;

    @Inject
    TargetActuals actuals;

    @Inject
    AsSystemAdmin asAdmin;

    private final int year = BureauClock.today().getYear();
    private final LocalDate october = LocalDate.of(year, 10, 15);

    private Optional<TargetActuals.TargetStatus> ours() throws Exception {
        return asAdmin.call(() -> targets.progress(year, TestData.COUNTY_LINJIANG)).stream()
                .filter(s -> s.target().getSection().equals(SECTION) && s.target().getFigure().equals(FIGURE))
                .findFirst();
    }

    @AfterEach
    void removeTheTarget() throws Exception {
        Optional<TargetActuals.TargetStatus> left = ours();
        if (left.isPresent()) {
            SummaryTarget t = left.get().target();
            asAdmin.run(() -> targets.remove(t.getId(), t.getVersion()));
        }
        todo.reconcile(feed, october);
    }

    @Test
    void aCommissionerTargetBehindProRataWarnsTheLeadersInOctober() throws Exception {
        removeTheTarget();
        SummaryTarget target = asAdmin.call(() -> targets.set(year, TestData.COUNTY_LINJIANG, SECTION, FIGURE,
                new BigDecimal("1000000"), null));
        // the commissioners' figure of January 1 to October 15, asked with no caller
        BigDecimal actual = actuals.progress(year, List.of(target), october).get(0).progress().actual();

        // no caller: the timer's way
        List<TodoDraft> due = feed.due(october);
        TodoDraft item = due.stream().filter(d -> d.recordId().equals(String.valueOf(target.getId()))).findFirst()
                .orElseThrow(() -> new AssertionError("the commissioners' target is checked: " + due));
        assertEquals(Roles.LEADER, item.role());
        assertEquals(TestData.COUNTY_LINJIANG, item.countyId());
        assertEquals(TodoDraft.text("summary.figure.commissioner.visits"), item.arguments().get(1));
        assertEquals(Wording.plain(actual), item.arguments().get(3), "the actual of January 1 to October 15");
        assertTrue(feed.due(LocalDate.of(year, 9, 30)).isEmpty(), "nothing before October");

        todo.reconcile(feed, october);
        PageClient leader = new PageClient().login("leader", "Demo@2026");
        String text = leaderItems(leader).stream()
                .filter(i -> i.getString("recordId").equals(String.valueOf(target.getId())))
                .map(i -> i.getString("message")).findFirst()
                .orElseThrow(() -> new AssertionError("the city leader's list holds the warning"));
        assertTrue(text.startsWith("临江县的指标任务“服务次数”进度滞后：目标 1000000"), text);
    }

    private static List<JsonObject> leaderItems(PageClient leader) {
        List<JsonObject> items = new java.util.ArrayList<>();
        for (int page = 0; ; page++) {
            HttpResponse<String> response = leader.api(HttpRequest.newBuilder(URI.create(Api.BASE
                    + "/api/v1/todo?size=200&page=" + page)).header("Accept", "application/json").GET());
            assertEquals(200, response.statusCode(), response.body());
            JsonObject json = Json.createReader(new StringReader(response.body())).readObject();
            items.addAll(json.getJsonArray("items").getValuesAs(JsonObject.class));
            if ((page + 1) * 200L >= json.getJsonNumber("total").longValue()) {
                return items;
            }
        }
    }
}
