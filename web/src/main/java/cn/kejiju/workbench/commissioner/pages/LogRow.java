package cn.kejiju.workbench.commissioner.pages;

import cn.kejiju.workbench.commissioner.LogDraft;
import cn.kejiju.workbench.commissioner.LogFilter;
import cn.kejiju.workbench.commissioner.LogStatus;
import cn.kejiju.workbench.commissioner.ServiceKind;
import cn.kejiju.workbench.commissioner.ServiceLog;
import cn.kejiju.workbench.commissioner.ServiceLogService;
import cn.kejiju.workbench.commissioner.TargetKind;
import cn.kejiju.workbench.platform.PagedRows;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Supplier;

/** One service log as the log pages show it: what was done, for whom, and where it stands. */
public final class LogRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final long version;
    private final long assignmentId;
    private final LocalDate serviceDate;
    private final String commissioner;
    private final String target;
    private final String county;
    private final TargetKind targetKind;
    private final ServiceKind kind;
    private final BigDecimal days;
    private final int peopleTrained;
    private final int demonstrationBases;
    private final BigDecimal income;
    private final String summary;
    private final List<String> varieties;
    private final List<String> technologies;
    private final LogStatus status;
    private final String submittedBy;
    private final LocalDateTime submittedAt;
    private final String reviewedBy;
    private final LocalDateTime reviewedAt;
    private final String rejectionReason;

    /** The criteria of a table of logs, asked again for every load. */
    interface Criteria extends Supplier<LogFilter>, Serializable {
    }

    /**
     * Service logs for a lazy table: the rows {@link ServiceLogService} lists for the criteria, newest
     * service date first unless a column is sorted.
     */
    static PagedRows<LogRow> rows(ServiceLogService service, Criteria criteria) {
        return PagedRows.opening(LogRow::getId, () -> {
            LogFilter filter = criteria.get();
            return request -> service.listWithIntroductions(filter, request).map(LogRow::of);
        }, () -> service.count(criteria.get())).defaultSort("serviceDate", false);
    }

    private LogRow(ServiceLog log) {
        LogDraft draft = LogDraft.of(log);
        this.id = log.getId();
        this.version = log.getVersion();
        this.assignmentId = log.getAssignment().getId();
        this.serviceDate = log.getServiceDate();
        this.commissioner = log.getCommissioner().getName();
        this.target = log.getAssignment().getTarget().getName();
        this.county = log.getCounty().getName();
        this.targetKind = log.getTargetKind();
        this.kind = log.getKind();
        this.days = log.getDays();
        this.peopleTrained = log.getPeopleTrained();
        this.demonstrationBases = log.getDemonstrationBases();
        this.income = log.getIncome();
        this.summary = log.getSummary();
        this.varieties = draft.varieties();
        this.technologies = draft.technologies();
        this.status = log.getStatus();
        this.submittedBy = log.getSubmittedBy();
        this.submittedAt = log.getSubmittedAt();
        this.reviewedBy = log.reviewedBy().orElse(null);
        this.reviewedAt = log.reviewedAt().orElse(null);
        this.rejectionReason = log.rejectionReason().orElse(null);
    }

    public static LogRow of(ServiceLog log) {
        return new LogRow(log);
    }

    public long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public long getAssignmentId() {
        return assignmentId;
    }

    public LocalDate getServiceDate() {
        return serviceDate;
    }

    public String getCommissioner() {
        return commissioner;
    }

    /** The managing county's name (the column city users see). */
    public String getCounty() {
        return county;
    }

    public String getTarget() {
        return target;
    }

    public TargetKind getTargetKind() {
        return targetKind;
    }

    public ServiceKind getKind() {
        return kind;
    }

    public BigDecimal getDays() {
        return days;
    }

    public int getPeopleTrained() {
        return peopleTrained;
    }

    public int getDemonstrationBases() {
        return demonstrationBases;
    }

    public BigDecimal getIncome() {
        return income;
    }

    public String getSummary() {
        return summary;
    }

    public List<String> getVarieties() {
        return varieties;
    }

    public List<String> getTechnologies() {
        return technologies;
    }

    /** The varieties joined by the language's list separator (common.listSeparator). */
    public String varietiesText(String separator) {
        return String.join(separator, varieties);
    }

    public String technologiesText(String separator) {
        return String.join(separator, technologies);
    }

    /** Varieties and then technologies, joined by the language's list separator (also for the export). */
    public String itemsText(String separator) {
        List<String> all = new java.util.ArrayList<>(varieties);
        all.addAll(technologies);
        return String.join(separator, all);
    }

    public LogStatus getStatus() {
        return status;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public LocalDateTime getSubmittedAt() {
        return submittedAt;
    }

    public String getReviewedBy() {
        return reviewedBy;
    }

    public LocalDateTime getReviewedAt() {
        return reviewedAt;
    }

    public String getRejectionReason() {
        return rejectionReason;
    }
}
