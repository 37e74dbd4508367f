package cn.kejiju.workbench.commissioner;

import cn.kejiju.workbench.TestData;
import cn.kejiju.workbench.audit.AuditEntry;
import cn.kejiju.workbench.audit.AuditQuery;
import cn.kejiju.workbench.audit.AuditRepository;
import cn.kejiju.workbench.shared.PageRequest;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * For page tests only (deployed with {@code Deployments.earWith}): prepares records through the real
 * services, as the user signed in to the session that calls it, until the registry and assignment
 * pages can do it in the browser. {@code ?op=assignment} registers an agricultural commissioner of the
 * caller's county and assigns it to a village ({@code villageId}, default 11) from 60 days ago;
 * {@code ?op=log&assignmentId=…} submits an on-site guidance log of yesterday with a photo ({@code ?op=draft&…}
 * saves it as a draft without evidence); {@code ?op=reject&id=…&reason=…}
 * rejects a log; {@code ?op=audit&recordType=…&recordId=…} tells how many audit entries a record has and the
 * action and detail of the latest (read from the repository, since no test user is an auditor). Answers
 * {@code key=value} lines.
 */
@WebServlet("/test/commissioner-fixture")
public class CommissionerFixtureServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CommissionerService commissioners;

    @Inject
    transient AssignmentService assignments;

    @Inject
    transient ServiceLogService logs;

    @Inject
    transient AuditRepository audit;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain;charset=UTF-8");
        String op = request.getParameter("op");
        StringBuilder out = new StringBuilder();
        switch (op == null ? "" : op) {
            case "assignment" -> {
                LocalDate today = commissioners.today();
                String name = "测试特派员" + Long.toString(System.nanoTime(), 36).toUpperCase();
                Commissioner commissioner = commissioners.register(new CommissionerDraft(null, name, Gender.MALE,
                        TestData.residentId(), "13800001234", null, "省农业科学院", EmployerCategory.INSTITUTE,
                        ProfessionalTitle.ASSOCIATE_SENIOR, List.of("水稻栽培"), CommissionerKind.INDIVIDUAL, List.of(),
                        ServiceField.AGRICULTURE, DispatchLevel.COUNTY, today.minusDays(90)));
                String village = request.getParameter("villageId");
                Assignment assignment = assignments.open(new AssignmentDraft(commissioner.getId(), TargetKind.VILLAGE,
                        village == null ? 11L : Long.parseLong(village), today.minusDays(60), today.plusDays(300),
                        "水稻新品种示范推广"));
                out.append("commissionerId=").append(commissioner.getId()).append('\n')
                        .append("assignmentId=").append(assignment.getId()).append('\n')
                        .append("name=").append(name).append('\n')
                        .append("target=").append(assignment.getTarget().getName()).append('\n');
            }
            case "log" -> {
                ServiceLog draft = logs.saveDraft(new LogDraft(Long.valueOf(request.getParameter("assignmentId")),
                        logs.today().minusDays(1), ServiceKind.ON_SITE_GUIDANCE, BigDecimal.ONE, 0, 0, null,
                        "田间查看秧苗长势，指导病虫害防治", List.of(), List.of()));
                logs.attach(draft.getId(), EvidenceKind.PHOTO, "现场照片.png", TestData.png());
                ServiceLog log = logs.submitDraft(draft.getId(), draft.getVersion(), null);
                out.append("logId=").append(log.getId()).append('\n');
            }
            case "draft" -> {
                ServiceLog draft = logs.saveDraft(new LogDraft(Long.valueOf(request.getParameter("assignmentId")),
                        logs.today().minusDays(1), ServiceKind.ON_SITE_GUIDANCE, BigDecimal.ONE, 0, 0, null,
                        "田间查看秧苗长势，指导病虫害防治", List.of(), List.of()));
                out.append("logId=").append(draft.getId()).append('\n');
            }
            case "reject" -> {
                long id = Long.parseLong(request.getParameter("id"));
                ServiceLog log = logs.reject(id, logs.get(id).getVersion(), request.getParameter("reason"));
                out.append("logId=").append(log.getId()).append('\n');
            }
            case "audit" -> {
                List<AuditEntry> entries = audit.page(AuditQuery.ofRecord(request.getParameter("recordType"),
                        request.getParameter("recordId")), new PageRequest(0, 50, null, false)).items();
                out.append("entries=").append(entries.size()).append('\n');
                entries.stream().max(java.util.Comparator.comparingLong(AuditEntry::getSeq)).ifPresent(latest -> out
                        .append("action=").append(latest.getAction()).append('\n')
                        .append("detail=").append(latest.getDetail()).append('\n'));
            }
            default -> {
                response.sendError(HttpServletResponse.SC_BAD_REQUEST, "op?");
                return;
            }
        }
        response.getWriter().write(out.toString());
    }
}
