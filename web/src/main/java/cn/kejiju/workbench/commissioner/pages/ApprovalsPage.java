package cn.kejiju.workbench.commissioner.pages;

import cn.kejiju.workbench.commissioner.LogFilter;
import cn.kejiju.workbench.commissioner.ServiceLogService;
import cn.kejiju.workbench.platform.PageMessages;
import cn.kejiju.workbench.platform.PagedRows;
import cn.kejiju.workbench.shared.DomainException;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;

import java.io.Serializable;
import java.util.List;
import java.util.Set;

/**
 * Review of service logs (日志审核, {@code commissioner/approvals.xhtml}) for leaders: the logs awaiting
 * review, each approved or rejected with a reason; a log opens in full in a dialog with its evidence (a
 * thumbnail of every photo and scanned confirmation, every PDF opening in a new tab) and a link to its
 * read-only page. The version shown goes back with the decision, so a log revised in the meantime is not
 * decided blindly.
 */
@Named
@ViewScoped
public class ApprovalsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String TABLE = "approvalsForm:logs";

    @Inject
    ServiceLogService logService;

    @Inject
    PageMessages messages;

    @Inject
    CountyChoice county;

    private PagedRows<LogRow> rows;
    private LogRow selected;
    private List<LogEditPage.EvidenceRow> evidence = List.of();
    private String reason;

    public PagedRows<LogRow> getRows() {
        if (rows == null) {
            rows = LogRow.rows(logService, () -> LogFilter.awaitingReview(county.getValue()));
        }
        return rows;
    }

    /** Opens the log in the dialog with its evidence files (their descriptions; the bytes load as thumbnails). */
    public void show(LogRow row) {
        selected = row;
        evidence = logService.evidence(row.getId()).stream().map(LogEditPage.EvidenceRow::new).toList();
    }

    public List<LogEditPage.EvidenceRow> getEvidence() {
        return evidence;
    }

    public void approve(LogRow row) {
        try {
            logService.approve(row.getId(), row.getVersion());
            messages.info("commissioner.approvals.approved", row.getCommissioner(), row.getServiceDate());
        } catch (DomainException | EJBException e) {
            messages.showRefusal(e, "approvalsForm", Set.of());
        }
    }

    public void startRejection(LogRow row) {
        selected = row;
        reason = null;
    }

    /** Rejects the selected log with the reason typed in the dialog; the dialog closes on success only. */
    public void reject() {
        try {
            logService.reject(selected.getId(), selected.getVersion(), reason);
            messages.info("commissioner.approvals.rejected", selected.getCommissioner(), selected.getServiceDate());
            PrimeFaces.current().executeScript("PF('rejectDialog').hide()");
        } catch (DomainException | EJBException e) {
            messages.showRefusal(e, "rejectForm", Set.of("reason"));
        }
    }

    /** Narrows the queue to the county chosen, from the first page. */
    public void search() {
        PagedRows.firstPage(TABLE);
    }

    /** The county filter (city users only). */
    public CountyChoice getCounty() {
        return county;
    }

    public LogRow getSelected() {
        return selected;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
