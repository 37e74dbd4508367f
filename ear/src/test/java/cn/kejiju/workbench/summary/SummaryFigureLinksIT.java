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
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A figure of the summary links to exactly its records: the commissioners' head counts and new industrial
 * commissioners of a past period (the first half of 2026, of 临江县 and of the city) open the commissioner list
 * with the period's filter, the services and trainings the approved logs of the period, the varieties and
 * technologies the items those logs introduced, the enterprises linked by the new industrial commissioners their
 * assignments in force in the period (the list says how many distinct enterprises); the projects won the
 * applications won within it, the financing figures the applications whose guarantee started within it (or by its
 * end), the patents those filed or granted within it, the new high-tech enterprises the recognitions issued within
 * it; and the list counts as many rows as the figure says, whatever changed since.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SummaryFigureLinksIT {

    private static final List<String> FIGURES = List.of("total", "agriculture", "agricultureCity", "industry",
            "industryNew", "visits", "trainings", "varieties", "technologies");
    private static final Pattern TOTAL = Pattern.compile("共 (\\d+) [条项笔个]");
    private static final List<String> LISTS = List.of("listForm:commissioners", "listForm:logs",
            "listForm:applications", "listForm:patents", "listForm:cases", "listForm:innovations",
            "listForm:assignments", "listForm:loans", "listForm:projects", "listForm:tenants");
    /** The lists whose API takes the same filter as the page's address (the county as countyId). */
    private static final Map<String, String> API_LISTS = Map.of(
            "/project/applications.xhtml", "/api/v1/projects/applications",
            "/project/county-plan.xhtml", "/api/v1/projects/county-plan",
            "/financing/applications.xhtml", "/api/v1/financing/applications",
            "/financing/loans.xhtml", "/api/v1/financing/loans");
    private static final Pattern ORGANISATIONS = Pattern.compile("id=\"listForm:organisationCount\">[^<\\d]*(\\d+)");

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
    void theEnterprisesLinkedByNewIndustrialCommissionersOpenTheirAssignmentsAndSayHowManyEnterprises() {
        PageClient leader = new PageClient().login("leader", "Demo@2026");
        for (String scope : List.of("&county=2", "")) {
            JsonObject summary = Api.get("/api/v1/summaries?year=2026&half=1" + scope, null, Api.CITY_RO).json();
            JsonObject figure = figure(summary, "commissioner", "enterprisesLinkedByNew");
            String link = figure.getString("link");
            assertTrue(link.contains("field=INDUSTRY") && link.contains("from=2026-01-01")
                    && link.contains("to=2026-06-30") && link.contains("postedFrom=2026-01-01"), link);
            assertEquals(!scope.isEmpty(), link.contains("county=2"), link);
            String body = leader.open(link).body();
            assertEquals(200, leader.status(), link);
            Matcher distinct = ORGANISATIONS.matcher(body);
            assertTrue(distinct.find(), "the list says how many enterprises: " + link);
            assertEquals(new java.math.BigDecimal(figure.getString("value")).intValueExact(),
                    Integer.parseInt(distinct.group(1)), "enterprisesLinkedByNew" + scope + ": " + link);
            assertTrue(rows(body) >= Integer.parseInt(distinct.group(1)), "an assignment per enterprise at least");
        }
    }

    @Test
    void aMalformedPeriodInTheAddressIsSaidOnThePage() {
        PageClient leader = new PageClient().login("leader", "Demo@2026");
        for (String link : List.of("/commissioner/assignments.xhtml?from=2026-13-45",
                "/commissioner/innovations.xhtml?to=half-year", "/preparedness/campaigns.xhtml?from=bad")) {
            String body = leader.open(link).body();
            assertEquals(200, leader.status(), link);
            assertTrue(body.contains("请按 年-月-日 填写日期"), link + ": the date's message");
        }
        for (String link : List.of("/financing/loans.xhtml?compensatedFrom=2026-13-01",
                "/financing/applications.xhtml?guaranteedOn=yesterday", "/project/applications.xhtml?helpedTo=2026-6",
                "/project/county-plan.xhtml?paidFrom=x")) {
            String body = leader.open(link).body();
            assertEquals(200, leader.status(), link);
            assertTrue(body.contains("请输入日期（yyyy-MM-dd）"), link + ": the date's message");
            String parameter = link.substring(link.indexOf('?') + 1, link.indexOf('='));
            assertTrue(body.contains("地址中的 " + parameter + "："), link + ": the parameter named");
        }
        for (String call : List.of("/api/v1/financing/loans?compensatedFrom=2026-13-01",
                "/api/v1/financing/applications?guaranteedOn=yesterday", "/api/v1/projects/applications?helpedTo=2026-6",
                "/api/v1/projects/applications?higher=yes", "/api/v1/projects/county-plan?paidFrom=x")) {
            Api.Reply refused = Api.get(call, null, Api.CITY_RO);
            assertEquals(400, refused.status(), call + ": " + refused.body());
            assertEquals(call.substring(call.indexOf('?') + 1, call.indexOf('=')),
                    refused.json().getJsonArray("errors").getJsonObject(0).getString("field"), call);
        }
        String body = leader.open("/incubator/tenants.xhtml?asOf=30.06.2026").body();
        assertEquals(200, leader.status());
        assertTrue(body.contains("日期格式应为 年-月-日"), "the tenants' date message");
    }

    @Test
    void theProjectFinancingAndIndicatorFiguresOfAPastHalfYearOpenExactlyTheirRecords() {
        PageClient leader = new PageClient().login("leader", "Demo@2026");
        for (String scope : List.of("&county=2", "")) {
            JsonObject summary = Api.get("/api/v1/summaries?year=2026&half=1" + scope, null, Api.CITY_RO).json();
            assertLinksCount(leader, summary, "project", List.of("won", "nationalWon", "provincialWon", "cityWon"),
                    "wonFrom=2026-01-01&wonTo=2026-06-30", scope);
            assertLinksCount(leader, summary, "project", List.of("prepared"), "helpedFrom=2026-01-01&helpedTo=2026-06-30",
                    scope);
            assertLinksCount(leader, summary, "project", List.of("planApprovals"),
                    "establishedFrom=2026-01-01&establishedTo=2026-06-30", scope);
            // the enterprises helped are the leads and partners of the applications listed: the list says how many
            JsonObject helped = figure(summary, "project", "enterprisesHelped");
            String link = helped.getString("link");
            assertTrue(link.contains("helpedFrom=2026-01-01&helpedTo=2026-06-30"), link);
            String body = leader.open(link).body();
            Matcher named = ORGANISATIONS.matcher(body);
            assertTrue(named.find(), "the list says how many enterprises and units: " + link);
            assertEquals(new java.math.BigDecimal(helped.getString("value")).intValueExact(),
                    Integer.parseInt(named.group(1)), "project.enterprisesHelped" + scope + ": " + link);
            assertLinksFilter(summary, "project", "received", "receivedFrom=2026-01-01&receivedTo=2026-06-30", scope);
            assertLinksFilter(summary, "project", "planFunds", "establishedFrom=2026-01-01&establishedTo=2026-06-30",
                    scope);
            assertLinksFilter(summary, "project", "planPaid", "paidFrom=2026-01-01&paidTo=2026-06-30", scope);
            assertLinksCount(leader, summary, "incubator", List.of("tenants"), "asOf=2026-06-30", scope);
            assertLinksCount(leader, summary, "incubator", List.of("tenantsNew"),
                    "enteredFrom=2026-01-01&enteredTo=2026-06-30", scope);
            assertLinksCount(leader, summary, "incubator", List.of("graduates"),
                    "graduatedTo=2026-06-30&graduatedFrom=2026-01-01", scope);
            assertLinksCount(leader, summary, "incubator", List.of("graduatesTotal"), "graduatedTo=2026-06-30", scope);
            assertLinksCount(leader, summary, "financing", List.of("newCount"),
                    "guaranteedFrom=2026-01-01&guaranteedTo=2026-06-30", scope);
            assertLinksCount(leader, summary, "financing", List.of("cumulativeCount"), "guaranteedTo=2026-06-30", scope);
            assertLinksCount(leader, summary, "financing", List.of("compensations"),
                    "compensatedTo=2026-06-30&compensatedFrom=2026-01-01", scope);
            assertLinksCount(leader, summary, "financing", List.of("compensationsTotal"), "compensatedTo=2026-06-30", scope);
            // amounts: the list of their records carries the period's filter (its rows are not the figure)
            assertLinksFilter(summary, "financing", "outstanding", "guaranteedOn=2026-06-30", scope);
            assertLinksFilter(summary, "financing", "compensationAmount",
                    "compensatedTo=2026-06-30&compensatedFrom=2026-01-01", scope);
            assertLinksCount(leader, summary, "indicator", List.of("patentsApplied", "inventionsApplied"),
                    "appliedFrom=2026-01-01&appliedTo=2026-06-30", scope);
            assertLinksCount(leader, summary, "indicator", List.of("patentsGranted", "inventionsGranted"),
                    "grantedFrom=2026-01-01&grantedTo=2026-06-30", scope);
            assertLinksCount(leader, summary, "indicator", List.of("highTechNew"),
                    "issuedFrom=2026-01-01&issuedTo=2026-06-30", scope);
        }
    }

    /** The figure of the section by its key. */
    private static JsonObject figure(JsonObject summary, String section, String key) {
        return summary.getJsonArray("sections").getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("section").equals(section)).findFirst().orElseThrow()
                .getJsonArray("figures").getValuesAs(JsonObject.class).stream()
                .filter(f -> f.getString("key").equals(key)).findFirst().orElseThrow();
    }

    @Test
    void thePreparednessFiguresAreTheStatisticsAndOpenTheCampaignsRunningInThePeriod() {
        for (String scope : List.of("&county=2", "")) {
            JsonObject summary = Api.get("/api/v1/summaries?year=2026&half=1" + scope, null, Api.CITY_RO).json();
            JsonObject statistics = Api.get("/api/v1/preparedness/statistics?year=2026&half=1" + scope, null,
                    Api.CITY_RO).json();
            java.util.Map<String, java.math.BigDecimal> stated = new java.util.HashMap<>();
            statistics.getJsonArray("figures").getValuesAs(JsonObject.class)
                    .forEach(f -> stated.put(f.getString("key"), f.getJsonNumber("value").bigDecimalValue()));
            for (String[] pair : List.of(new String[] {"events", "events"}, new String[] {"peopleReached", "people"},
                    new String[] {"consultations", "consultations"})) {
                JsonObject figure = figure(summary, "preparedness", pair[0]);
                assertEquals(0, new java.math.BigDecimal(figure.getString("value")).compareTo(stated.get(pair[1])),
                        pair[0] + scope + ": the statistics' " + pair[1]);
                assertLinksFilter(summary, "preparedness", pair[0], "campaigns.xhtml?from=2026-01-01&to=2026-06-30",
                        scope);
            }
        }
    }

    /** An amount's figure links to the list of its records with the period's filter (and the county's). */
    private static void assertLinksFilter(JsonObject summary, String section, String key, String filter, String scope) {
        JsonObject figure = figure(summary, section, key);
        String link = figure.getString("link");
        assertTrue(link.contains(filter), key + ": " + link);
        assertEquals(!scope.isEmpty(), link.contains("county=2"), link);
        // the API list takes the filter: records behind an amount of the period, none in a period before them all
        String list = link.substring(0, link.indexOf('?'));
        if (API_LISTS.containsKey(list)) {
            String query = API_LISTS.get(list) + link.substring(link.indexOf('?')).replace("&county=", "&countyId=");
            int total = Api.get(query, null, Api.CITY_RO).json().getJsonNumber("total").intValue();
            if (new java.math.BigDecimal(figure.getString("value")).signum() > 0) {
                assertTrue(total > 0, key + scope + ": the API lists its records: " + query);
            }
            String before = query.replace("2026-", "1990-");
            assertEquals(0, Api.get(before, null, Api.CITY_RO).json().getJsonNumber("total").intValue(),
                    key + scope + ": nothing in 1990: " + before);
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
            int value = new java.math.BigDecimal(figure.getString("value")).intValueExact();
            assertEquals(value, rows(body), section + "." + key + scope + ": " + link);
            String list = link.substring(0, link.indexOf('?'));
            if (API_LISTS.containsKey(list)) {
                String query = link.substring(link.indexOf('?')).replace("&county=", "&countyId=");
                JsonObject page = Api.get(API_LISTS.get(list) + query, null, Api.CITY_RO).json();
                assertEquals(value, page.getJsonNumber("total").intValue(),
                        section + "." + key + scope + ": the API's " + API_LISTS.get(list) + query);
            }
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
