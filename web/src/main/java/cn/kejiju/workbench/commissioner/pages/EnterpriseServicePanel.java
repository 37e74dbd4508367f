package cn.kejiju.workbench.commissioner.pages;

import cn.kejiju.workbench.commissioner.Assignment;
import cn.kejiju.workbench.commissioner.AssignmentFilter;
import cn.kejiju.workbench.commissioner.AssignmentService;
import cn.kejiju.workbench.commissioner.LogFilter;
import cn.kejiju.workbench.commissioner.LogStatus;
import cn.kejiju.workbench.commissioner.ServiceLogService;
import cn.kejiju.workbench.platform.IdParameter;
import cn.kejiju.workbench.shared.PageRequest;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/**
 * The panel "科技特派员服务" of the enterprise 360 page ({@code enterprise/detail.xhtml}): the assignments
 * serving the enterprise or cooperative, with commissioner, period, status and the number of approved
 * service visits so far.
 */
@Named
@ViewScoped
public class EnterpriseServicePanel implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AssignmentService assignmentService;

    @Inject
    ServiceLogService serviceLogService;

    private List<Line> lines;

    /** Loads the assignments of the organisation named by the page's {@code ?id=}. */
    public void load(String organisationId) {
        Long id = IdParameter.parse(organisationId);
        if (lines != null || id == null) {
            return;
        }
        lines = assignmentService.list(AssignmentFilter.ofOrganisation(id),
                        new PageRequest(0, PageRequest.MAX_SIZE, "startDate", false))
                .items().stream()
                .map(a -> new Line(a, serviceLogService.count(
                        new LogFilter(null, a.getId(), LogStatus.APPROVED, null, null, null, null))))
                .toList();
    }

    public List<Line> getLines() {
        return lines == null ? List.of() : lines;
    }

    /** One assignment serving the organisation, with its approved visits. */
    public static final class Line implements Serializable {

        private static final long serialVersionUID = 1L;

        private final AssignmentRow assignment;
        private final long approvedVisits;

        Line(Assignment assignment, long approvedVisits) {
            this.assignment = new AssignmentRow(assignment);
            this.approvedVisits = approvedVisits;
        }

        public AssignmentRow getAssignment() {
            return assignment;
        }

        public long getApprovedVisits() {
            return approvedVisits;
        }
    }
}
