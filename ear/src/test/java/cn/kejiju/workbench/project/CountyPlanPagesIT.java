package cn.kejiju.workbench.project;

import cn.kejiju.workbench.Api;
import cn.kejiju.workbench.Api.Reply;
import cn.kejiju.workbench.Deployments;
import cn.kejiju.workbench.PageClient;
import cn.kejiju.workbench.TestData;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static cn.kejiju.workbench.project.CountyPlanApiIT.act;
import static cn.kejiju.workbench.project.CountyPlanApiIT.countyCall;
import static cn.kejiju.workbench.project.CountyPlanApiIT.enter;
import static cn.kejiju.workbench.project.CountyPlanApiIT.read;
import static cn.kejiju.workbench.project.CountyPlanApiIT.reviewer;
import static cn.kejiju.workbench.project.CountyPlanApiIT.score;
import static cn.kejiju.workbench.project.ProjectApiIT.created;
import static cn.kejiju.workbench.project.ProjectApiIT.id;
import static cn.kejiju.workbench.project.ProjectApiIT.ok;
import static cn.kejiju.workbench.project.ProjectApiIT.version;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The county plan's pages: the list with the demo projects of 临江县 (the overdue one flagged), a project's page
 * with its review, ranking and the call's budget, and the leader's decision taken in its dialog beside the
 * application's documents; the clerk's documents, attached and removed while a draft and refused with the rule once
 * submitted; a clerk sees no decision and a viewer of the city sees the county column.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CountyPlanPagesIT {

    private static final String PASSWORD = "Demo@2026";
    private static final long LJ_REVIEWER = 53;
    private static final byte[] PDF = "%PDF-1.7 县级计划申报材料".getBytes(StandardCharsets.UTF_8);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private static PageClient signedIn(String username) {
        PageClient page = new PageClient();
        page.login(username, PASSWORD);
        return page;
    }

    @Test
    void theListShowsTheCountysProjectsAndFlagsTheOverdueOne() {
        PageClient clerk = signedIn("proj.clerk");
        clerk.open("/project/county-plan.xhtml");
        assertEquals(200, clerk.status());
        assertTrue(clerk.body().contains("LED 驱动芯片封装工艺改进"), PageClient.errors(clerk.body()));
        assertTrue(clerk.body().contains("逾期"), "the contracted project's mid-term check is overdue");
        assertFalse(clerk.body().contains("listForm:projects:county"), "a county user has no county column");
        clerk.open("/project/county-plan.xhtml?overdue=true");
        assertTrue(clerk.body().contains("LED 驱动芯片封装工艺改进"));
        assertFalse(clerk.body().contains("优质稻新品种选育与示范推广"), "not overdue");

        PageClient viewer = signedIn("viewer");
        viewer.open("/project/county-plan.xhtml");
        assertTrue(viewer.body().contains("临江县"), "the city's viewer sees the county column");
    }

    @Test
    void theClerkAttachesAndRemovesDocumentsWhileADraftAndIsToldWhyNotOnceSubmitted() {
        long call = countyCall("1000000.00");
        Reply entered = created(enter(call, ProjectApiIT.enterprise(TestData.TOWNSHIP_CHENGGUAN, Api.CITY_RW),
                "150000.00", Api.CITY_RW));
        long id = id(entered);
        PageClient clerk = signedIn("proj.clerk");
        clerk.open("/project/county-plan-project.xhtml?id=" + id);
        assertTrue(clerk.body().contains("documentsForm:upload"), PageClient.errors(clerk.body()));
        clerk.upload("documentsForm", "file_input", "申报书.pdf", PDF, "upload");
        assertTrue(clerk.body().contains("已上传 申报书.pdf"), PageClient.errors(clerk.body()));
        clerk.upload("documentsForm", "file_input", "照片.png", TestData.png(), "upload");
        assertEquals(2, ok(Api.get(CountyPlanApiIT.PLAN + "/" + id + "/documents", null, Api.CITY_RW)).json()
                .getJsonArray("items").size());
        clerk.upload("documentsForm", "file_input", "说明.docx", "PK not a pdf".getBytes(StandardCharsets.US_ASCII), "upload");
        assertTrue(clerk.body().contains("只接受 JPG、PNG 图片或 PDF 文件"), PageClient.errors(clerk.body()));
        assertEquals(2, ok(Api.get(CountyPlanApiIT.PLAN + "/" + id + "/documents", null, Api.CITY_RW)).json()
                .getJsonArray("items").size());
        clerk.submit("documentsForm", Map.of(), "documents:1:remove");
        assertTrue(clerk.body().contains("已删除申报材料"), PageClient.errors(clerk.body()));
        assertEquals(1, ok(Api.get(CountyPlanApiIT.PLAN + "/" + id + "/documents", null, Api.CITY_RW)).json()
                .getJsonArray("items").size());

        // submitted behind the page's back: the upload from the page still open is refused with the rule
        clerk.open("/project/county-plan-project.xhtml?id=" + id);
        ok(act(id, "submit", "{\"version\":%d}".formatted(read(id).getJsonNumber("version").longValue()),
                Api.CITY_RW));
        clerk.upload("documentsForm", "file_input", "补充.pdf", PDF, "upload");
        assertTrue(clerk.body().contains("申报已提交，申报材料不能再上传或删除"), PageClient.errors(clerk.body()));
        clerk.open("/project/county-plan-project.xhtml?id=" + id);
        assertTrue(clerk.body().contains("申报书.pdf"), "the document stays listed");
        assertFalse(clerk.body().contains("documentsForm:upload"), "and can no longer change");
        assertFalse(clerk.body().contains("documentsForm:documents:0:remove"));
    }

    @Test
    void theLeaderDecidesOnTheProjectsPageAfterReadingTheReview() {
        long call = countyCall("1000000.00");
        long lead = ProjectApiIT.enterprise(TestData.TOWNSHIP_CHENGGUAN, Api.CITY_RW);
        Reply entered = created(enter(call, lead, "200000.00", Api.CITY_RW));
        long id = id(entered);
        created(ProjectApiIT.upload(CountyPlanApiIT.PLAN + "/" + id + "/documents", "可行性报告.pdf", PDF, Api.CITY_RW));
        Reply submitted = ok(act(id, "submit", "{\"version\":%d}".formatted(version(entered)), Api.CITY_RW));
        ok(act(id, "reviewers", "{\"version\":%d,\"reviewerIds\":[%d]}".formatted(version(submitted), LJ_REVIEWER),
                Api.CITY_RW));
        score(reviewer("lj.reviewer"), id, "27", "22", "21", "18");
        assertEquals("REVIEWED", read(id).getString("status"));

        PageClient clerk = signedIn("proj.clerk");
        clerk.open("/project/county-plan-project.xhtml?id=" + id);
        assertEquals(200, clerk.status(), PageClient.errors(clerk.body()));
        assertTrue(clerk.body().contains("88.00"), "the review's average and the ranking are shown");
        assertFalse(clerk.body().contains("actions:openDecision"), "a clerk does not decide");

        PageClient leader = signedIn("leader");
        leader.open("/project/county-plan-project.xhtml?id=" + id);
        assertTrue(leader.body().contains("actions:openDecision"), PageClient.errors(leader.body()));
        assertTrue(leader.body().contains("1,000,000.00") || leader.body().contains("1000000.00"),
                "the call's budget is shown");
        String dialog = leader.body().substring(leader.body().indexOf("id=\"decisionForm\""));
        assertTrue(dialog.contains("可行性报告.pdf") && dialog.contains("/files/county-plan-document?project=" + id),
                "the decision dialog links the document");
        assertFalse(leader.body().contains("documentsForm:upload"), "no upload once submitted");
        leader.submit("decisionForm", Map.of("fund", "true", "grant", "300000", "note", "同意"), "decide");
        assertEquals("REVIEWED", read(id).getString("status"), "a grant above the request is refused");
        leader.open("/project/county-plan-project.xhtml?id=" + id);
        leader.submit("decisionForm", Map.of("fund", "true", "grant", "180000", "note", "同意立项"), "decide");
        JsonObject decided = read(id);
        assertEquals("IN_NOTICE", decided.getString("status"), PageClient.errors(leader.body()));
        assertEquals("180000.00", decided.getString("granted"));
        assertTrue(leader.body().contains("拟立项公示中"), "back on the page, in notice");
    }
}
