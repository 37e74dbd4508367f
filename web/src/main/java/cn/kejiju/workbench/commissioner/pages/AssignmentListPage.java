package cn.kejiju.workbench.commissioner.pages;

import cn.kejiju.workbench.commissioner.AssignmentFilter;
import cn.kejiju.workbench.commissioner.AssignmentService;
import cn.kejiju.workbench.commissioner.AssignmentStatus;
import cn.kejiju.workbench.commissioner.ServiceField;
import cn.kejiju.workbench.commissioner.TargetKind;
import cn.kejiju.workbench.platform.PagedRows;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * The assignments (派驻) of the caller's county ({@code commissioner/assignments.xhtml}): filtered,
 * sorted and paged in the database, exported to Excel with the same criteria. The criteria can come
 * from the address ({@code ?q=…&status=…&targetKind=…&agreementConfirmed=…&commissionerId=…}), and so can the
 * period's ({@code field}, {@code from} / {@code to}: in force on a day between them, {@code postedFrom}: of a
 * commissioner posted on or after it) with which the work summary's "enterprises linked by the new industrial
 * commissioners" opens exactly its assignments; a list narrowed by a period says how many distinct enterprises
 * (or cooperatives) they serve, the figure itself.
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
    private ServiceField field;
    private LocalDate activeFrom;
    private LocalDate activeTo;
    private LocalDate postedFrom;
    /** The distinct organisations of the last filter asked for, and that filter. */
    private Long organisations;
    private AssignmentFilter organisationsOf;

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
        field = null;
        activeFrom = null;
        activeTo = null;
        postedFrom = null;
        county.reset();
        PagedRows.firstPage(TABLE);
    }

    AssignmentFilter filter() {
        return new AssignmentFilter(commissionerId, targetKind, status, PagedRows.criterion(text), null, agreementConfirmed,
                county.getValue(), field, activeFrom, activeTo, postedFrom);
    }

    /** Whether the list is narrowed to a period (then it says how many distinct organisations it serves). */
    public boolean isPeriodFiltered() {
        return activeFrom != null || activeTo != null || postedFrom != null;
    }

    /** How many distinct enterprises or cooperatives the assignments listed serve (one statement per filter). */
    public long getOrganisations() {
        AssignmentFilter filter = filter();
        if (organisations == null || !filter.equals(organisationsOf)) {
            organisations = assignmentService.organisations(filter);
            organisationsOf = filter;
        }
        return organisations;
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

    public ServiceField[] getFields() {
        return ServiceField.values();
    }

    public ServiceField getField() {
        return field;
    }

    public void setField(ServiceField field) {
        this.field = field;
    }

    /** With {@link #getActiveTo()}: in force on a day from this one on (a summary's period). */
    public LocalDate getActiveFrom() {
        return activeFrom;
    }

    public void setActiveFrom(LocalDate activeFrom) {
        this.activeFrom = activeFrom;
    }

    /** Started by this day. */
    public LocalDate getActiveTo() {
        return activeTo;
    }

    public void setActiveTo(LocalDate activeTo) {
        this.activeTo = activeTo;
    }

    /** Of a commissioner posted on or after this day. */
    public LocalDate getPostedFrom() {
        return postedFrom;
    }

    public void setPostedFrom(LocalDate postedFrom) {
        this.postedFrom = postedFrom;
    }

    public Long getCommissionerId() {
        return commissionerId;
    }

    public void setCommissionerId(Long commissionerId) {
        this.commissionerId = commissionerId;
    }
}
