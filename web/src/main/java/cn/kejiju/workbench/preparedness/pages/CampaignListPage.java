package cn.kejiju.workbench.preparedness.pages;

import cn.kejiju.workbench.jurisdiction.JurisdictionService;
import cn.kejiju.workbench.platform.PagedRows;
import cn.kejiju.workbench.preparedness.CampaignService;
import cn.kejiju.workbench.shared.PageRequest;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The campaigns (防震减灾宣传活动) of the caller's jurisdiction ({@code preparedness/campaigns.xhtml}), latest
 * first; city users see the county column and may choose one county ({@code ?q=…&county=…}); those running on a
 * day of a period ({@code from}, {@code to}), as the statistics list a period's campaigns.
 */
@Named
@ViewScoped
public class CampaignListPage implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String TABLE = "listForm:campaigns";

    @Inject
    CampaignService campaignService;

    @Inject
    JurisdictionService jurisdictionService;

    private String text;
    private Long countyId;
    private LocalDate from;
    private LocalDate to;
    private Counties counties;

    private final PagedRows<CampaignRow> rows = PagedRows.of(CampaignRow::getId,
            request -> campaignService.list(countyId, PagedRows.criterion(text), from, to,
                    new PageRequest(request.page(), request.size(), null, false)).map(CampaignRow::new),
            () -> campaignService.list(countyId, PagedRows.criterion(text), from, to, PageRequest.of(0, 1)).total())
            .unsorted();

    public void search() {
        PagedRows.firstPage(TABLE);
    }

    public void reset() {
        text = null;
        countyId = null;
        from = null;
        to = null;
        PagedRows.firstPage(TABLE);
    }

    private Counties counties() {
        if (counties == null) {
            counties = Counties.of(jurisdictionService);
        }
        return counties;
    }

    public boolean isCityUser() {
        return counties().cityUser();
    }

    /** The county the export's rows are of (the chosen one), or null: the caller's jurisdiction. */
    public String getScopeName() {
        return counties().name(countyId);
    }

    public List<SelectItem> getCounties() {
        return counties().items();
    }

    public PagedRows<CampaignRow> getRows() {
        return rows;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Long getCountyId() {
        return countyId;
    }

    public void setCountyId(Long countyId) {
        this.countyId = countyId;
    }

    /** With {@link #getTo()}: running on a day from this one on (a summary's period). */
    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    /** Begun by this day. */
    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
