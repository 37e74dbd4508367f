package cn.kejiju.workbench.preparedness.pages;

import cn.kejiju.workbench.jurisdiction.JurisdictionService;
import cn.kejiju.workbench.preparedness.RegisterCompleteness;
import cn.kejiju.workbench.preparedness.RegisterGap;
import cn.kejiju.workbench.preparedness.RegisterPost;
import cn.kejiju.workbench.preparedness.RegisterService;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/**
 * The register's gaps ({@code preparedness/register-gaps.xhtml}): townships without an assistant, villages and
 * communities without a reporter, with the county's completeness; city users see the county column and may
 * choose one county.
 */
@Named
@ViewScoped
public class RegisterGapsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RegisterService registerService;

    @Inject
    JurisdictionService jurisdictionService;

    private Long countyId;
    private Counties counties;
    private transient List<GapRow> rows;
    private transient List<CompletenessRow> completeness;

    /** An open post as a row. */
    public record GapRow(String county, String township, String place, RegisterPost post) implements Serializable {

        static GapRow of(RegisterGap g) {
            return new GapRow(g.township().getParent().getName(), g.township().getName(),
                    g.place() == g.township() ? "" : g.place().getName(), g.post());
        }
    }

    /** A county's completeness as a row. */
    public record CompletenessRow(String county, long filled, long required, String percent) implements Serializable {
    }

    public void search() {
        rows = null;
        completeness = null;
    }

    public List<GapRow> getRows() {
        if (rows == null) {
            rows = registerService.gaps(countyId).stream().map(GapRow::of).toList();
        }
        return rows;
    }

    /** Posts held of posts required, per county shown. */
    public List<CompletenessRow> getCompleteness() {
        if (completeness == null) {
            completeness = getCounties().stream()
                    .filter(c -> countyId == null || countyId.equals(c.getValue()))
                    .map(c -> {
                        RegisterCompleteness rc = registerService.completeness((Long) c.getValue());
                        return new CompletenessRow(c.getLabel(), rc.filled(), rc.required(),
                                rc.percent().toPlainString());
                    }).toList();
        }
        return completeness;
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

    public Long getCountyId() {
        return countyId;
    }

    public void setCountyId(Long countyId) {
        this.countyId = countyId;
    }
}
