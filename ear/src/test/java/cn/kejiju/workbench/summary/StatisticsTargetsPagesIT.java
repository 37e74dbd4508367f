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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The targets panel (指标任务完成情况) of the statistics pages: the city leader reads 临江县's target of commissioner
 * trainings on the commissioners' statistics page with the actual the targets API gives and percent done, followed
 * by the city's total; 临江县's clerk reads the county's row and no city total; every statistics page has the panel,
 * and the home page has it over every section.
 */
@ExtendWith(ArquillianExtension.class)
class StatisticsTargetsPagesIT {

    private static final String SECTION = "commissioner";
    private static final String FIGURE = "trainings";
    private static final List<String> PAGES = List.of("/commissioner/statistics.xhtml", "/incubator/statistics.xhtml",
            "/financing/statistics.xhtml", "/preparedness/statistics.xhtml", "/project/statistics.xhtml");

    private final int year = BureauClock.today().getYear();

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWith(StatisticsTargetsPagesIT.class, TestAccounts.class, PageClient.class, Api.class,
                Api.Reply.class, TestData.class);
    }

    private Optional<JsonObject> target() {
        return Api.get("/api/v1/summaries/targets?year=" + year + "&county=" + TestData.COUNTY_LINJIANG)
                .jsonStructure().asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getString("section").equals(SECTION) && t.getString("figure").equals(FIGURE))
                .findFirst();
    }

    @AfterEach
    void removeTheTarget() {
        target().ifPresent(t -> Api.delete("/api/v1/summaries/targets/" + t.getJsonNumber("id").longValue()
                + "?version=" + t.getJsonNumber("version").longValue()));
    }

    @Test
    void theStatisticsPagesShowTheTargetWithItsActualAndPercent() {
        removeTheTarget();
        Api.Reply set = Api.put("/api/v1/summaries/targets", "{\"year\": " + year + ", \"countyId\": "
                + TestData.COUNTY_LINJIANG + ", \"section\": \"" + SECTION + "\", \"figure\": \"" + FIGURE
                + "\", \"value\": \"400\"}");
        assertTrue(set.status() == 200 || set.status() == 201, set.body());
        JsonObject saved = target().orElseThrow();
        BigDecimal actual = new BigDecimal(saved.getString("actual"));

        PageClient leader = new PageClient().login("leader", "Demo@2026");
        for (String page : PAGES) {
            String body = leader.open(page).body();
            assertEquals(200, leader.status(), page);
            assertTrue(body.contains("id=\"statisticsTargets\""), "the panel on " + page);
        }
        String body = leader.open("/commissioner/statistics.xhtml").body();
        String county = row(body, "false");
        assertTrue(county.contains("临江县"), county);
        assertEquals(0, actual.compareTo(new BigDecimal(cell(county, "actual"))), "the actual as the API says it");
        assertEquals("400", cell(county, "value"));
        String percent = saved.getJsonNumber("percent").bigDecimalValue().stripTrailingZeros().toPlainString() + "%";
        assertTrue(county.contains(percent), percent + " in " + county);
        String total = row(body, "true");
        assertTrue(total.contains("全市合计"), total);

        // the home page's panel is the same tag over every section, for the current year
        String home = leader.open("/index.xhtml").body();
        assertTrue(home.contains("id=\"targetsPanel\"") && home.contains("id=\"statisticsTargets\""), "the home panel");
        String homeRow = row(home, "false");
        assertEquals(0, actual.compareTo(new BigDecimal(cell(homeRow, "actual"))), "the home page's actual");
        assertEquals("400", cell(homeRow, "value"));
        assertTrue(row(home, "true").contains("全市合计"), "the city's total on the home page");

        PageClient clerk = new PageClient().login("lj.clerk", "Demo@2026");
        String own = clerk.open("/commissioner/statistics.xhtml").body();
        assertTrue(row(own, "false").contains("临江县"));
        assertFalse(own.contains("data-target=\"" + SECTION + "." + FIGURE + "\" data-total=\"true\""),
                "no city total for a county user");
    }

    /** The panel's row of the figure: a county's ({@code total} false) or the city's. */
    private static String row(String body, String total) {
        Matcher matcher = Pattern.compile("<tr data-target=\"" + SECTION + "\\." + FIGURE + "\" data-total=\""
                + total + "\".*?</tr>", Pattern.DOTALL).matcher(body);
        assertTrue(matcher.find(), "no row of " + SECTION + "." + FIGURE + " (total " + total + ")");
        return matcher.group();
    }

    private static String cell(String row, String name) {
        Matcher matcher = Pattern.compile("data-cell=\"" + name + "\">([^<]*)<").matcher(row);
        assertTrue(matcher.find(), row);
        return matcher.group(1).trim();
    }
}
