package cn.kejiju.workbench.project.pages;

import cn.kejiju.workbench.financing.Yuan;
import cn.kejiju.workbench.platform.IdParameter;
import cn.kejiju.workbench.project.PlanService;
import cn.kejiju.workbench.project.ProjectFilter;
import cn.kejiju.workbench.project.ProjectService;
import cn.kejiju.workbench.shared.Page;
import cn.kejiju.workbench.shared.PageRequest;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The panel "科技项目" of the enterprise 360 page ({@code enterprise/detail.xhtml}): the applications to higher levels
 * the enterprise leads or takes part in (newest first, at most {@link #SHOWN}), with programme, level, status,
 * grant and the funds received, and the sums of the grants and the funds received of those shown (in 万元). One list query and
 * its count, as the application list runs it. Below them the projects of the county's own plan it leads (newest first,
 * at most {@link #SHOWN}) with call, year, status, grant and paid, and the count and sums of all it leads: the list
 * query and one aggregate.
 */
@Named
@ViewScoped
public class ProjectEnterprisePanel implements Serializable {

    private static final long serialVersionUID = 1L;

    static final int SHOWN = 50;

    @Inject
    ProjectService projectService;

    @Inject
    PlanService planService;

    private boolean loaded;
    private List<ProjectListRow> applications = List.of();
    private long total;
    private BigDecimal grantedWan = BigDecimal.ZERO;
    private BigDecimal receivedWan = BigDecimal.ZERO;
    private List<PlanListRow> planProjects = List.of();
    private long planTotal;
    private BigDecimal planGrantedWan = BigDecimal.ZERO;
    private BigDecimal planPaidWan = BigDecimal.ZERO;

    /** Loads the applications of the enterprise named by the page's {@code ?id=}. */
    public void load(String enterpriseId) {
        Long id = IdParameter.parse(enterpriseId);
        if (loaded || id == null) {
            return;
        }
        Page<ProjectListRow> page = projectService.list(ProjectFilter.ofEnterprise(id), PageRequest.of(0, SHOWN))
                .map(ProjectListRow::new);
        applications = page.items();
        total = page.total();
        grantedWan = applications.stream().map(r -> r.grantedWan() == null ? BigDecimal.ZERO : r.grantedWan())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        receivedWan = applications.stream().map(ProjectListRow::receivedWan).reduce(BigDecimal.ZERO, BigDecimal::add);
        PlanService.EnterprisePlan plan = planService.ofEnterprise(id, SHOWN);
        LocalDate today = planService.today();
        planProjects = plan.projects().stream().map(p -> new PlanListRow(p, today)).toList();
        planTotal = plan.totals().count();
        planGrantedWan = Yuan.wan(plan.totals().granted());
        planPaidWan = Yuan.wan(plan.totals().paid());
        loaded = true;
    }

    public List<ProjectListRow> getApplications() {
        return applications;
    }

    /** How many applications the enterprise has in all (more than shown when over {@link #SHOWN}). */
    public long getTotal() {
        return total;
    }

    public BigDecimal getGrantedWan() {
        return grantedWan;
    }

    public BigDecimal getReceivedWan() {
        return receivedWan;
    }

    /** The county plan's projects the enterprise leads, newest first (at most {@link #SHOWN}). */
    public List<PlanListRow> getPlanProjects() {
        return planProjects;
    }

    /** How many county plan projects the enterprise leads in all. */
    public long getPlanTotal() {
        return planTotal;
    }

    /** The grants of all the county plan projects it leads (withdrawn ones left out), in 万元. */
    public BigDecimal getPlanGrantedWan() {
        return planGrantedWan;
    }

    /** What was paid to all the county plan projects it leads, in 万元. */
    public BigDecimal getPlanPaidWan() {
        return planPaidWan;
    }
}
