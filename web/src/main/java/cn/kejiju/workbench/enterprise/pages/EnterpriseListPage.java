package cn.kejiju.workbench.enterprise.pages;

import cn.kejiju.workbench.enterprise.Enterprise;
import cn.kejiju.workbench.enterprise.EnterpriseFilter;
import cn.kejiju.workbench.enterprise.EnterpriseKind;
import cn.kejiju.workbench.enterprise.EnterpriseService;
import cn.kejiju.workbench.enterprise.EnterpriseSort;
import cn.kejiju.workbench.jurisdiction.Jurisdiction;
import cn.kejiju.workbench.jurisdiction.JurisdictionLevel;
import cn.kejiju.workbench.jurisdiction.JurisdictionService;
import cn.kejiju.workbench.platform.PageMessages;
import cn.kejiju.workbench.platform.PagedRows;
import cn.kejiju.workbench.shared.PhoneNumber;
import jakarta.annotation.PostConstruct;
import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

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

    private final PagedRows<Row> rows = PagedRows.opening(Row::getId, () -> {
        LocalDate today = enterpriseService.today();
        return request -> enterpriseService.list(filter(), request).map(enterprise -> Row.of(enterprise, today));
    }, () -> enterpriseService.count(filter())).sortKeys(field -> EnterpriseSort.fromKey(field).key());
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
        PagedRows.firstPage(TABLE);
    }

    /** Clears every criterion. */
    public void reset() {
        text = null;
        kind = null;
        industry = null;
        jurisdictionId = null;
        highTech = null;
        sme = null;
        PagedRows.firstPage(TABLE);
    }

    EnterpriseFilter filter() {
        return new EnterpriseFilter(PagedRows.criterion(text), kind, PagedRows.criterion(industry), jurisdictionId,
                highTech, sme);
    }

    public PagedRows<Row> getRows() {
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
