package cn.kejiju.workbench.commissioner.pages;

import cn.kejiju.workbench.commissioner.LogFilter;
import cn.kejiju.workbench.commissioner.LogStatus;
import cn.kejiju.workbench.commissioner.ServiceKind;
import cn.kejiju.workbench.commissioner.ServiceLogService;
import cn.kejiju.workbench.platform.Choice;
import cn.kejiju.workbench.platform.PagedRows;
import cn.kejiju.workbench.security.Roles;
import cn.kejiju.workbench.security.pages.SessionPage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
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
    CommissionerChoices commissionerChoices;

    @Inject
    SessionPage session;

    @Inject
    CountyChoice county;

    private LogStatus status;
    private ServiceKind kind;
    private LocalDate from;
    private LocalDate to;
    private String text;
    private Long commissionerId;
    private Choice commissioner;

    private PagedRows<LogRow> rows;

    public PagedRows<LogRow> getRows() {
        if (rows == null) {
            rows = LogRow.rows(logService, this::filter);
        }
        return rows;
    }

    LogFilter filter() {
        return new LogFilter(commissionerId, null, status, kind, from, to, PagedRows.criterion(text), false,
                county.getValue());
    }

    /** The county filter (city users only). */
    public CountyChoice getCounty() {
        return county;
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
        commissioner = null;
        county.reset();
        PagedRows.firstPage(TABLE);
    }

    /** Commissioners whose name (employer, specialty) contains what was typed, for the filter field. */
    public List<Choice> completeCommissioner(String text) {
        return commissionerChoices.complete(text);
    }

    /** The commissioner filtered on, shown by name; from the address it comes as an id. */
    public Choice getCommissioner() {
        if (commissioner == null && commissionerId != null) {
            commissioner = commissionerChoices.choice(commissionerId).orElse(null);
        }
        return commissioner;
    }

    public void setCommissioner(Choice commissioner) {
        this.commissioner = commissioner;
        this.commissionerId = commissioner == null ? null : commissioner.id();
    }

    /** The statuses to filter by: drafts only for the clerks, who alone see them. */
    public LogStatus[] getStatuses() {
        boolean clerk = session.isInRole(Roles.COMMISSIONER_CLERK);
        return Arrays.stream(LogStatus.values()).filter(s -> clerk || s != LogStatus.DRAFT).toArray(LogStatus[]::new);
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
        this.commissioner = null;
    }
}
