package cn.kejiju.workbench.summary;

import cn.kejiju.workbench.Api;
import cn.kejiju.workbench.Api.Reply;
import cn.kejiju.workbench.Deployments;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The work summary through the API: the demo's first half of 2026 in 临江县 against the demo data and each
 * programme's own statistics, the city with its table of counties, county isolation, versions saved on top of
 * each other, maker-checker approval that freezes the summary, and the .docx read back with POI. Other test
 * classes may add records to 临江县, so head counts are asserted as "at least" where the demo's are exact.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SummaryApiIT {

    private static final String SUMMARIES = "/api/v1/summaries";
    private static final String H1_LINJIANG = "year=2026&half=1&county=2";
    private static final String PROBLEM = "application/problem+json";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private static JsonObject get(String path, String token) {
        Reply reply = Api.get(path, "zh-CN", token);
        assertEquals(200, reply.status(), reply.body());
        return reply.json();
    }

    private static JsonObject section(JsonObject summary, String key) {
        return summary.getJsonArray("sections").stream().map(JsonValue::asJsonObject)
                .filter(s -> s.getString("section").equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("no section " + key + ": " + summary));
    }

    private static JsonObject figure(JsonObject section, String key) {
        return section.getJsonArray("figures").stream().map(JsonValue::asJsonObject)
                .filter(f -> f.getString("key").equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("no figure " + key + ": " + section));
    }

    private static BigDecimal value(JsonObject section, String key, String part) {
        return new BigDecimal(figure(section, key).getString(part));
    }

    private static JsonObject statistic(JsonObject statistics, String key) {
        return statistics.getJsonArray("figures").stream().map(JsonValue::asJsonObject)
                .filter(f -> f.getString("key").equals(key)).findFirst().orElseThrow(() -> new AssertionError(key));
    }

    private static void assertProblem(Reply reply, int status, String type) {
        assertEquals(status, reply.status(), reply.body());
        assertTrue(reply.header("Content-Type").startsWith(PROBLEM), reply.header("Content-Type"));
        assertTrue(reply.json().getString("type").endsWith(type), reply.body());
    }

    /** A custom period of its own for each flow, so that reruns against the same database do not meet. */
    private static String ownPeriod() {
        LocalDate from = LocalDate.of(2000, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(0, 9000));
        return "from=" + from + "&to=" + from.plusDays(30);
    }

    @Test
    void theDemoCountysFirstHalfOf2026CarriesTheSeedsFiguresAndTheProgrammesStatistics() {
        JsonObject summary = get(SUMMARIES + "?" + H1_LINJIANG, Api.CITY_RO);
        assertEquals("临江县科技局2026年上半年工作总结", summary.getString("title"));
        assertEquals(2, summary.getJsonNumber("countyId").longValue());
        assertEquals("FIRST_HALF", summary.getString("periodKind"));
        List<String> order = summary.getJsonArray("sections").stream()
                .map(s -> s.asJsonObject().getString("section")).toList();
        assertEquals(List.of("commissioner", "incubator", "financing", "preparedness", "project", "indicator"), order);

        JsonObject commissioners = section(summary, "commissioner");
        assertEquals("科技特派员工作", commissioners.getString("title"));
        assertEquals(0, new BigDecimal("14").compareTo(value(commissioners, "agriculture", "atStart")), "由14名");
        assertTrue(value(commissioners, "agriculture", "value").intValue() >= 23, "增加到23名");
        assertTrue(value(commissioners, "agricultureCity", "value").intValue() >= 4, "市派4名");
        assertTrue(value(commissioners, "industryNew", "value").intValue() >= 5, "新增工业企业科技特派员5名");
        assertTrue(value(commissioners, "enterprisesLinkedByNew", "value").intValue() >= 5, "联系企业5个");
        assertTrue(value(commissioners, "total", "value").intValue() >= 54, "54名");
        String headcount = commissioners.getJsonArray("sentences").getString(0);
        assertTrue(headcount.startsWith("2026年上半年全县选派科技特派员"), headcount);
        assertTrue(headcount.contains("其中农业科技特派员由14名增加到"), headcount);
        assertEquals("/commissioner/list.xhtml?from=2026-06-30&to=2026-06-30&county=2&field=AGRICULTURE",
                figure(commissioners, "agriculture").getString("link"));

        // the same figures as the commissioner statistics' summary of the period
        JsonObject statistics = get("/api/v1/commissioner-statistics/summary?" + H1_LINJIANG, Api.CITY_RO);
        JsonObject agriculture = statistic(statistics, "commissioners.AGRICULTURE");
        assertEquals(agriculture.getJsonNumber("value").bigDecimalValue().intValue(),
                value(commissioners, "agriculture", "value").intValue());
        assertEquals(agriculture.getJsonNumber("lastYear").bigDecimalValue().intValue(),
                value(commissioners, "agriculture", "lastYear").intValue());
        assertEquals(statistic(statistics, "trainings").getJsonNumber("value").bigDecimalValue().intValue(),
                value(commissioners, "trainings", "value").intValue());
        // the previous period is the second half of 2025
        JsonObject previous = get("/api/v1/commissioner-statistics/summary?year=2025&half=2&county=2", Api.CITY_RO);
        assertEquals(statistic(previous, "commissioners").getJsonNumber("value").bigDecimalValue().intValue(),
                value(commissioners, "total", "previous").intValue());

        // the incubator statistics' tenants and graduates
        JsonObject incubator = section(summary, "incubator");
        JsonObject incubatorStatistics = get("/api/v1/incubator-statistics?" + H1_LINJIANG, Api.CITY_RO);
        assertEquals(statistic(incubatorStatistics, "tenants").getJsonNumber("value").bigDecimalValue().intValue(),
                value(incubator, "tenants", "value").intValue());
        assertTrue(value(incubator, "tenants", "value").intValue() > 0, "the seed's park has tenants");
        assertTrue(value(incubator, "carriers", "value").intValue() >= 1);

        // the seed: "仅今年上半年新增融资5700万元，截止目前，已经累计融资总额超过5亿元，没有发生一笔代偿" — V8's two
        // guarantees of March and May 2026 (500万 and 300万) and V16's six more (4900万) on top of the 54 of 2016–2025
        // (the tests create financing in 临江县 only with today's dates, in December, so the first half stays as demoed)
        JsonObject financing = section(summary, "financing");
        assertEquals(8, value(financing, "newCount", "value").intValue(), financing.toString());
        assertEquals(0, new BigDecimal("57000000").compareTo(value(financing, "newAmount", "value")), financing.toString());
        assertEquals(0, new BigDecimal("48000000").compareTo(value(financing, "newAmount", "lastYear")), "H1 2025");
        assertTrue(value(financing, "cumulative", "value").compareTo(new BigDecimal("500000000")) > 0, "超过5亿元");
        assertEquals(0, new BigDecimal("503000000").compareTo(value(financing, "cumulative", "value")));
        assertEquals(62, value(financing, "cumulativeCount", "value").intValue());
        assertEquals(0, new BigDecimal("105000000").compareTo(value(financing, "outstanding", "value")), "在保余额");
        String financed = financing.getJsonArray("sentences").getString(0);
        assertTrue(financed.startsWith("2026年上半年新增融资5700万元（8笔），同比增长"), financed);
        assertTrue(financed.endsWith("；截止目前，已经累计融资总额5.03亿元，在保余额1.05亿元。"), financed);
        // no compensation by the end of June (the loans' tests compensate today, in December)
        assertEquals(0, value(financing, "compensationsTotal", "value").signum());
        assertEquals("平台运行以来没有发生一笔代偿。", financing.getJsonArray("sentences").getString(1), financing.toString());

        // the seed's 5·12 week
        JsonObject preparedness = section(summary, "preparedness");
        assertTrue(value(preparedness, "events", "value").intValue() >= 1);
        assertTrue(value(preparedness, "peopleReached", "value").intValue() > 0);
        assertTrue(section(summary, "commissioner").getJsonArray("counties").isEmpty(), "a county has no table");
    }

    @Test
    void theProjectsSectionSaysTheSeedsFundsWonByLevelAndTheIndicatorsAgreeWithTheirTally() {
        // the city's first half of 2026 in the demo data: national 5 projects with 563万元, provincial 10 with
        // 300万元, city 15 with 281万元 (the tests record their steps today, in December)
        JsonObject city = get(SUMMARIES + "?year=2026&half=1", Api.CITY_RO);
        JsonObject projects = section(city, "project");
        assertEquals("科技计划项目", projects.getString("title"));
        assertEquals(5, value(projects, "nationalWon", "value").intValue());
        assertEquals(0, new BigDecimal("5630000").compareTo(value(projects, "nationalGranted", "value")));
        assertEquals(10, value(projects, "provincialWon", "value").intValue());
        assertEquals(0, new BigDecimal("3000000").compareTo(value(projects, "provincialGranted", "value")));
        assertEquals(15, value(projects, "cityWon", "value").intValue());
        assertEquals(0, new BigDecimal("2810000").compareTo(value(projects, "cityGranted", "value")));
        assertEquals(30, value(projects, "won", "value").intValue());
        assertEquals(8, value(projects, "prepared", "value").intValue(), "材料准备 in the first half: 8 applications");
        assertEquals(16, value(projects, "enterprisesHelped", "value").intValue(), "their leads and partners");
        List<String> said = projects.getJsonArray("sentences").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString).toList();
        assertEquals("2026年上半年帮助16家企业、单位准备了8个科技项目的申报材料。", said.get(0));
        assertTrue(said.contains("列入国家级科技计划项目5个，争取国家资金563万元。"), said.toString());
        assertTrue(said.contains("列入省级科技计划项目10个，争取省资金300万元。"), said.toString());
        assertTrue(said.contains("列入市计划科技项目15个，争取市资金281万元。"), said.toString());
        List<JsonObject> rows = projects.getJsonArray("counties").stream().map(JsonValue::asJsonObject).toList();
        assertEquals("30", rows.get(rows.size() - 1).getJsonObject("values").getString("won"), "the city's total");
        assertEquals("/project/applications.xhtml?wonFrom=2026-01-01&wonTo=2026-06-30&higher=true&level=NATIONAL",
                figure(projects, "nationalWon").getString("link"));
        // the same figures as the project statistics of the period
        JsonObject statistics = get("/api/v1/project-statistics?year=2026&half=1", Api.CITY_RO);
        for (String level : List.of("NATIONAL", "PROVINCIAL", "CITY")) {
            String key = level.toLowerCase(Locale.ROOT);
            assertEquals(0, new BigDecimal(statistic(statistics, "approvals." + level).getString("value"))
                    .compareTo(value(projects, key + "Won", "value")), level);
            assertEquals(0, new BigDecimal(statistic(statistics, "funds." + level).getString("value"))
                    .compareTo(value(projects, key + "Granted", "value")), level);
        }
        assertEquals(0, new BigDecimal(statistic(statistics, "received").getString("value"))
                .compareTo(value(projects, "received", "value")));

        // the county plan (县级科技计划) of 临江县, as the statistics count it: 2 projects established in the first
        // half (4月17日 25万元, 6月17日 30万元), 15万元 paid on 4月28日 (the tests establish theirs today, in December)
        for (String key : List.of("planApprovals", "planFunds", "planPaid")) {
            assertEquals(0, new BigDecimal(statistic(statistics, key).getString("value"))
                    .compareTo(value(projects, key, "value")), key);
        }
        assertEquals(2, value(projects, "planApprovals", "value").intValue());
        assertEquals(0, new BigDecimal("550000").compareTo(value(projects, "planFunds", "value")));
        assertEquals(0, new BigDecimal("150000").compareTo(value(projects, "planPaid", "value")));
        assertTrue(said.contains("2026年上半年分批次实施县级科技计划项目，立项2项、资助资金55万元，拨付资金15万元。"),
                said.toString());
        assertEquals("/project/county-plan.xhtml?establishedFrom=2026-01-01&establishedTo=2026-06-30",
                figure(projects, "planApprovals").getString("link"));
        assertEquals("/project/county-plan.xhtml?paidFrom=2026-01-01&paidTo=2026-06-30",
                figure(projects, "planPaid").getString("link"));
        JsonObject linjiang = section(get(SUMMARIES + "?year=2026&half=1&county=2", Api.CITY_RO), "project");
        assertEquals(2, value(linjiang, "planApprovals", "value").intValue(), "all of them 临江县's");
        assertEquals("2", rows.stream().filter(r -> r.containsKey("countyId") && !r.isNull("countyId")
                        && r.getJsonNumber("countyId").longValue() == 2).findFirst().orElseThrow()
                .getJsonObject("values").getString("planApprovals"), "临江县's row");

        // the indicators: the same counts as the module's tally, for a county and for the city
        for (String scope : List.of("&county=2", "")) {
            JsonObject summary = scope.isEmpty() ? city : get(SUMMARIES + "?year=2026&half=1" + scope, Api.CITY_RO);
            JsonObject indicators = section(summary, "indicator");
            JsonObject tally = get("/api/v1/indicators/tally?from=2026-01-01&to=2026-06-30"
                    + (scope.isEmpty() ? "" : "&countyId=2"), Api.CITY_RO);
            int applied = 0;
            int granted = 0;
            int inventions = 0;
            for (JsonObject type : tally.getJsonArray("patents").getValuesAs(JsonObject.class)) {
                applied += type.getInt("applied");
                granted += type.getInt("granted");
                inventions += type.getString("type").equals("INVENTION") ? type.getInt("applied") : 0;
            }
            assertEquals(applied, value(indicators, "patentsApplied", "value").intValue(), scope);
            assertEquals(granted, value(indicators, "patentsGranted", "value").intValue(), scope);
            assertEquals(inventions, value(indicators, "inventionsApplied", "value").intValue(), scope);
            JsonObject highTech = tally.getJsonObject("highTech");
            assertEquals(highTech.getInt("recognised"), value(indicators, "highTechNew", "value").intValue(), scope);
            assertEquals(highTech.getInt("valid"), value(indicators, "highTechValid", "value").intValue(), scope);
        }
        assertTrue(value(section(city, "indicator"), "highTechValid", "value").intValue() >= 2,
                "蓝光 and 洪湖 hold certificates");
    }

    @Test
    void theCityHasEveryCountyAndTheTotalACountyTokenOnlyItsOwnCounty() {
        JsonObject city = get(SUMMARIES + "?year=2026&half=1", Api.CITY_RO);
        assertFalse(city.containsKey("countyId") && !city.isNull("countyId"), "the whole city");
        JsonObject commissioners = section(city, "commissioner");
        List<JsonObject> rows = commissioners.getJsonArray("counties").stream().map(JsonValue::asJsonObject).toList();
        assertTrue(rows.size() >= 3, "two counties and the total");
        JsonObject total = rows.get(rows.size() - 1);
        assertTrue(!total.containsKey("countyId") || total.isNull("countyId"), total.toString());
        int sum = rows.subList(0, rows.size() - 1).stream()
                .mapToInt(r -> Integer.parseInt(r.getJsonObject("values").getString("total"))).sum();
        assertEquals(Integer.parseInt(total.getJsonObject("values").getString("total")), sum);
        assertEquals(value(commissioners, "total", "value").intValue(), sum);
        assertTrue(city.getString("title").endsWith("科技局2026年上半年工作总结"));
        assertTrue(commissioners.getJsonArray("sentences").getString(0).contains("全市选派科技特派员"));
        for (String key : List.of("incubator", "financing", "preparedness")) {
            assertFalse(section(city, key).getJsonArray("counties").isEmpty(), key + " has its table of counties");
        }

        // 云岭县's token: its own county whatever it asks; another county is not found
        JsonObject own = get(SUMMARIES + "?year=2026&half=1", Api.YUNLING_RW);
        assertEquals(3, own.getJsonNumber("countyId").longValue());
        assertTrue(section(own, "commissioner").getJsonArray("sentences").isEmpty()
                || section(own, "commissioner").getJsonArray("sentences").getString(0).contains("全县"));
        assertProblem(Api.get(SUMMARIES + "?" + H1_LINJIANG, "zh-CN", Api.YUNLING_RW), 404, "not-found");
        assertProblem(Api.get(SUMMARIES + "?year=2026&half=3", "zh-CN", Api.CITY_RO), 422, "period.half");
        assertEquals(400, Api.get(SUMMARIES + "?from=2026-13-01&to=2026-12-31", "zh-CN", Api.CITY_RO).status());
    }

    @Test
    void versionsAreSavedOnTopOfEachOtherAndAnApprovedSummaryIsFrozen() {
        String scope = ownPeriod();
        String versions = SUMMARIES + "/versions?" + scope;
        JsonObject before = get(versions, Api.YUNLING_RW);
        assertEquals(0, before.getInt("latestNumber"));

        Reply first = Api.send(Api.request(versions, Api.YUNLING_RW).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"basedOn\":0,\"highlights\":\"第一段\\n第二段\",\"nextSteps\":\"下半年继续\"}")).build());
        assertEquals(201, first.status(), first.body());
        assertTrue(first.header("Location").contains("/summaries/versions/1?"), first.header("Location"));
        assertEquals(1, first.json().getInt("number"));
        assertEquals("第一段\n第二段", first.json().getString("highlights"));
        assertEquals(3, first.json().getJsonNumber("countyId").longValue(), "the token's county");

        Reply stale = Api.send(Api.request(versions, Api.YUNLING_RW).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"basedOn\":0}")).build());
        assertProblem(stale, 409, "summary.version.stale");
        Reply second = Api.send(Api.request(versions, Api.YUNLING_RW).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"basedOn\":1,\"problems\":\"经费紧张\"}")).build());
        assertEquals(201, second.status(), second.body());
        Reply readOnly = Api.send(Api.request(versions, Api.CITY_RO).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"basedOn\":2}")).build());
        assertEquals(403, readOnly.status(), readOnly.body());

        String countyScope = scope + "&county=3";
        JsonObject listed = get(SUMMARIES + "/versions?" + countyScope, Api.CITY_RO);
        assertEquals(2, listed.getInt("latestNumber"));
        assertEquals(List.of(2, 1), listed.getJsonArray("versions").stream()
                .map(v -> v.asJsonObject().getInt("number")).toList());
        long version = listed.getJsonNumber("version").longValue();

        // maker-checker: the token that saved version 2 cannot approve it
        String approval = SUMMARIES + "/versions/2/approval?" + countyScope;
        Reply own = Api.send(Api.request(approval, Api.YUNLING_RW).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"version\":" + version + "}")).build());
        assertProblem(own, 422, "summary.version.makerChecker");
        Reply staleApproval = Api.send(Api.request(approval, Api.CITY_RW).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"version\":" + (version + 7) + "}")).build());
        assertEquals(409, staleApproval.status(), staleApproval.body());
        Reply approved = Api.send(Api.request(approval, Api.CITY_RW).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"version\":" + version + "}")).build());
        assertEquals(200, approved.status(), approved.body());
        assertEquals(2, approved.json().getInt("approvedNumber"));
        assertTrue(approved.json().getJsonArray("versions").getJsonObject(0).getBoolean("approved"));

        // frozen: no new version, no second approval
        Reply after = Api.send(Api.request(versions, Api.YUNLING_RW).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"basedOn\":2}")).build());
        assertProblem(after, 409, "summary.version.frozen");
        // the approved version reads as saved
        JsonObject shown = get(SUMMARIES + "/versions/2?" + countyScope, Api.CITY_RO);
        assertEquals("经费紧张", shown.getString("problems"));
        assertTrue(!shown.containsKey("highlights") || shown.isNull("highlights"), "version 2 has no highlights");
        assertEquals(2, shown.getInt("approvedNumber"));
        assertEquals(404, Api.get(SUMMARIES + "/versions/9?" + countyScope, "zh-CN", Api.CITY_RO).status());
    }

    @Test
    void theWordDocumentReadsBackWithTheSummarysTextAndTables() throws Exception {
        HttpResponse<byte[]> response = Api.http().send(HttpRequest.newBuilder(
                        java.net.URI.create(Api.BASE + SUMMARIES + "/document?" + H1_LINJIANG))
                .header("Authorization", "Bearer " + Api.CITY_RO)
                .header("Accept", "application/vnd.openxmlformats-officedocument.wordprocessingml.document").GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Disposition").orElseThrow().contains(".docx"));
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(response.body()))) {
            List<XWPFParagraph> paragraphs = document.getParagraphs();
            assertEquals("临江县科技局2026年上半年工作总结", paragraphs.get(0).getText());
            assertEquals("方正小标宋简体", paragraphs.get(0).getRuns().get(0).getCTR().getRPr().getRFontsArray(0).getEastAsia());
            XWPFParagraph headcount = paragraphs.stream().filter(p -> p.getText().contains("其中农业科技特派员由14名增加到"))
                    .findFirst().orElseThrow();
            assertEquals("仿宋_GB2312", headcount.getRuns().get(0).getCTR().getRPr().getRFontsArray(0).getEastAsia());
            assertTrue(paragraphs.stream().anyMatch(p -> p.getText().equals("（一）科技特派员工作")));
            XWPFTable commissioners = document.getTables().get(0);
            assertEquals("指标", commissioners.getRow(0).getCell(0).getText());
            assertTrue(commissioners.getRows().stream().anyMatch(r -> r.getCell(0).getText().equals("农业科技特派员")
                    && r.getCell(2).getText().equals("14名")), "农业科技特派员 at the start: 14名");
            assertNotNull(document.getDocument().getBody().getSectPr().getPgMar());
        }
    }
}
