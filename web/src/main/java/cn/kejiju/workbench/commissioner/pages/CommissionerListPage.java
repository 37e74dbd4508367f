package cn.kejiju.workbench.commissioner.pages;

import cn.kejiju.workbench.commissioner.Commissioner;
import cn.kejiju.workbench.commissioner.CommissionerFilter;
import cn.kejiju.workbench.commissioner.CommissionerKind;
import cn.kejiju.workbench.commissioner.CommissionerService;
import cn.kejiju.workbench.commissioner.CommissionerStatus;
import cn.kejiju.workbench.commissioner.DispatchLevel;
import cn.kejiju.workbench.commissioner.ProfessionalTitle;
import cn.kejiju.workbench.commissioner.ServiceField;
import cn.kejiju.workbench.platform.PagedRows;
import cn.kejiju.workbench.shared.Page;
import cn.kejiju.workbench.shared.PageRequest;
import cn.kejiju.workbench.shared.PhoneNumber;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The commissioner registry ({@code commissioner/list.xhtml}, 科技特派员). Filtering, sorting and paging
 * happen in the database; the Excel export walks the same criteria page by page, phones masked. The
 * criteria can also come from the address ({@code ?q=…&field=…&kind=…&dispatchLevel=…&status=…}).
 */
@Named
@ViewScoped
public class CommissionerListPage implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String TABLE = "listForm:commissioners";

    @Inject
    CommissionerService commissionerService;

    @Inject
    CountyChoice county;

    private String text;
    private ServiceField field;
    private CommissionerKind kind;
    private DispatchLevel dispatchLevel;
    private CommissionerStatus status;
    private LocalDate servingFrom;
    private LocalDate servingTo;
    private LocalDate postedFrom;

    private final PagedRows<Row> rows = PagedRows.of(Row::getId, this::page, () -> commissionerService.count(filter()));

    private Page<Row> page(PageRequest request) {
        Page<Commissioner> page = commissionerService.list(filter(), request);
        List<Long> ids = page.items().stream().map(Commissioner::getId).toList();
        Map<Long, Long> load = ids.isEmpty() ? Map.of() : commissionerService.activeLoad(ids);
        int max = commissionerService.settings().getMaxActiveAssignments();
        return page.map(c -> new Row(c, load.getOrDefault(c.getId(), 0L), max));
    }

    /** Applies the criteria of the filter bar, starting again from the first page. */
    public void search() {
        PagedRows.firstPage(TABLE);
    }

    /** Clears every criterion. */
    public void reset() {
        text = null;
        field = null;
        kind = null;
        dispatchLevel = null;
        status = null;
        servingFrom = null;
        servingTo = null;
        postedFrom = null;
        county.reset();
        PagedRows.firstPage(TABLE);
    }

    CommissionerFilter filter() {
        return new CommissionerFilter(PagedRows.criterion(text), field, kind, dispatchLevel, status, county.getValue(),
                servingFrom, servingTo, postedFrom);
    }

    /** The county filter (city users only). */
    public CountyChoice getCounty() {
        return county;
    }

    public PagedRows<Row> getRows() {
        return rows;
    }

    public ServiceField[] getFields() {
        return ServiceField.values();
    }

    public CommissionerKind[] getKinds() {
        return CommissionerKind.values();
    }

    public DispatchLevel[] getDispatchLevels() {
        return DispatchLevel.values();
    }

    public CommissionerStatus[] getStatuses() {
        return CommissionerStatus.values();
    }

    /** With {@link #getServingTo()}: those posted by then and not ended before this day (a summary's period). */
    public LocalDate getServingFrom() {
        return servingFrom;
    }

    public void setServingFrom(LocalDate servingFrom) {
        this.servingFrom = servingFrom;
    }

    public LocalDate getServingTo() {
        return servingTo;
    }

    public void setServingTo(LocalDate servingTo) {
        this.servingTo = servingTo;
    }

    /** Those posted on or after this day (the new ones of a summary's period). */
    public LocalDate getPostedFrom() {
        return postedFrom;
    }

    public void setPostedFrom(LocalDate postedFrom) {
        this.postedFrom = postedFrom;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public ServiceField getField() {
        return field;
    }

    public void setField(ServiceField field) {
        this.field = field;
    }

    public CommissionerKind getKind() {
        return kind;
    }

    public void setKind(CommissionerKind kind) {
        this.kind = kind;
    }

    public DispatchLevel getDispatchLevel() {
        return dispatchLevel;
    }

    public void setDispatchLevel(DispatchLevel dispatchLevel) {
        this.dispatchLevel = dispatchLevel;
    }

    public CommissionerStatus getStatus() {
        return status;
    }

    public void setStatus(CommissionerStatus status) {
        this.status = status;
    }

    /** One line of the registry, with the phone masked and the current load against the cap. */
    public static final class Row implements Serializable {

        private static final long serialVersionUID = 1L;

        private final long id;
        private final String name;
        private final CommissionerKind kind;
        private final ServiceField field;
        private final ProfessionalTitle title;
        private final String employer;
        private final DispatchLevel dispatchLevel;
        private final int postingYear;
        private final long load;
        private final int maxLoad;
        private final CommissionerStatus status;
        private final String phone;
        private final String county;

        Row(Commissioner commissioner, long load, int maxLoad) {
            this.id = commissioner.getId();
            this.name = commissioner.getName();
            this.kind = commissioner.getKind();
            this.field = commissioner.getField();
            this.title = commissioner.getTitle();
            this.employer = commissioner.getEmployerName();
            this.dispatchLevel = commissioner.getDispatchLevel();
            this.postingYear = commissioner.getPostingYear();
            this.load = load;
            this.maxLoad = maxLoad;
            this.status = commissioner.getStatus();
            this.phone = commissioner.phone().map(PhoneNumber::masked).orElse(null);
            this.county = commissioner.getCounty().getName();
        }

        public long getId() {
            return id;
        }

        public String getName() {
            return name;
        }

        public CommissionerKind getKind() {
            return kind;
        }

        public ServiceField getField() {
            return field;
        }

        public ProfessionalTitle getTitle() {
            return title;
        }

        public String getEmployer() {
            return employer;
        }

        public DispatchLevel getDispatchLevel() {
            return dispatchLevel;
        }

        public int getPostingYear() {
            return postingYear;
        }

        /** Assignments active today. */
        public long getLoad() {
            return load;
        }

        public int getMaxLoad() {
            return maxLoad;
        }

        public boolean isFull() {
            return load >= maxLoad;
        }

        public CommissionerStatus getStatus() {
            return status;
        }

        /** Masked: 138****5678. */
        public String getPhone() {
            return phone;
        }

        public String getCounty() {
            return county;
        }
    }
}
