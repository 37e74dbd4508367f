package cn.kejiju.workbench.preparedness.pages;

import cn.kejiju.workbench.commissioner.SummaryFigure;
import cn.kejiju.workbench.commissioner.pages.PeriodChoice;
import cn.kejiju.workbench.commissioner.pages.StatisticsPage.SummaryRow;
import cn.kejiju.workbench.platform.PageMessages;
import cn.kejiju.workbench.preparedness.GoalProgress;
import cn.kejiju.workbench.preparedness.MaterialKind;
import cn.kejiju.workbench.preparedness.PreparednessStatisticsService;
import cn.kejiju.workbench.preparedness.PreparednessSummary;
import cn.kejiju.workbench.preparedness.VenueKind;
import cn.kejiju.workbench.shared.DomainException;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The preparedness statistics ({@code preparedness/statistics.xhtml}) for a half-year, a year or any span: the
 * figures with the same period last year, the table of counties (city users, who may choose one county), the
 * townships' events, the campaigns' goal progress, charts of events by venue kind and materials by kind, the
 * Excel export and the A4 print. Everything is computed in the database by {@link PreparednessStatisticsService}.
 */
@Named
@ViewScoped
public class PreparednessStatisticsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FORM = "periodForm";

    @Inject
    PreparednessStatisticsService statisticsService;

    @Inject
    PageMessages messages;

    private PeriodChoice period;
    private Long county;

    private String periodText = "";
    private String scopeName = "";
    private List<PreparednessSummary.CountyRow> counties = List.of();
    private List<PreparednessSummary.CountyRow> countyChoices = List.of();
    private List<SummaryRow> summary = List.of();
    private List<PreparednessSummary.TownshipRow> townships = List.of();
    private List<CampaignLine> campaigns = List.of();
    private String venueChart;
    private String materialChart;

    @PostConstruct
    void init() {
        period = new PeriodChoice(statisticsService.today());
        compute();
    }

    /** Computes the figures of the chosen period; a refused period stays next to its field. */
    public void compute() {
        try {
            show(statisticsService.summary(period.period(), county));
        } catch (DomainException | EJBException e) {
            messages.showRefusal(e, FORM, Set.of("from", "to"));
        }
    }

    private void show(PreparednessSummary s) {
        periodText = s.period().from() + " – " + s.period().to();
        county = s.county();
        counties = s.counties().stream().map(r -> r.countyId() == null ? new PreparednessSummary.CountyRow(null,
                Texts.text("statistics.cityTotal"), r.events(), r.people(), r.consultations(),
                r.drills(), r.drillParticipants(), r.townships(), r.schools(), r.boardsDisplayed(), r.bannersHung())
                : r).toList();
        countyChoices = s.counties().stream().filter(r -> r.countyId() != null).toList();
        scopeName = s.countyName() != null ? s.countyName()
                : countyChoices.size() == 1 ? countyChoices.get(0).county()
                : Texts.text("statistics.city");
        summary = s.figures().stream().map(f -> new SummaryRow(f, label(f))).toList();
        townships = s.townships();
        campaigns = s.campaigns().stream().map(CampaignLine::new).toList();
        venueChart = chart("bar", s, VenueKindKeys.VENUES, "#42A5F5");
        materialChart = chart("bar", s, VenueKindKeys.MATERIALS, "#66BB6A");
    }

    private String label(SummaryFigure f) {
        String key = f.key();
        if (key.startsWith("venue.")) {
            return Texts.text("statistics.figure.venue", Texts.text("venue." + key.substring(6)));
        }
        if (key.startsWith("materials.")) {
            return Texts.text("statistics.figure.material", Texts.text("material." + key.substring(10)));
        }
        return Texts.text("statistics.figure." + key);
    }

    /** Bars of the period beside the same period last year. */
    private String chart(String type, PreparednessSummary s, List<String> keys, String color) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder now = Json.createArrayBuilder();
        JsonArrayBuilder before = Json.createArrayBuilder();
        for (String key : keys) {
            labels.add(Texts.text(key.startsWith("venue.") ? "venue." + key.substring(6) : "material." + key.substring(10)));
            now.add(s.figure(key).value());
            before.add(s.figure(key).lastYear());
        }
        return Json.createObjectBuilder().add("type", type)
                .add("data", Json.createObjectBuilder().add("labels", labels)
                        .add("datasets", Json.createArrayBuilder()
                                .add(Json.createObjectBuilder().add("label", Texts.text("statistics.chart.period"))
                                        .add("data", now).add("backgroundColor", color))
                                .add(Json.createObjectBuilder().add("label", Texts.text("statistics.chart.lastYear"))
                                        .add("data", before).add("backgroundColor", "#BDBDBD"))))
                .add("options", Json.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false))
                .build().toString();
    }

    /** The chart keys: venue kinds and material kinds in their order. */
    private static final class VenueKindKeys {
        static final List<String> VENUES = Arrays.stream(VenueKind.values()).map(k -> "venue." + k.name()).toList();
        static final List<String> MATERIALS = Arrays.stream(MaterialKind.values())
                .map(k -> "materials." + k.name()).toList();
    }

    public PeriodChoice getPeriod() {
        return period;
    }

    public String getPeriodText() {
        return periodText;
    }

    public String getScopeName() {
        return scopeName;
    }

    public List<PreparednessSummary.CountyRow> getCounties() {
        return counties;
    }

    /** The counties a city user may choose from (empty for a county user). */
    public List<PreparednessSummary.CountyRow> getCountyChoices() {
        return countyChoices.size() > 1 ? countyChoices : List.of();
    }

    public boolean isCityUser() {
        return countyChoices.size() > 1;
    }

    public List<SummaryRow> getSummary() {
        return summary;
    }

    public List<PreparednessSummary.TownshipRow> getTownships() {
        return townships;
    }

    public List<CampaignLine> getCampaigns() {
        return campaigns;
    }

    public String getVenueChart() {
        return venueChart;
    }

    public String getMaterialChart() {
        return materialChart;
    }

    public Long getCounty() {
        return county;
    }

    public void setCounty(Long county) {
        this.county = county;
    }

    /** A campaign with its goals as progress bars. */
    public static final class CampaignLine implements Serializable {

        private static final long serialVersionUID = 1L;

        private final long campaignId;
        private final String name;
        private final String county;
        private final String period;
        private final List<GoalProgress> goals;

        CampaignLine(PreparednessSummary.CampaignRow row) {
            this.campaignId = row.campaignId();
            this.name = row.name();
            this.county = row.county();
            this.period = row.startsOn() + " – " + row.endsOn();
            this.goals = row.goals().stream().filter(g -> g.target() != null).toList();
        }

        public long getCampaignId() {
            return campaignId;
        }

        public String getName() {
            return name;
        }

        public String getCounty() {
            return county;
        }

        public String getPeriod() {
            return period;
        }

        public List<GoalProgress> getGoals() {
            return goals;
        }
    }
}
