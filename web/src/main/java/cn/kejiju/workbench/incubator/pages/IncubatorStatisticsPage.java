package cn.kejiju.workbench.incubator.pages;

import cn.kejiju.workbench.commissioner.pages.PeriodChoice;
import cn.kejiju.workbench.commissioner.pages.StatisticsPage.SummaryRow;
import cn.kejiju.workbench.incubator.IncubatorStatisticsService;
import cn.kejiju.workbench.incubator.IncubatorSummary;
import cn.kejiju.workbench.platform.PageMessages;
import cn.kejiju.workbench.shared.DomainException;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The incubator statistics ({@code incubator/statistics.xhtml}) for a half-year, a year or any span: the table
 * of counties (city users, who may choose one county), the figures with the start of the period and the same
 * period last year, each carrier's occupancy and recognition indicators met or not, charts of occupancy by
 * carrier and exits by reason, the Excel export and the A4 print. Everything is computed in the database by
 * {@link IncubatorStatisticsService}.
 */
@Named
@ViewScoped
public class IncubatorStatisticsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FORM = "periodForm";
    private static final List<String> REASONS = List.of("GRADUATED", "MOVED_OUT", "FAILED", "EXPELLED");

    @Inject
    IncubatorStatisticsService statisticsService;

    @Inject
    PageMessages messages;

    private PeriodChoice period;
    private Long county;

    private LocalDate periodFrom;
    private LocalDate periodTo;
    private String scopeName = "";
    private List<IncubatorSummary.CountyRow> counties = List.of();
    private List<IncubatorSummary.CountyRow> countyChoices = List.of();
    private List<SummaryRow> summary = List.of();
    private List<CarrierLine> carriers = List.of();
    private String occupancyChart;
    private String exitChart;

    @PostConstruct
    void init() {
        period = new PeriodChoice(statisticsService.today());
        compute();
    }

    /** Computes the figures of the chosen period; a refused period stays next to its field. */
    public void compute() {
        try {
            show(statisticsService.summary(period.period(), county, null));
        } catch (DomainException | EJBException e) {
            messages.showRefusal(e, FORM, Set.of("from", "to"));
        }
    }

    private void show(IncubatorSummary s) {
        periodFrom = s.period().from();
        periodTo = s.period().to();
        county = s.county();
        counties = s.counties().stream().map(r -> r.countyId() == null ? new IncubatorSummary.CountyRow(null,
                messages.text("incubator.statistics.cityTotal"), r.tenants(), r.tenantsNew(), r.totalArea(), r.letArea(),
                r.occupancyPercent(), r.tenantsPerThousand(), r.graduates(), r.exits(), r.patentApplicants(),
                r.financed()) : r).toList();
        countyChoices = s.counties().stream().filter(r -> r.countyId() != null).toList();
        scopeName = s.countyName() != null ? s.countyName()
                : countyChoices.size() == 1 ? countyChoices.get(0).county() : messages.text("incubator.statistics.city");
        summary = s.figures().stream()
                .map(f -> new SummaryRow(f, messages.text("incubator.statistics.figure." + f.key()))).toList();
        String met = messages.text("incubator.statistics.met");
        String notMet = messages.text("incubator.statistics.notMet");
        carriers = s.carriers().stream().map(c -> new CarrierLine(c, indicators(c), met, notMet)).toList();
        occupancyChart = occupancyChart(s);
        exitChart = exitChart(s);
    }

    private List<IndicatorText> indicators(IncubatorSummary.CarrierRow c) {
        return c.indicators().stream().map(i -> new IndicatorText(i.key(), messages.text(
                "incubator.statistics.indicator." + i.key(), plain(i.value()), plain(i.required())), i.met())).toList();
    }

    /** Let and free area per carrier (stacked bars). */
    private String occupancyChart(IncubatorSummary s) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder let = Json.createArrayBuilder();
        JsonArrayBuilder free = Json.createArrayBuilder();
        for (IncubatorSummary.CarrierRow c : s.carriers()) {
            labels.add(c.name());
            let.add(c.figures().letArea());
            free.add(c.figures().totalArea().subtract(c.figures().letArea()).max(BigDecimal.ZERO));
        }
        JsonObjectBuilder stacked = Json.createObjectBuilder().add("stacked", true).add("beginAtZero", true);
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels)
                        .add("datasets", Json.createArrayBuilder()
                                .add(dataset(messages.text("incubator.statistics.chart.let"), let, "#42A5F5"))
                                .add(dataset(messages.text("incubator.statistics.chart.free"), free, "#E0E0E0"))))
                .add("options", Json.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false)
                        .add("scales", Json.createObjectBuilder().add("x", Json.createObjectBuilder().add("stacked", true))
                                .add("y", stacked)))
                .build().toString();
    }

    /** Exits of the period by reason. */
    private String exitChart(IncubatorSummary s) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder values = Json.createArrayBuilder();
        for (String reason : REASONS) {
            labels.add(messages.text("incubator.statistics.exitReason." + reason));
            values.add(s.figure("exits." + reason).value());
        }
        return Json.createObjectBuilder().add("type", "doughnut")
                .add("data", Json.createObjectBuilder().add("labels", labels)
                        .add("datasets", Json.createArrayBuilder().add(Json.createObjectBuilder().add("data", values)
                                .add("backgroundColor", Json.createArrayBuilder().add("#66BB6A").add("#42A5F5")
                                        .add("#FFA726").add("#EF5350")))))
                .add("options", Json.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false))
                .build().toString();
    }

    private static JsonObjectBuilder dataset(String label, JsonArrayBuilder data, String color) {
        return Json.createObjectBuilder().add("label", label).add("data", data)
                .add("backgroundColor", color).add("borderColor", color);
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    /** How the period is chosen (the filter bar shared with the commissioner statistics). */
    public PeriodChoice getPeriod() {
        return period;
    }

    public String getPeriodText() {
        return periodFrom + " – " + periodTo;
    }

    public String getScopeName() {
        return scopeName;
    }

    public List<IncubatorSummary.CountyRow> getCounties() {
        return counties;
    }

    /** The counties a city user may choose from (empty for a county user). */
    public List<IncubatorSummary.CountyRow> getCountyChoices() {
        return countyChoices.size() > 1 ? countyChoices : List.of();
    }

    public List<SummaryRow> getSummary() {
        return summary;
    }

    public List<CarrierLine> getCarriers() {
        return carriers;
    }

    public String getOccupancyChart() {
        return occupancyChart;
    }

    public String getExitChart() {
        return exitChart;
    }

    public Long getCounty() {
        return county;
    }

    public void setCounty(Long county) {
        this.county = county;
    }

    /** A carrier at the end of the period with its indicators in words. */
    public static final class CarrierLine implements Serializable {

        private static final long serialVersionUID = 1L;

        private final long carrierId;
        private final String name;
        private final String county;
        private final String level;
        private final BigDecimal totalArea;
        private final BigDecimal letArea;
        private final BigDecimal occupancyPercent;
        private final long tenants;
        private final BigDecimal tenantsPerThousand;
        private final long tenantsNew;
        private final long graduates;
        private final long graduatesTotal;
        private final boolean recognised;
        private final boolean allMet;
        private final List<IndicatorText> indicators;
        private final String indicatorsText;

        CarrierLine(IncubatorSummary.CarrierRow c, List<IndicatorText> indicators, String met, String notMet) {
            this.carrierId = c.carrierId();
            this.name = c.name();
            this.county = c.county();
            this.level = c.level().name();
            this.totalArea = c.figures().totalArea();
            this.letArea = c.figures().letArea();
            this.occupancyPercent = c.figures().occupancyPercent();
            this.tenants = c.figures().tenants();
            this.tenantsPerThousand = c.figures().tenantsPerThousand();
            this.tenantsNew = c.tenantsNew();
            this.graduates = c.graduates();
            this.graduatesTotal = c.figures().graduatesTotal();
            this.recognised = !c.indicators().isEmpty();
            this.allMet = c.allMet();
            this.indicators = List.copyOf(indicators);
            this.indicatorsText = indicators.stream().map(i -> i.text() + " " + (i.met() ? met : notMet))
                    .collect(Collectors.joining("；"));
        }

        public long getCarrierId() {
            return carrierId;
        }

        public String getName() {
            return name;
        }

        public String getCounty() {
            return county;
        }

        public String getLevel() {
            return level;
        }

        public BigDecimal getTotalArea() {
            return totalArea;
        }

        public BigDecimal getLetArea() {
            return letArea;
        }

        public BigDecimal getOccupancyPercent() {
            return occupancyPercent;
        }

        public long getTenants() {
            return tenants;
        }

        public BigDecimal getTenantsPerThousand() {
            return tenantsPerThousand;
        }

        public long getTenantsNew() {
            return tenantsNew;
        }

        public long getGraduates() {
            return graduates;
        }

        public long getGraduatesTotal() {
            return graduatesTotal;
        }

        public boolean isRecognised() {
            return recognised;
        }

        public boolean isAllMet() {
            return allMet;
        }

        public List<IndicatorText> getIndicators() {
            return indicators;
        }

        /** The indicators in one line, for the Excel export. */
        public String getIndicatorsText() {
            return indicatorsText;
        }
    }

    /** A recognition indicator in words: value against the level's threshold, met or not. */
    public record IndicatorText(String key, String text, boolean met) implements Serializable {
    }
}
