package cn.kejiju.workbench.project.pages;

import cn.kejiju.workbench.platform.IdParameter;
import cn.kejiju.workbench.project.ProjectFilter;
import cn.kejiju.workbench.project.ProjectService;
import cn.kejiju.workbench.shared.Page;
import cn.kejiju.workbench.shared.PageRequest;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * The panel "科技项目" of the enterprise 360 page ({@code enterprise/detail.xhtml}): the applications to higher levels
 * the enterprise leads or takes part in (newest first, at most {@link #SHOWN}), with programme, level, status,
 * grant and the funds received, and the sums of the grants and the funds received of those shown (in 万元). One list query and
 * its count, as the application list runs it.
 */
@Named
@ViewScoped
public class ProjectEnterprisePanel implements Serializable {

    private static final long serialVersionUID = 1L;

    static final int SHOWN = 50;

    @Inject
    ProjectService projectService;

    private boolean loaded;
    private List<ProjectListRow> applications = List.of();
    private long total;
    private BigDecimal grantedWan = BigDecimal.ZERO;
    private BigDecimal receivedWan = BigDecimal.ZERO;

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
}
