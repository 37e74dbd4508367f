package cn.kejiju.workbench.commissioner.pages;

import cn.kejiju.workbench.commissioner.AssignmentFilter;
import cn.kejiju.workbench.commissioner.AssignmentService;
import cn.kejiju.workbench.commissioner.AssignmentStatus;
import cn.kejiju.workbench.commissioner.TargetKind;
import cn.kejiju.workbench.platform.PagedRows;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;

/**
 * The assignments (派驻) of the caller's county ({@code commissioner/assignments.xhtml}): filtered,
 * sorted and paged in the database, exported to Excel with the same criteria. The criteria can come
 * from the address ({@code ?q=…&status=…&targetKind=…&agreementConfirmed=…&commissionerId=…}).
 */
@Named
@ViewScoped
public class AssignmentListPage implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String TABLE = "listForm:assignments";

    @Inject
    AssignmentService assignmentService;

    @Inject
    CountyChoice county;

    private String text;
    private AssignmentStatus status;
    private TargetKind targetKind;
    private Boolean agreementConfirmed;
    private Long commissionerId;

    private final PagedRows<AssignmentRow> rows = PagedRows.of(AssignmentRow::getId,
            request -> assignmentService.list(filter(), request).map(AssignmentRow::new),
            () -> assignmentService.count(filter()));

    public void search() {
        PagedRows.firstPage(TABLE);
    }

    public void reset() {
        text = null;
        status = null;
        targetKind = null;
        agreementConfirmed = null;
        commissionerId = null;
        county.reset();
        PagedRows.firstPage(TABLE);
    }

    AssignmentFilter filter() {
        return new AssignmentFilter(commissionerId, targetKind, status, PagedRows.criterion(text), null, agreementConfirmed,
                county.getValue());
    }

    /** The county filter (city users only). */
    public CountyChoice getCounty() {
        return county;
    }

    public PagedRows<AssignmentRow> getRows() {
        return rows;
    }

    public AssignmentStatus[] getStatuses() {
        return AssignmentStatus.values();
    }

    public TargetKind[] getTargetKinds() {
        return TargetKind.values();
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public AssignmentStatus getStatus() {
        return status;
    }

    public void setStatus(AssignmentStatus status) {
        this.status = status;
    }

    public TargetKind getTargetKind() {
        return targetKind;
    }

    public void setTargetKind(TargetKind targetKind) {
        this.targetKind = targetKind;
    }

    public Boolean getAgreementConfirmed() {
        return agreementConfirmed;
    }

    public void setAgreementConfirmed(Boolean agreementConfirmed) {
        this.agreementConfirmed = agreementConfirmed;
    }

    public Long getCommissionerId() {
        return commissionerId;
    }

    public void setCommissionerId(Long commissionerId) {
        this.commissionerId = commissionerId;
    }
}
