package cn.kejiju.workbench.review.pages;

import cn.kejiju.workbench.review.AssignmentStatus;
import cn.kejiju.workbench.review.ReviewAssignment;

import java.io.Serializable;
import java.math.BigDecimal;

/** A review assignment as the reviewer's list shows it. */
public final class ReviewAssignmentRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final String title;
    private final String subjectKind;
    private final AssignmentStatus status;
    private final BigDecimal total;
    private final boolean closed;

    ReviewAssignmentRow(ReviewAssignment a) {
        this.id = a.getId();
        this.title = a.getReview().getTitle();
        this.subjectKind = a.getReview().getSubjectKind();
        this.status = a.getStatus();
        this.total = a.getTotal();
        this.closed = a.getReview().isClosed();
    }

    public long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getSubjectKind() {
        return subjectKind;
    }

    public AssignmentStatus getStatus() {
        return status;
    }

    public BigDecimal getTotal() {
        return total;
    }

    public boolean isClosed() {
        return closed;
    }
}
