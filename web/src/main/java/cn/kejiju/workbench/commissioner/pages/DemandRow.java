package cn.kejiju.workbench.commissioner.pages;

import cn.kejiju.workbench.commissioner.Assignment;
import cn.kejiju.workbench.commissioner.Demand;
import cn.kejiju.workbench.commissioner.DemandStatus;
import cn.kejiju.workbench.commissioner.ServiceField;
import cn.kejiju.workbench.commissioner.TargetKind;
import java.io.Serializable;
import java.time.LocalDate;

/** One demand as the list and its page show it. */
public final class DemandRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final long version;
    private final TargetKind targetKind;
    private final String target;
    private final String county;
    private final ServiceField field;
    private final String problem;
    private final LocalDate postedOn;
    private final DemandStatus status;
    private final Long assignmentId;

    DemandRow(Demand demand) {
        this.id = demand.getId();
        this.version = demand.getVersion();
        this.targetKind = demand.getTarget().getKind();
        this.target = demand.getTarget().getName();
        this.county = demand.getCounty().getName();
        this.field = demand.getField();
        this.problem = demand.getProblem();
        this.postedOn = demand.getPostedOn();
        this.status = demand.getStatus();
        this.assignmentId = demand.assignment().map(Assignment::getId).orElse(null);
    }

    public long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public TargetKind getTargetKind() {
        return targetKind;
    }

    /** The managing county's name (the column city users see). */
    public String getCounty() {
        return county;
    }

    public String getTarget() {
        return target;
    }

    public ServiceField getField() {
        return field;
    }

    public String getProblem() {
        return problem;
    }

    public LocalDate getPostedOn() {
        return postedOn;
    }

    public DemandStatus getStatus() {
        return status;
    }

    public boolean isOpen() {
        return status == DemandStatus.OPEN;
    }

    /** The assignment that answered the demand, once dispatched. */
    public Long getAssignmentId() {
        return assignmentId;
    }
}
