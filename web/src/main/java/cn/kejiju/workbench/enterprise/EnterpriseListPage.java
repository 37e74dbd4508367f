package cn.kejiju.workbench.enterprise;

import cn.kejiju.workbench.jurisdiction.Jurisdiction;
import cn.kejiju.workbench.jurisdiction.JurisdictionLevel;
import cn.kejiju.workbench.jurisdiction.JurisdictionService;
import cn.kejiju.workbench.platform.PageMessages;
import cn.kejiju.workbench.shared.Page;
import cn.kejiju.workbench.shared.PageRequest;
import cn.kejiju.workbench.shared.PhoneNumber;
import jakarta.annotation.PostConstruct;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The list of enterprises and organisations. Filtering, sorting and paging happen in the database:
 * the filter bar sets the criteria, the table asks {@link EnterpriseService} for one page at a time,
 * and the Excel export walks the same criteria page by page. The criteria can also come from the
 * address ({@code ?q=…&kind=…&industry=…&jurisdictionId=…&highTech=true&sme=true}).
 */
@Named
@ViewScoped
public class EnterpriseListPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Client id of the table, reset to its first page when the criteria change. */
    static final String TABLE = "listForm:enterprises";

    @Inject
    EnterpriseService enterpriseService;

    @Inject
    JurisdictionService jurisdictionService;

    @Inject
    PageMessages messages;

    private String text;
    private EnterpriseKind kind;
    private String industry;
    private Long jurisdictionId;
    private Boolean highTech;
    private Boolean sme;

    private final Rows rows = new Rows();
    private final List<Area> areas = new ArrayList<>();

    @PostConstruct
    void loadAreas() {
        for (Jurisdiction county : jurisdictionService.list(null, JurisdictionLevel.COUNTY)) {
            List<Area> townships = jurisdictionService.list(county.getId(), null).stream()
                    .map(township -> new Area(township.getId(), township.getName(), List.of()))
                    .toList();
            areas.add(new Area(county.getId(), county.getName(), townships));
        }
    }

    /** Applies the criteria of the filter bar, starting again from the first page. */
    public void search() {
        firstPage();
    }

    /** Clears every criterion. */
    public void reset() {
        text = null;
        kind = null;
        industry = null;
        jurisdictionId = null;
        highTech = null;
        sme = null;
        firstPage();
    }

    private static void firstPage() {
        UIComponent table = FacesContext.getCurrentInstance().getViewRoot().findComponent(TABLE);
        if (table instanceof DataTable dataTable) {
            dataTable.setFirst(0);
        }
    }

    EnterpriseFilter filter() {
        return new EnterpriseFilter(blankToNull(text), kind, blankToNull(industry), jurisdictionId, highTech, sme);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public LazyDataModel<Row> getRows() {
        return rows;
    }

    public EnterpriseKind[] getKinds() {
        return EnterpriseKind.values();
    }

    /** Counties with their townships; a county itself is an option too ("the whole county"). */
    public List<SelectItem> getJurisdictionOptions() {
        List<SelectItem> options = new ArrayList<>();
        for (Area county : areas) {
            List<SelectItem> items = new ArrayList<>();
            items.add(new SelectItem(county.id(), messages.text("enterprise.list.filter.wholeCounty", county.name())));
            county.children().forEach(township -> items.add(new SelectItem(township.id(), township.name())));
            options.add(new SelectItemGroup(county.name(), null, false, items));
        }
        return options;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public EnterpriseKind getKind() {
        return kind;
    }

    public void setKind(EnterpriseKind kind) {
        this.kind = kind;
    }

    public String getIndustry() {
        return industry;
    }

    public void setIndustry(String industry) {
        this.industry = industry;
    }

    public Long getJurisdictionId() {
        return jurisdictionId;
    }

    public void setJurisdictionId(Long jurisdictionId) {
        this.jurisdictionId = jurisdictionId;
    }

    public Boolean getHighTech() {
        return highTech;
    }

    public void setHighTech(Boolean highTech) {
        this.highTech = highTech;
    }

    public Boolean getSme() {
        return sme;
    }

    public void setSme(Boolean sme) {
        this.sme = sme;
    }

    /** A county or township of the filter: id, name, and for a county its townships. */
    private record Area(long id, String name, List<Area> children) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /**
     * The table's data: every call asks the service for exactly the rows shown (or, for the export,
     * one buffer of rows). The sort field of a column is its row property, named like the
     * {@link EnterpriseSort} key; the table sorts by one column at a time.
     */
    private final class Rows extends LazyDataModel<Row> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, enterpriseService.count(filter()));
        }

        /**
         * A page of the table, or for the Excel export (which asks for all rows at once) every row
         * the filter matches, fetched in pages of at most {@link PageRequest#MAX_SIZE}.
         */
        @Override
        public List<Row> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            SortMeta sort = sortBy.values().stream().filter(SortMeta::isActive).findFirst().orElse(null);
            String sortKey = sort == null ? null : EnterpriseSort.fromKey(sort.getField()).key();
            boolean ascending = sort == null || sort.getOrder().isAscending();
            int size = Math.max(1, Math.min(pageSize, PageRequest.MAX_SIZE));
            LocalDate today = enterpriseService.today();
            List<Row> loaded = new ArrayList<>();
            for (int page = first / size; loaded.size() < pageSize; page++) {
                Page<Enterprise> chunk = enterpriseService.list(filter(), new PageRequest(page, size, sortKey, ascending));
                setRowCount((int) Math.min(Integer.MAX_VALUE, chunk.total()));
                chunk.items().forEach(enterprise -> loaded.add(Row.of(enterprise, today)));
                if (chunk.items().size() < size) {
                    break;
                }
            }
            return loaded;
        }

        @Override
        public String getRowKey(Row row) {
            return String.valueOf(row.getId());
        }

        @Override
        public Row getRowData(String rowKey) {
            List<Row> shown = getWrappedData();
            return shown == null ? null
                    : shown.stream().filter(row -> getRowKey(row).equals(rowKey)).findFirst().orElse(null);
        }
    }

    /** One line of the list: what the columns show, with the contact phone masked. */
    public static final class Row implements Serializable {

        private static final long serialVersionUID = 1L;

        private final long id;
        private final String creditCode;
        private final String name;
        private final EnterpriseKind kind;
        private final String industry;
        private final String county;
        private final String township;
        private final String contactName;
        private final String contactPhone;
        private final boolean highTech;
        private final Integer smeYear;

        private Row(Enterprise enterprise, LocalDate today) {
            this.id = enterprise.getId();
            this.creditCode = enterprise.getCreditCode().value();
            this.name = enterprise.getName();
            this.kind = enterprise.getKind();
            this.industry = enterprise.getIndustry();
            this.county = enterprise.getCounty().getName();
            this.township = enterprise.getTownship().getName();
            this.contactName = enterprise.getContactName();
            this.contactPhone = enterprise.contactPhone().map(phone -> PhoneNumber.mask(phone.value())).orElse(null);
            this.highTech = enterprise.isHighTechOn(today);
            this.smeYear = enterprise.smeRegisteredYear().orElse(null);
        }

        static Row of(Enterprise enterprise, LocalDate today) {
            return new Row(enterprise, today);
        }

        public long getId() {
            return id;
        }

        public String getCreditCode() {
            return creditCode;
        }

        public String getName() {
            return name;
        }

        public EnterpriseKind getKind() {
            return kind;
        }

        public String getIndustry() {
            return industry;
        }

        public String getCounty() {
            return county;
        }

        public String getTownship() {
            return township;
        }

        public String getContactName() {
            return contactName;
        }

        /** Masked: 138****5678. */
        public String getContactPhone() {
            return contactPhone;
        }

        /** Holds a high-tech certificate valid today. */
        public boolean isHighTech() {
            return highTech;
        }

        public Integer getSmeYear() {
            return smeYear;
        }
    }
}
