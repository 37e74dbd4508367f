package cn.kejiju.workbench.commissioner.pages;

import cn.kejiju.workbench.commissioner.CommissionerFilter;
import cn.kejiju.workbench.commissioner.CommissionerService;
import cn.kejiju.workbench.commissioner.LogFilter;
import cn.kejiju.workbench.commissioner.LogStatus;
import cn.kejiju.workbench.commissioner.ServiceKind;
import cn.kejiju.workbench.commissioner.ServiceLogService;
import cn.kejiju.workbench.platform.PagedRows;
import cn.kejiju.workbench.shared.PageRequest;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The list of service logs (服务日志, {@code commissioner/logs.xhtml}): filtered, sorted and paged in the
 * database; the Excel export walks the same criteria. The criteria can also come from the address
 * ({@code ?status=SUBMITTED&kind=TRAINING&commissionerId=…&q=…}).
 */
@Named
@ViewScoped
public class LogListPage implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String TABLE = "listForm:logs";

    @Inject
    ServiceLogService logService;

    @Inject
    CommissionerService commissionerService;

    private LogStatus status;
    private ServiceKind kind;
    private LocalDate from;
    private LocalDate to;
    private String text;
    private Long commissionerId;
    private List<SelectItem> commissionerOptions;

    private PagedRows<LogRow> rows;

    public PagedRows<LogRow> getRows() {
        if (rows == null) {
            rows = LogRow.rows(logService, this::filter);
        }
        return rows;
    }

    LogFilter filter() {
        return new LogFilter(commissionerId, null, status, kind, from, to, PagedRows.criterion(text));
    }

    public void search() {
        PagedRows.firstPage(TABLE);
    }

    public void reset() {
        status = null;
        kind = null;
        from = null;
        to = null;
        text = null;
        commissionerId = null;
        PagedRows.firstPage(TABLE);
    }

    /** The commissioners of the caller's county (or every county for city users), by name. */
    public List<SelectItem> getCommissionerOptions() {
        if (commissionerOptions == null) {
            commissionerOptions = commissionerService.list(CommissionerFilter.none(), new PageRequest(0, PageRequest.MAX_SIZE, "name", true))
                    .items().stream().map(c -> new SelectItem(c.getId(), c.getName())).toList();
        }
        return commissionerOptions;
    }

    public LogStatus[] getStatuses() {
        return LogStatus.values();
    }

    public ServiceKind[] getKinds() {
        return ServiceKind.values();
    }

    public LogStatus getStatus() {
        return status;
    }

    public void setStatus(LogStatus status) {
        this.status = status;
    }

    public ServiceKind getKind() {
        return kind;
    }

    public void setKind(ServiceKind kind) {
        this.kind = kind;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Long getCommissionerId() {
        return commissionerId;
    }

    public void setCommissionerId(Long commissionerId) {
        this.commissionerId = commissionerId;
    }
}
