package cn.kejiju.workbench.project;

import cn.kejiju.workbench.Api;
import cn.kejiju.workbench.BureauClock;
import cn.kejiju.workbench.Deployments;
import cn.kejiju.workbench.PageClient;
import cn.kejiju.workbench.TestData;
import cn.kejiju.workbench.security.Role;
import cn.kejiju.workbench.security.TestAccounts;
import cn.kejiju.workbench.todo.TodoRefresh;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static cn.kejiju.workbench.project.ProjectApiIT.created;
import static cn.kejiju.workbench.project.ProjectApiIT.id;
import static cn.kejiju.workbench.project.ProjectApiIT.ok;
import static cn.kejiju.workbench.project.ProjectApiIT.version;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The county plan beyond its own pages: the enterprise page (Enterprise 360) of a demo lead lists its plan project
 * with the count and sums, and the demo project whose mid-term check is overdue (LED 驱动芯片封装工艺改进 of
 * 江州蓝光电子, due 2026-11-30) is on the to-do list of 临江县's project clerks, not on that of 云岭县's; recording a
 * mid-term check resolves its item at once.
 */
@ExtendWith(ArquillianExtension.class)
class CountyPlanRemindersIT {

    private static final String DEMO_PASSWORD = "Demo@2026";
    private static final String PASSWORD = "Plan#Pass2026";
    private static final long YUNLING = 3;
    private static final long LANGUANG = 100;
    private static final long OVERDUE_PROJECT = 1800103;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWith(CountyPlanRemindersIT.class, TestAccounts.class, PageClient.class, Api.class,
                Api.Reply.class, TestData.class, BureauClock.class, ProjectApiIT.class, CountyPlanApiIT.class);
    }

    @EJB
    TodoRefresh refresh;

    @Inject
    TestAccounts accounts;

    @PersistenceContext(unitName = "workbench")
    EntityManager em;

    @Resource(name = "jdbc/workbench")
    DataSource dataSource;

    @Test
    void theEnterprisePageListsThePlanProjectsItLeads() {
        PageClient clerk = new PageClient().login("proj.clerk", DEMO_PASSWORD);
        clerk.open("/enterprise/detail.xhtml?id=" + LANGUANG);
        assertEquals(200, clerk.status());
        String body = clerk.body();
        assertTrue(body.contains("县级科技计划项目（牵头）"), PageClient.errors(body));
        assertTrue(body.contains("LED 驱动芯片封装工艺改进"), "the plan project it leads");
        assertTrue(body.contains("county-plan-project.xhtml?id=" + OVERDUE_PROJECT), "linked to its page");
        int totals = body.indexOf("共牵头");
        String sentence = totals < 0 ? body : body.substring(totals, Math.min(body.length(), totals + 60));
        assertTrue(sentence.matches("(?s)共牵头 1 个县级科技计划项目；资助资金 30(\\.00)? 万元（撤销的不计），已拨付 15(\\.00)? 万元.*"),
                "its count and sums: " + sentence);

        PageClient other = new PageClient().login("proj.clerk", DEMO_PASSWORD);
        other.open("/enterprise/detail.xhtml?id=104");
        assertTrue(other.body().contains("水性工业涂料低 VOC 配方研发"), "another lead's submitted project");
        assertFalse(other.body().contains("LED 驱动芯片封装工艺改进"), "not 蓝光's");
    }

    @Test
    void theOverdueMidTermCheckIsOnTheCountysProjectClerksList() {
        refresh.refreshNow();
        List<JsonObject> linjiang = planItems(new PageClient().login("proj.clerk", DEMO_PASSWORD));
        JsonObject midTerm = linjiang.stream()
                .filter(i -> i.getString("kind").equals("project.reminder.planMidTermDue")
                        && i.getString("recordId").equals(String.valueOf(OVERDUE_PROJECT)))
                .findFirst().orElseThrow(() -> new AssertionError("no mid-term item among " + linjiang));
        assertEquals("2026-11-30", midTerm.getString("dueOn"));
        assertTrue(midTerm.getString("link").contains("county-plan-project.xhtml?id=" + OVERDUE_PROJECT));

        String username = accounts.create("planyl", Set.of(Role.PROJECT_CLERK), YUNLING, PASSWORD, false);
        List<JsonObject> yunling = planItems(new PageClient().login(username, PASSWORD));
        assertTrue(yunling.stream().noneMatch(i -> i.getString("recordId").startsWith(String.valueOf(OVERDUE_PROJECT))),
                "云岭县's project clerk does not see 临江县's project: " + yunling);
    }

    @Test
    void recordingTheMidTermCheckResolvesItsItemAtOnce() throws SQLException {
        long call = CountyPlanApiIT.countyCall("1000000.00");
        long lead = ProjectApiIT.enterprise(TestData.TOWNSHIP_CHENGGUAN, Api.CITY_RW);
        Api.Reply entered = created(CountyPlanApiIT.enter(call, lead, "200000.00", Api.CITY_RW));
        long id = id(entered);
        LocalDate today = BureauClock.today();
        // contracted with its mid-term check three days overdue: the path to a contract takes weeks of notice
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement("update plan_project set status = 'CONTRACTED', "
                     + "granted = 100000.00, established_on = ?, mid_term_due = ?, acceptance_due = ?, next_due = ? "
                     + "where id = ?")) {
            update.setObject(1, today.minusDays(60));
            update.setObject(2, today.minusDays(3));
            update.setObject(3, today.plusDays(200));
            update.setObject(4, today.minusDays(3));
            update.setLong(5, id);
            assertEquals(1, update.executeUpdate());
        }
        em.getEntityManagerFactory().getCache().evict(PlanProject.class, id);
        refresh.refreshNow();
        PageClient clerk = new PageClient().login("proj.clerk", DEMO_PASSWORD);
        assertTrue(planItems(clerk).stream().anyMatch(i -> isMidTermOf(i, id)), "raised by the refresh");

        ok(CountyPlanApiIT.act(id, "mid-term", "{\"version\":%d,\"on\":\"%s\"}".formatted(version(entered), today),
                Api.CITY_RW));
        assertTrue(planItems(clerk).stream().noneMatch(i -> isMidTermOf(i, id)),
                "resolved with the check, before any refresh");
    }

    private static boolean isMidTermOf(JsonObject item, long id) {
        return item.getString("kind").equals("project.reminder.planMidTermDue")
                && item.getString("recordId").equals(String.valueOf(id));
    }

    /** The caller's open county plan reminders, every page of the list read. */
    private static List<JsonObject> planItems(PageClient session) {
        List<JsonObject> found = new ArrayList<>();
        for (int page = 0; ; page++) {
            HttpResponse<String> response = session.api(HttpRequest.newBuilder(URI.create(Api.BASE
                    + "/api/v1/todo?size=200&page=" + page)).header("Accept", "application/json").GET());
            Api.Reply reply = new Api.Reply(response.statusCode(), response);
            assertEquals(200, reply.status(), reply.body());
            reply.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                    .filter(i -> i.getString("kind").startsWith("project.reminder.plan")).forEach(found::add);
            if ((page + 1) * 200L >= reply.json().getJsonNumber("total").longValue()) {
                return found;
            }
        }
    }
}
