package cn.kejiju.workbench.commissioner.pages;

import cn.kejiju.workbench.commissioner.Assignment;
import cn.kejiju.workbench.commissioner.AssignmentStatus;
import cn.kejiju.workbench.commissioner.TargetKind;
import java.io.Serializable;
import java.time.LocalDate;

/** One assignment as the lists show it: parties, period, status and the state of the agreement. */
public final class AssignmentRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final long commissionerId;
    private final String commissioner;
    private final TargetKind targetKind;
    private final long targetId;
    private final String target;
    private final String county;
    private final LocalDate startDate;
    private final LocalDate endDate;
    private final AssignmentStatus status;
    private final LocalDate endedOn;
    private final LocalDate commissionerConfirmedOn;
    private final LocalDate targetConfirmedOn;

    AssignmentRow(Assignment assignment) {
        this.id = assignment.getId();
        this.commissionerId = assignment.getCommissioner().getId();
        this.commissioner = assignment.getCommissioner().getName();
        this.targetKind = assignment.getTarget().getKind();
        this.targetId = assignment.getTarget().getId();
        this.target = assignment.getTarget().getName();
        this.county = assignment.getCounty().getName();
        this.startDate = assignment.getStartDate();
        this.endDate = assignment.getEndDate();
        this.status = assignment.getStatus();
        this.endedOn = assignment.endedOn().orElse(null);
        this.commissionerConfirmedOn = assignment.commissionerConfirmedOn().orElse(null);
        this.targetConfirmedOn = assignment.targetConfirmedOn().orElse(null);
    }

    public long getId() {
        return id;
    }

    public long getCommissionerId() {
        return commissionerId;
    }

    public String getCommissioner() {
        return commissioner;
    }

    public TargetKind getTargetKind() {
        return targetKind;
    }

    public long getTargetId() {
        return targetId;
    }

    /** The managing county's name (the column city users see). */
    public String getCounty() {
        return county;
    }

    public String getTarget() {
        return target;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public AssignmentStatus getStatus() {
        return status;
    }

    public LocalDate getEndedOn() {
        return endedOn;
    }

    public LocalDate getCommissionerConfirmedOn() {
        return commissionerConfirmedOn;
    }

    public LocalDate getTargetConfirmedOn() {
        return targetConfirmedOn;
    }

    /** Both sides have confirmed the tripartite agreement. */
    public boolean isAgreementConfirmed() {
        return commissionerConfirmedOn != null && targetConfirmedOn != null;
    }

    /** The agreement's state as a bundle key suffix: CONFIRMED, PARTIAL or PENDING. */
    public String getAgreementState() {
        if (isAgreementConfirmed()) {
            return "CONFIRMED";
        }
        return commissionerConfirmedOn != null || targetConfirmedOn != null ? "PARTIAL" : "PENDING";
    }
}
