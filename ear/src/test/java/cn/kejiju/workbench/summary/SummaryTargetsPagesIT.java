package cn.kejiju.workbench.summary;

import cn.kejiju.workbench.Api;
import cn.kejiju.workbench.BureauClock;
import cn.kejiju.workbench.Deployments;
import cn.kejiju.workbench.PageClient;
import cn.kejiju.workbench.TestData;
import cn.kejiju.workbench.security.TestAccounts;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The targets page ({@code summary/targets.xhtml}): leaders' and the administrator's (a clerk is turned away);
 * the city leader adds 临江县's target of new financing for the current year (a negative value refused next to the
 * field, nothing saved), sees it with its actual and percent, and removes it after a confirmation; the home page
 * shows the leader the panel of the year's targets.
 */
@ExtendWith(ArquillianExtension.class)
class SummaryTargetsPagesIT {

    private static final String PAGE = "/summary/targets.xhtml";
    private static final String FIGURE = "financing.newAmount";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWith(SummaryTargetsPagesIT.class, TestAccounts.class, PageClient.class, Api.class,
                Api.Reply.class, TestData.class);
    }

    private static Optional<JsonObject> target(int year) {
        return Api.get("/api/v1/summaries/targets?year=" + year + "&county=2").jsonStructure().asJsonArray()
                .getValuesAs(JsonObject.class).stream()
                .filter(t -> (t.getString("section") + "." + t.getString("figure")).equals(FIGURE)).findFirst();
    }

    @Test
    void theCityLeaderAddsAndRemovesATargetWithRefusalsNextToTheField() {
        int year = BureauClock.today().getYear();
        target(year).ifPresent(t -> Api.delete("/api/v1/summaries/targets/" + t.getJsonNumber("id").longValue()
                + "?version=" + t.getJsonNumber("version").longValue()));
        assertEquals(403, new PageClient().login("lj.clerk", "Demo@2026").open(PAGE).status(), "a clerk is turned away");

        PageClient page = new PageClient().login("leader", "Demo@2026");
        assertTrue(page.body().contains("指标任务完成情况"), "the home page's panel for leaders");
        page.open(PAGE);
        assertEquals(200, page.status());
        assertTrue(page.body().contains("指标任务"), "the page");

        page.submit("filterForm", Map.of("year_input", String.valueOf(year)), "add");
        assertTrue(page.body().contains("id=\"editForm:value\""), "the form to add a target opens");

        page.submit("editForm", Map.of("countyId_input", "2", "figure_input", FIGURE, "value", "-5"), "save");
        String refusal = PageClient.messageOf(page.body(), "editForm:valueMessage");
        assertTrue(refusal.contains("不能小于 0"), refusal);
        assertTrue(target(year).isEmpty(), "nothing saved");

        page.submit("editForm", Map.of("countyId_input", "2", "figure_input", FIGURE, "value", "100000000"), "save");
        assertTrue(page.body().contains("已保存 临江县 的指标任务"), PageClient.errors(page.body()));
        JsonObject saved = target(year).orElseThrow(() -> new AssertionError("the target is saved"));
        assertEquals(0, new BigDecimal("100000000").compareTo(new BigDecimal(saved.getString("value"))));
        String row = row(page.body());
        assertTrue(page.body().contains("确定删除 临江县 " + year + " 的指标任务"), "removal asks for confirmation");
        Matcher actual = Pattern.compile("id=\"targetsForm:targets:" + row + ":actual\">([^<]*)<").matcher(page.body());
        assertTrue(actual.find());
        assertEquals(0, new BigDecimal(saved.getString("actual")).compareTo(new BigDecimal(actual.group(1))),
                "the actual of the year to date as the API says it");

        page.submit("targetsForm", Map.of(), "targets:" + row + ":remove");
        assertTrue(page.body().contains("已删除指标任务"), PageClient.errors(page.body()));
        assertFalse(target(year).isPresent(), "removed");
    }

    /** The table row of the target. */
    private static String row(String body) {
        Matcher matcher = Pattern.compile("id=\"targetsForm:targets:(\\d+):label\"[^>]*data-figure=\"" + FIGURE + "\"")
                .matcher(body);
        assertTrue(matcher.find(), "no row of " + FIGURE + ":\n" + body);
        return matcher.group(1);
    }
}
