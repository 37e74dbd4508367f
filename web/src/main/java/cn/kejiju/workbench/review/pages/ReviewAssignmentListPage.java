package cn.kejiju.workbench.review.pages;

import cn.kejiju.workbench.platform.PagedRows;
import cn.kejiju.workbench.review.AssignmentStatus;
import cn.kejiju.workbench.review.ReviewService;
import cn.kejiju.workbench.shared.PageRequest;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;

/** The signed-in reviewer's assignments ({@code review/assignments.xhtml?status=…}), newest first; nobody else's. */
@Named
@ViewScoped
public class ReviewAssignmentListPage implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String TABLE = "listForm:assignments";

    @Inject
    ReviewService reviewService;

    private AssignmentStatus status = AssignmentStatus.PENDING;

    private final PagedRows<ReviewAssignmentRow> rows = PagedRows.of(ReviewAssignmentRow::getId,
            request -> reviewService.mine(status, request).map(ReviewAssignmentRow::new),
            () -> reviewService.mine(status, PageRequest.of(0, 1)).total()).unsorted().defaultSort(null, false);

    public void search() {
        PagedRows.firstPage(TABLE);
    }

    public PagedRows<ReviewAssignmentRow> getRows() {
        return rows;
    }

    public AssignmentStatus[] getStatuses() {
        return AssignmentStatus.values();
    }

    public AssignmentStatus getStatus() {
        return status;
    }

    public void setStatus(AssignmentStatus status) {
        this.status = status;
    }
}
