package cn.kejiju.workbench.commissioner;

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

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The signed tripartite agreement on the assignment page: the clerk uploads it (the address keeps the
 * assignment), a leader sees and downloads it, a wrong type is refused next to the upload, and another
 * county's clerk finds neither the page nor the file.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AssignmentAgreementPagesIT {

    private static final String PASSWORD = "Demo@2026";
    private static final Pattern DOWNLOAD =
            Pattern.compile("href=\"([^\"]*/commissioner/agreement-file\\?assignment=(\\d+)&amp;id=(\\d+))\"");

    @Deployment(testable = false)
    public static EnterpriseArchive deployment() {
        return ShrinkWrap.create(EnterpriseArchive.class, "workbench-AssignmentAgreementPagesIT.ear")
                .merge(Deployments.earWith(CommissionerFixtureServlet.class, TestData.class));
    }

    @Test
    void theClerkUploadsTheSignedAgreementAndTheAddressKeepsTheAssignment() {
        PageClient clerk = login("lj.clerk");
        String assignmentId = fixture(clerk, "op=assignment").get("assignmentId");
        clerk.open("/commissioner/assignment.xhtml?id=" + assignmentId);
        assertEquals(200, clerk.status());
        assertTrue(clerk.body().contains("尚未上传三方协议文件"), "nothing attached yet");
        String text = "%PDF-1.7 三方协议（已签署）";
        byte[] pdf = text.getBytes(StandardCharsets.UTF_8);

        clerk.upload("agreementForm", "file_input", "三方协议.pdf", pdf, "upload");

        assertEquals(200, clerk.status());
        assertTrue(clerk.url().contains("?id=" + assignmentId), "the address after the upload keeps the assignment: "
                + clerk.url());
        assertTrue(Pattern.compile("<form id=\"agreementForm\"[^>]* action=\"[^\"]*/commissioner/assignment\\.xhtml\\?id="
                + assignmentId + "\"").matcher(clerk.body()).find(), "and so does the next post: " + clerk.body());
        assertTrue(clerk.body().contains("三方协议.pdf"), "the file is listed");
        assertFalse(clerk.body().contains("尚未上传三方协议文件"));
        Matcher link = DOWNLOAD.matcher(clerk.body());
        assertTrue(link.find(), clerk.body());
        assertEquals(assignmentId, link.group(2));

        PageClient leader = login("leader");
        leader.open("/commissioner/assignment.xhtml?id=" + assignmentId);
        assertEquals(200, leader.status());
        assertTrue(leader.body().contains("三方协议.pdf"), "a leader sees the agreement");
        HttpResponse<String> download = fetch(leader, link.group(1).replace("&amp;", "&") + "&view=true");
        assertEquals(200, download.statusCode());
        assertEquals(text, download.body(), "the bytes as uploaded");
        assertEquals("application/pdf", download.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        assertTrue(download.headers().firstValue("Content-Disposition").orElse("").startsWith("inline;"),
                "a PDF opens in the browser");

        PageClient otherCounty = login("yl.clerk");
        otherCounty.open("/commissioner/assignment.xhtml?id=" + assignmentId);
        assertEquals(404, otherCounty.status());
        assertEquals(404, fetch(otherCounty, link.group(1).replace("&amp;", "&")).statusCode(),
                "another county's agreement does not exist for 云岭县");
    }

    @Test
    void aFileThatIsNeitherPdfNorImageIsRefusedNextToTheUpload() {
        PageClient clerk = login("lj.clerk");
        String assignmentId = fixture(clerk, "op=assignment").get("assignmentId");
        clerk.open("/commissioner/assignment.xhtml?id=" + assignmentId);

        clerk.upload("agreementForm", "file_input", "协议.docx", "PK not a pdf".getBytes(StandardCharsets.US_ASCII), "upload");

        assertEquals(200, clerk.status());
        assertTrue(messageOf(clerk.body(), "agreementForm:fileMessage").contains("只接受 JPG、PNG 图片或 PDF 文件"),
                clerk.body());
        clerk.open("/commissioner/assignment.xhtml?id=" + assignmentId);
        assertTrue(clerk.body().contains("尚未上传三方协议文件"), "nothing was attached");
    }

    private static PageClient login(String user) {
        PageClient client = new PageClient();
        client.login(user, PASSWORD);
        assertFalse(client.page().startsWith("/login"), "signed in: " + client.url());
        return client;
    }

    /** Fetches a download link of the page with the client's session. */
    private static HttpResponse<String> fetch(PageClient client, String href) {
        String path = href.substring(href.indexOf("/commissioner/"));
        return client.api(HttpRequest.newBuilder(URI.create(Api.BASE + path)).GET());
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

    private static String messageOf(String page, String messageId) {
        int at = page.indexOf("id=\"" + messageId + "\"");
        if (at < 0) {
            return "";
        }
        int end = page.indexOf("</div>", at);
        return page.substring(at, end < 0 ? page.length() : end).replaceAll("<[^>]*>", " ").strip();
    }
}
