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
 * with the period's filter, the services and trainings the approved logs of the period; the projects won the
 * applications won within it, the financing figures the applications whose guarantee started within it (or by its
 * end), the patents those filed or granted within it, the new high-tech enterprises the recognitions issued within
 * it; and the list counts as many rows as the figure says, whatever changed since.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SummaryFigureLinksIT {

    private static final List<String> FIGURES = List.of("total", "agriculture", "agricultureCity", "industry",
            "industryNew", "visits", "trainings");
    private static final Pattern TOTAL = Pattern.compile("共 (\\d+) [条项笔]");
    private static final List<String> LISTS = List.of("listForm:commissioners", "listForm:logs",
            "listForm:applications", "listForm:patents", "listForm:cases");

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

    @Test
    void theProjectFinancingAndIndicatorFiguresOfAPastHalfYearOpenExactlyTheirRecords() {
        PageClient leader = new PageClient().login("leader", "Demo@2026");
        for (String scope : List.of("&county=2", "")) {
            JsonObject summary = Api.get("/api/v1/summaries?year=2026&half=1" + scope, null, Api.CITY_RO).json();
            assertLinksCount(leader, summary, "project", List.of("won", "nationalWon", "provincialWon", "cityWon"),
                    "wonFrom=2026-01-01&wonTo=2026-06-30", scope);
            assertLinksCount(leader, summary, "financing", List.of("newCount"),
                    "guaranteedFrom=2026-01-01&guaranteedTo=2026-06-30", scope);
            assertLinksCount(leader, summary, "financing", List.of("cumulativeCount"), "guaranteedTo=2026-06-30", scope);
            assertLinksCount(leader, summary, "indicator", List.of("patentsApplied", "inventionsApplied"),
                    "appliedFrom=2026-01-01&appliedTo=2026-06-30", scope);
            assertLinksCount(leader, summary, "indicator", List.of("patentsGranted", "inventionsGranted"),
                    "grantedFrom=2026-01-01&grantedTo=2026-06-30", scope);
            assertLinksCount(leader, summary, "indicator", List.of("highTechNew"),
                    "issuedFrom=2026-01-01&issuedTo=2026-06-30", scope);
        }
    }

    /** Each figure named links with the period's filter to a list of as many rows as it says. */
    private static void assertLinksCount(PageClient client, JsonObject summary, String section, List<String> keys,
                                         String filter, String scope) {
        JsonObject found = summary.getJsonArray("sections").getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("section").equals(section)).findFirst().orElseThrow();
        int checked = 0;
        for (JsonObject figure : found.getJsonArray("figures").getValuesAs(JsonObject.class)) {
            String key = figure.getString("key");
            if (!keys.contains(key)) {
                continue;
            }
            String link = figure.getString("link");
            assertTrue(link.contains(filter), key + ": " + link);
            assertEquals(!scope.isEmpty(), link.contains("county=2"), link);
            String body = client.open(link).body();
            assertEquals(200, client.status(), link);
            assertEquals(new java.math.BigDecimal(figure.getString("value")).intValueExact(), rows(body),
                    section + "." + key + scope + ": " + link);
            checked++;
        }
        assertEquals(keys.size(), checked, section + ": every figure named is in the summary");
    }

    /** The number of rows the list reports (none: its empty message). */
    private static int rows(String body) {
        Matcher matcher = TOTAL.matcher(body);
        if (matcher.find()) {
            return Integer.parseInt(matcher.group(1));
        }
        assertTrue(LISTS.stream().anyMatch(list -> body.contains("id=\"" + list + "\"")), "the list");
        return 0;
    }
}
