package cn.kejiju.workbench.summary;

import cn.kejiju.workbench.Api;
import cn.kejiju.workbench.Deployments;
import cn.kejiju.workbench.PageClient;
import cn.kejiju.workbench.TestData;
import cn.kejiju.workbench.security.TestAccounts;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A figure of the summary links to exactly its records: the commissioners' head counts and new industrial
 * commissioners of a past period (the first half of 2026, of 临江县 and of the city) open the commissioner list
 * with the period's filter, the services and trainings the approved logs of the period, and the list counts as
 * many rows as the figure says, whatever changed since.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SummaryFigureLinksIT {

    private static final List<String> FIGURES = List.of("total", "agriculture", "agricultureCity", "industry",
            "industryNew", "visits", "trainings");
    private static final Pattern TOTAL = Pattern.compile("共 (\\d+) 条");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWith(SummaryFigureLinksIT.class, TestAccounts.class, PageClient.class, Api.class,
                Api.Reply.class, TestData.class);
    }

    @Test
    void theCommissionerFiguresOfAPastHalfYearOpenExactlyTheirRecords() {
        PageClient leader = new PageClient().login("leader", "Demo@2026");
        for (String scope : List.of("&county=2", "")) {
            JsonObject summary = Api.get("/api/v1/summaries?year=2026&half=1" + scope, null, Api.CITY_RO).json();
            JsonObject commissioners = summary.getJsonArray("sections").getValuesAs(JsonObject.class).stream()
                    .filter(s -> s.getString("section").equals("commissioner")).findFirst().orElseThrow();
            for (JsonObject figure : commissioners.getJsonArray("figures").getValuesAs(JsonObject.class)) {
                String key = figure.getString("key");
                if (!FIGURES.contains(key)) {
                    continue;
                }
                String link = figure.getString("link");
                assertTrue(link.contains("from=2026-") && link.contains("to=2026-06-30"), link);
                String body = leader.open(link).body();
                assertEquals(200, leader.status(), link);
                assertEquals(new java.math.BigDecimal(figure.getString("value")).intValueExact(), rows(body),
                        key + scope + ": " + link);
            }
        }
    }

    /** The number of rows the list reports (none: its empty message). */
    private static int rows(String body) {
        Matcher matcher = TOTAL.matcher(body);
        if (matcher.find()) {
            return Integer.parseInt(matcher.group(1));
        }
        assertTrue(body.contains("id=\"listForm:commissioners\"") || body.contains("id=\"listForm:logs\""), "the list");
        return 0;
    }
}
