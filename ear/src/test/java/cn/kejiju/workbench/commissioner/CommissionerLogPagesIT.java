package cn.kejiju.workbench.commissioner;

import cn.kejiju.workbench.BureauClock;
import cn.kejiju.workbench.Api;
import cn.kejiju.workbench.Deployments;
import cn.kejiju.workbench.PageClient;
import cn.kejiju.workbench.TestData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The service log pages without a browser: the log form's field messages for refused rules, the
 * review page closed to clerks, a rejected log showing its reason, and an upload that is no image
 * refused with the service's message next to the upload.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CommissionerLogPagesIT {

    private static final String PASSWORD = "Demo@2026";
    private static final Pattern NONCE = Pattern.compile("nonce=\"([^\"]+)\"");
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"");

    @Deployment(testable = false)
    public static EnterpriseArchive deployment() {
        return ShrinkWrap.create(EnterpriseArchive.class, "workbench-CommissionerLogPagesIT.ear")
                .merge(Deployments.earWith(CommissionerFixtureServlet.class, TestData.class));
    }

    @Test
    void aServiceDateInTheFutureIsRefusedNextToTheDate() {
        PageClient clerk = clerk();
        Map<String, String> fixture = fixture(clerk, "op=assignment");
        clerk.open("/commissioner/log.xhtml");
        clerk.submit("logForm", logFields(fixture.get("assignmentId"), BureauClock.today().plusDays(3),
                "ON_SITE_GUIDANCE", ""), "save");

        assertEquals("/commissioner/log.xhtml", clerk.page(), "the form stays");
        assertTrue(messageOf(clerk.body(), "logForm:serviceDateMessage").contains("服务日期不能晚于今天"),
                clerk.body());
    }

    @Test
    void aTrainingWithoutPeopleTrainedIsRefusedNextToThePeopleTrained() {
        PageClient clerk = clerk();
        Map<String, String> fixture = fixture(clerk, "op=assignment");
        clerk.open("/commissioner/log.xhtml");
        clerk.submit("logForm", logFields(fixture.get("assignmentId"), BureauClock.today().minusDays(1),
                "TRAINING", ""), "save");

        assertEquals("/commissioner/log.xhtml", clerk.page());
        assertTrue(messageOf(clerk.body(), "logForm:peopleTrainedMessage").contains("请填写培训人数"), clerk.body());
        assertTrue(messageOf(clerk.body(), "logForm:serviceDateMessage").isBlank(), "the date is fine");
    }

    @Test
    void aValidLogIsSavedAsADraftThatTakesEvidenceBeforeItIsSubmitted() {
        PageClient clerk = clerk();
        Map<String, String> fixture = fixture(clerk, "op=assignment");
        clerk.open("/commissioner/log.xhtml");
        assertTrue(clerk.body().contains("请先保存草稿，上传现场照片或盖章确认材料后再提交审核"), "the evidence comes after the draft");
        clerk.submit("logForm", logFields(fixture.get("assignmentId"), BureauClock.today().minusDays(1),
                "TRAINING", "40"), "save");

        assertEquals("/commissioner/log.xhtml", clerk.page(), clerk.body());
        assertTrue(clerk.url().contains("id="), "redirected to the saved log: " + clerk.url());
        assertTrue(clerk.body().contains("草稿"), "status shown");
        assertTrue(clerk.body().contains("id=\"logForm:submit\""), "a draft is submitted from its page");
        assertTrue(clerk.body().contains("id=\"evidenceForm:upload\""), "its evidence is attached first");
    }

    @Test
    void theLeaderReadsALogAndItsPhotoOnAPageWithoutAnythingToChange() {
        PageClient clerk = clerk();
        String assignmentId = fixture(clerk, "op=assignment").get("assignmentId");
        String logId = fixture(clerk, "op=log&assignmentId=" + assignmentId).get("logId");
        String draftId = fixture(clerk, "op=draft&assignmentId=" + assignmentId).get("logId");
        PageClient leader = new PageClient();
        leader.login("leader", PASSWORD);

        leader.open("/commissioner/log.xhtml?id=" + logId);
        assertEquals(200, leader.status(), "the log page is no longer refused to the leader");
        String page = leader.body();
        assertTrue(page.contains("id=\"readOnly\""), "the read-only view");
        assertTrue(page.contains("田间查看秧苗长势，指导病虫害防治"), "the log's content");
        for (String control : List.of("logForm", "evidenceForm:upload", "evidenceForm:file", ":remove", "logForm:save",
                "logForm:submit")) {
            assertFalse(page.contains("id=\"" + control) || page.contains(control + "\""), "no " + control + " for the leader");
        }
        Matcher thumbnail = Pattern.compile("<img class=\"wb-thumb\"[^>]*src=\"[^\"]*/commissioner/evidence\\?id=(\\d+)&amp;view=true\"")
                .matcher(page);
        assertTrue(thumbnail.find(), "a thumbnail of the photo: " + page);
        HttpResponse<String> image = leader.api(HttpRequest.newBuilder(URI.create(Api.BASE
                + "/commissioner/evidence?view=true&id=" + thumbnail.group(1))).GET());
        assertEquals(200, image.statusCode());
        assertEquals("image/png", image.headers().firstValue("Content-Type").orElse("").split(";")[0]);

        leader.open("/commissioner/log.xhtml?id=" + draftId);
        assertEquals(404, leader.status(), "a draft is the clerks' until it is submitted");
        clerk.open("/commissioner/log.xhtml?id=" + logId);
        assertTrue(clerk.body().contains("id=\"logForm:save\""), "the clerk still edits the log");
    }

    @Test
    void theReviewPageIsForbiddenToAClerk() {
        PageClient clerk = clerk();
        clerk.open("/commissioner/approvals.xhtml");
        assertEquals(403, clerk.status());
        assertFalse(clerk.body().contains("approvalsForm"), "nothing of the page is shown");
    }

    @Test
    void aRejectedLogShowsItsReason() {
        PageClient clerk = clerk();
        String assignmentId = fixture(clerk, "op=assignment").get("assignmentId");
        String logId = fixture(clerk, "op=log&assignmentId=" + assignmentId).get("logId");
        PageClient leader = new PageClient();
        leader.login("leader", PASSWORD);
        String reason = "缺少现场照片，请补充" + System.nanoTime();
        fixture(leader, "op=reject&id=" + logId + "&reason=" + java.net.URLEncoder.encode(reason, StandardCharsets.UTF_8));

        clerk.open("/commissioner/log.xhtml?id=" + logId);
        assertEquals(200, clerk.status());
        assertTrue(clerk.body().contains("已退回"), "status 已退回");
        Matcher shown = Pattern.compile("id=\"rejectionReason\"[^>]*>([^<]*)<").matcher(clerk.body());
        assertTrue(shown.find(), clerk.body());
        assertEquals(reason, shown.group(1));
    }

    @Test
    void anUploadThatIsNoImageIsRefusedNextToTheUpload() {
        PageClient clerk = clerk();
        String assignmentId = fixture(clerk, "op=assignment").get("assignmentId");
        String logId = fixture(clerk, "op=draft&assignmentId=" + assignmentId).get("logId");
        clerk.open("/commissioner/log.xhtml?id=" + logId);
        assertEquals(200, clerk.status());

        HttpResponse<String> reply = upload(clerk, "notes.txt", "这不是图片".getBytes(StandardCharsets.UTF_8));

        assertEquals(200, reply.statusCode());
        assertTrue(messageOf(reply.body(), "evidenceForm:fileMessage").contains("照片只接受 JPG 或 PNG 格式"), reply.body());
        clerk.open("/commissioner/log.xhtml?id=" + logId);
        assertTrue(clerk.body().contains("尚未上传佐证材料"), "nothing was attached");
    }

    @Test
    void aPngPhotoIsAttachedAndDownloadsAgain() {
        PageClient clerk = clerk();
        String assignmentId = fixture(clerk, "op=assignment").get("assignmentId");
        String logId = fixture(clerk, "op=draft&assignmentId=" + assignmentId).get("logId");
        clerk.open("/commissioner/log.xhtml?id=" + logId);
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

        HttpResponse<String> reply = upload(clerk, "现场.png", png);

        assertEquals(200, reply.statusCode());
        assertTrue(reply.uri().getQuery() != null && reply.uri().getQuery().contains("id=" + logId),
                "the address after the upload keeps the log: " + reply.uri());
        assertTrue(reply.body().contains("action=\"" + reply.uri().getPath() + "?id=" + logId),
                "and so does the next post: " + reply.uri());
        Matcher link = Pattern.compile("href=\"[^\"]*/commissioner/evidence\\?id=(\\d+)\"").matcher(reply.body());
        assertTrue(link.find(), reply.body());
        HttpResponse<String> download = clerk.api(HttpRequest.newBuilder(
                URI.create(Api.BASE + "/commissioner/evidence?id=" + link.group(1))).GET());
        assertEquals(200, download.statusCode());
        assertEquals("image/png", download.headers().firstValue("Content-Type").orElse("").split(";")[0]);

        PageClient otherCounty = new PageClient();
        otherCounty.login("yl.clerk", PASSWORD);
        HttpResponse<String> hidden = otherCounty.api(HttpRequest.newBuilder(
                URI.create(Api.BASE + "/commissioner/evidence?id=" + link.group(1))).GET());
        assertEquals(404, hidden.statusCode(), "another county's evidence reads as missing");
    }

    @Test
    void theListAssessmentAndStatisticsPagesShowTheCountysRecords() {
        PageClient clerk = clerk();
        Map<String, String> fixture = fixture(clerk, "op=assignment");
        fixture(clerk, "op=log&assignmentId=" + fixture.get("assignmentId"));

        clerk.open("/commissioner/logs.xhtml?q=" + java.net.URLEncoder.encode(fixture.get("name"), StandardCharsets.UTF_8));
        assertEquals(200, clerk.status());
        assertTrue(clerk.body().contains(fixture.get("name")) && clerk.body().contains("待审核"), "the submitted log is listed");

        clerk.open("/commissioner/assessment.xhtml");
        assertEquals(200, clerk.status());
        Matcher row = Pattern.compile("<tr[^>]*wb-at-risk[^>]*>.*?</tr>", Pattern.DOTALL).matcher(clerk.body());
        boolean atRisk = false;
        while (row.find()) {
            atRisk |= row.group().contains(fixture.get("name")) && row.group().contains("未达标");
        }
        assertTrue(atRisk, "a commissioner without approved visits is highlighted at risk");
        assertFalse(clerk.body().contains(":confirm\""), "only leaders confirm");
        PageClient leader = new PageClient();
        leader.login("leader", PASSWORD);
        leader.open("/commissioner/assessment.xhtml");
        assertTrue(leader.body().contains(":confirm\""), "a leader has the confirm button");

        clerk.open("/commissioner/statistics.xhtml");
        assertEquals(200, clerk.status());
        assertTrue(clerk.body().contains("data-key=\"visits\"") && clerk.body().contains("figuresForm:monthChart"));
    }

    @Test
    void theLogListFiltersByACommissionerFoundByTypingPartOfTheName() {
        PageClient clerk = clerk();
        Map<String, String> fixture = fixture(clerk, "op=assignment");
        fixture(clerk, "op=log&assignmentId=" + fixture.get("assignmentId"));
        String name = fixture.get("name");

        clerk.open("/commissioner/logs.xhtml");
        String suggestions = clerk.ajax("filters", "filters:filterCommissioner",
                Map.of("filters:filterCommissioner_query", name.substring(name.length() - 6)));
        assertTrue(suggestions.contains(name) && suggestions.contains("data-item-value=\"" + fixture.get("commissionerId") + "\""),
                "typing part of the name suggests the commissioner, kept by id: " + suggestions);
        assertFalse(clerk.body().contains("<option value=\"" + fixture.get("commissionerId") + "\""),
                "the page itself offers no menu of commissioners");

        // the filter from the address (a link from the commissioner's page) shows the name and the logs
        clerk.open("/commissioner/logs.xhtml?commissionerId=" + fixture.get("commissionerId"));
        assertEquals(200, clerk.status());
        assertTrue(clerk.body().contains("value=\"" + name + "\""), "the field shows the commissioner's name");
        assertTrue(clerk.body().contains("待审核"), "the commissioner's log is listed");

        assertTrue(clerk.body().contains("<option value=\"DRAFT\""), "a clerk may list the drafts");
        PageClient leader = new PageClient();
        leader.login("leader", PASSWORD);
        leader.open("/commissioner/logs.xhtml");
        assertFalse(leader.body().contains("<option value=\"DRAFT\""), "a leader, who sees no drafts, is not offered them");

        // another county's clerk cannot filter on this commissioner: nothing is suggested or shown
        PageClient otherCounty = new PageClient();
        otherCounty.login("yl.clerk", PASSWORD);
        otherCounty.open("/commissioner/logs.xhtml");
        assertFalse(otherCounty.ajax("filters", "filters:filterCommissioner",
                Map.of("filters:filterCommissioner_query", name)).contains(name), "not suggested to another county");
        otherCounty.open("/commissioner/logs.xhtml?commissionerId=" + fixture.get("commissionerId"));
        assertFalse(otherCounty.body().contains(name), "not shown to another county");
    }

    private static PageClient clerk() {
        PageClient clerk = new PageClient();
        clerk.login("lj.clerk", PASSWORD);
        assertFalse(clerk.page().startsWith("/login"), "signed in: " + clerk.url());
        return clerk;
    }

    /** Calls the test fixture with the client's session; answers its key=value lines. */
    private static Map<String, String> fixture(PageClient client, String query) {
        HttpResponse<String> reply = client.api(HttpRequest.newBuilder(
                URI.create(Api.BASE + "/test/commissioner-fixture?" + query)).GET());
        assertEquals(200, reply.statusCode(), reply.body());
        return reply.body().lines().filter(line -> line.contains("="))
                .collect(Collectors.toMap(line -> line.substring(0, line.indexOf('=')),
                        line -> line.substring(line.indexOf('=') + 1)));
    }

    /** The fields of the log form as the browser posts them (PrimeFaces' hidden inputs included). */
    private static Map<String, String> logFields(String assignmentId, LocalDate date, String kind, String people) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("assignmentId_input", assignmentId);
        fields.put("serviceDate_input", date.toString());
        fields.put("kind_input", kind);
        fields.put("days_input", "1");
        fields.put("days_hinput", "1");
        fields.put("summary", "为村民讲解水稻病虫害绿色防控技术");
        fields.put("peopleTrained_input", people);
        fields.put("peopleTrained_hinput", people);
        return fields;
    }

    @Test
    void irreversibleActionsAskFirstNamingTheRecord() {
        PageClient clerk = clerk();
        Map<String, String> fixture = fixture(clerk, "op=assignment");
        clerk.open("/commissioner/assignment.xhtml?id=" + fixture.get("assignmentId"));
        assertEquals(200, clerk.status());
        assertTrue(shows(clerk.body(), "提前结束" + fixture.get("name") + "派驻" + fixture.get("target") + "的任务？"),
                "ending early names the commissioner and the target");
        assertTrue(clerk.body().contains("ui-confirm-dialog"), "with the confirmation dialog on the page");

        PageClient leader = new PageClient();
        leader.login("leader", PASSWORD);
        leader.open("/commissioner/approvals.xhtml");
        assertEquals(200, leader.status());
        assertTrue(shows(leader.body(), "的服务日志？通过后计入统计和年度考核。"), "approving asks first");
        assertTrue(leader.body().contains("ui-confirm-dialog"));
        leader.open("/commissioner/assessment.xhtml");
        assertTrue(shows(leader.body(), "年度考核？确认后本年度的服务数据"), "confirming an assessment asks first");
    }

    /** Whether the page carries the text, as it is or as a script string escapes it. */
    private static boolean shows(String page, String text) {
        StringBuilder escaped = new StringBuilder();
        text.chars().forEach(c -> escaped.append(c < 0x80 ? String.valueOf((char) c) : String.format("\\u%04x", c)));
        return page.contains(text) || page.toLowerCase().contains(escaped.toString());
    }

    /** The text of a p:message, or "" when it shows nothing. */
    private static String messageOf(String page, String messageId) {
        int at = page.indexOf("id=\"" + messageId + "\"");
        if (at < 0) {
            return "";
        }
        int end = page.indexOf("</div>", at);
        return page.substring(at, end < 0 ? page.length() : end).replaceAll("<[^>]*>", " ")
                .replaceFirst("^id=\"[^\"]*\"[^>]*>", "").strip();
    }

    /** Posts the evidence form of the current page as multipart, with the file as a photo. */
    private static HttpResponse<String> upload(PageClient client, String fileName, byte[] content) {
        String page = client.body();
        Matcher state = VIEW_STATE.matcher(page);
        assertTrue(state.find(), "a form on the page");
        Matcher fileInput = Pattern.compile("<input[^>]*type=\"file\"[^>]*>").matcher(page);
        assertTrue(fileInput.find(), "a file input on the page");
        Matcher name = Pattern.compile("name=\"([^\"]+)\"").matcher(fileInput.group());
        assertTrue(name.find(), fileInput.group());

        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("evidenceForm", "evidenceForm");
        fields.put("evidenceForm:evidenceKind_input", "PHOTO");
        fields.put("evidenceForm:upload", "evidenceForm:upload");
        fields.put("jakarta.faces.ViewState", state.group(1));
        Matcher nonce = NONCE.matcher(page);
        if (nonce.find()) {
            fields.put("primefaces.nonce", nonce.group(1));
        }
        String boundary = "----wbtest" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        fields.forEach((key, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + key + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name.group(1)
                + "\"; filename=\"" + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        Matcher form = Pattern.compile("<form id=\"evidenceForm\"[^>]*action=\"([^\"]+)\"").matcher(page);
        assertTrue(form.find(), "the evidence form");
        URI action = URI.create(client.url()).resolve(form.group(1).replace("&amp;", "&"));
        return client.api(HttpRequest.newBuilder(action)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }
}
