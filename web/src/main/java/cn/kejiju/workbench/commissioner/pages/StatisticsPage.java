package cn.kejiju.workbench.commissioner.pages;

import cn.kejiju.workbench.commissioner.CommissionerStatistics;
import cn.kejiju.workbench.commissioner.CountyRow;
import cn.kejiju.workbench.commissioner.IntroducedItem;
import cn.kejiju.workbench.commissioner.PeriodSummary;
import cn.kejiju.workbench.commissioner.SummaryFigure;
import cn.kejiju.workbench.commissioner.StatisticsPeriod;
import cn.kejiju.workbench.commissioner.StatisticsService;
import cn.kejiju.workbench.platform.PageMessages;
import cn.kejiju.workbench.shared.DomainException;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The programme's statistics (统计, {@code commissioner/statistics.xhtml}) for a half-year, a year or
 * any span: the figures a work summary quotes, as one table of label and value (also the Excel
 * export), the breakdowns of commissioners, and charts by month and by field (Chart.js configurations
 * for {@code p:chart}). Everything is computed by {@link StatisticsService} in the database.
 */
@Named
@ViewScoped
public class StatisticsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FORM = "periodForm";

    @Inject
    StatisticsService statisticsService;

    @Inject
    PageMessages messages;

    private PeriodChoice period;

    private Long county;
    private List<CountyRow> counties = List.of();
    private List<CountyRow> countyChoices = List.of();
    private String scopeName = "";
    private List<SummaryRow> summary = List.of();
    private List<IntroducedItem> items = List.of();

    private LocalDate periodFrom;
    private LocalDate periodTo;
    private int quotaYear;
    private List<Figure> figures = List.of();
    private List<BreakdownRow> breakdowns = List.of();
    private String monthChart;
    private String fieldChart;

    @PostConstruct
    void init() {
        period = new PeriodChoice(statisticsService.today());
        compute();
    }

    /** Computes the figures of the chosen period; a refused period stays next to its field. */
    public void compute() {
        try {
            StatisticsPeriod chosen = period.period();
            show(statisticsService.of(chosen, county));
            showSummary(statisticsService.summary(chosen, county));
        } catch (DomainException | EJBException e) {
            messages.showRefusal(e, FORM, Set.of("from", "to"));
        }
    }

    private void show(CommissionerStatistics s) {
        periodFrom = s.period().from();
        periodTo = s.period().to();
        quotaYear = s.quotaYear();
        List<Figure> all = new ArrayList<>();
        String commissioners = messages.text("commissioner.statistics.section.commissioners");
        all.add(new Figure("commissionersServing", commissioners, messages.text("commissioner.statistics.commissionersServing"), s.commissionersServing()));
        all.add(new Figure("commissionersNew", commissioners, messages.text("commissioner.statistics.commissionersNew"), s.commissionersNew()));
        breakdowns = new ArrayList<>();
        addBreakdowns(all, "field", s.byField());
        addBreakdowns(all, "kind", s.byKind());
        addBreakdowns(all, "dispatchLevel", s.byDispatchLevel());
        String targets = messages.text("commissioner.statistics.section.targets");
        all.add(new Figure("targetsServed", targets, messages.text("commissioner.statistics.targetsServed"), s.targetsServedTotal()));
        for (CommissionerStatistics.Count count : s.targetsServed()) {
            all.add(new Figure("targets." + count.key(), targets, messages.text("target.kind." + count.key()), count.count()));
        }
        String service = messages.text("commissioner.statistics.section.service");
        all.add(new Figure("visits", service, messages.text("commissioner.statistics.visits"), s.visits()));
        all.add(new Figure("serviceDays", service, messages.text("commissioner.statistics.serviceDays"), s.serviceDays()));
        all.add(new Figure("trainings", service, messages.text("commissioner.statistics.trainings"), s.trainings()));
        all.add(new Figure("peopleTrained", service, messages.text("commissioner.statistics.peopleTrained"), s.peopleTrained()));
        String results = messages.text("commissioner.statistics.section.results");
        all.add(new Figure("varietiesDistinct", results, messages.text("commissioner.statistics.varietiesDistinct"), s.varietiesDistinct()));
        all.add(new Figure("varietyIntroductions", results, messages.text("commissioner.statistics.varietyIntroductions"), s.varietyIntroductions()));
        all.add(new Figure("technologiesDistinct", results, messages.text("commissioner.statistics.technologiesDistinct"), s.technologiesDistinct()));
        all.add(new Figure("technologyIntroductions", results, messages.text("commissioner.statistics.technologyIntroductions"), s.technologyIntroductions()));
        all.add(new Figure("cooperationAgreements", results, messages.text("commissioner.statistics.cooperationAgreements"), s.cooperationAgreements()));
        all.add(new Figure("patentSupports", results, messages.text("commissioner.statistics.patentSupports"), s.patentSupports()));
        all.add(new Figure("venturesCreated", results, messages.text("commissioner.statistics.venturesCreated"), s.venturesCreated()));
        all.add(new Figure("demonstrationBases", results, messages.text("commissioner.statistics.demonstrationBases"), s.demonstrationBases()));
        all.add(new Figure("income", results, messages.text("commissioner.statistics.income"), s.income()));
        all.add(new Figure("adoptionIncome", results, messages.text("commissioner.statistics.adoptionIncome"), s.adoptionIncome()));
        String assessment = messages.text("commissioner.statistics.section.assessment");
        all.add(new Figure("quotaShortfalls", assessment,
                messages.text("commissioner.statistics.quotaShortfalls", String.valueOf(s.quotaYear())), s.quotaShortfalls()));
        figures = all;
        monthChart = monthChart(s);
        fieldChart = fieldChart(s);
    }

    private void showSummary(PeriodSummary p) {
        county = p.county();
        counties = p.counties().stream()
                .map(row -> row.countyId() == null ? withName(row, messages.text("commissioner.statistics.cityTotal")) : row)
                .toList();
        countyChoices = p.counties().stream().filter(row -> row.countyId() != null).toList();
        scopeName = p.countyName() != null ? p.countyName()
                : countyChoices.size() == 1 ? countyChoices.get(0).county() : messages.text("commissioner.statistics.city");
        summary = p.figures().stream().map(f -> new SummaryRow(f, summaryLabel(f.key()))).toList();
        items = p.items();
    }

    private static CountyRow withName(CountyRow r, String name) {
        return new CountyRow(null, name, r.commissioners(), r.commissionersNew(), r.agricultural(), r.agriculturalCity(),
                r.industrialNew(), r.enterprisesLinkedByNew(), r.visits(), r.trainings(), r.peopleTrained(),
                r.introductions(), r.income());
    }

    /** commissioners, commissioners.F, commissioners.F.L, trainings.F, peopleTrained.F or a flow's own key. */
    private String summaryLabel(String key) {
        String[] parts = key.split("\\.");
        if (parts[0].equals("commissioners")) {
            if (parts.length == 1) {
                return messages.text("commissioner.statistics.summary.commissioners");
            }
            String field = messages.text("commissioner.statistics.field." + parts[1]);
            return parts.length == 2 ? messages.text("commissioner.statistics.summary.field", field)
                    : messages.text("commissioner.statistics.summary.fieldLevel", field,
                    messages.text("commissioner.statistics.dispatchLevel." + parts[2]));
        }
        if (parts.length == 2) {
            return messages.text("commissioner.statistics.summary." + parts[0] + "Of",
                    messages.text("commissioner.statistics.field." + parts[1]));
        }
        return messages.text("commissioner.statistics.summary." + key);
    }

    private void addBreakdowns(List<Figure> into, String dimension, List<CommissionerStatistics.Breakdown> rows) {
        String section = messages.text("commissioner.statistics.by." + dimension);
        for (CommissionerStatistics.Breakdown row : rows) {
            String label = messages.text("commissioner.statistics." + dimension + "." + row.key());
            breakdowns.add(new BreakdownRow(dimension + "." + row.key(), section, label, row.newInPeriod(), row.serving()));
            into.add(new Figure(dimension + "." + row.key() + ".serving", section,
                    messages.text("commissioner.statistics.servingOf", label), row.serving()));
            into.add(new Figure(dimension + "." + row.key() + ".new", section,
                    messages.text("commissioner.statistics.newOf", label), row.newInPeriod()));
        }
    }

    /** Visits (bars) and people trained (line, own axis) per month. */
    private String monthChart(CommissionerStatistics s) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder visits = Json.createArrayBuilder();
        JsonArrayBuilder trained = Json.createArrayBuilder();
        for (CommissionerStatistics.Month month : s.months()) {
            labels.add(month.month().toString());
            visits.add(month.visits());
            trained.add(month.peopleTrained());
        }
        JsonObject config = Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder()
                        .add("labels", labels)
                        .add("datasets", Json.createArrayBuilder()
                                .add(dataset(messages.text("commissioner.statistics.visits"), visits, "#42A5F5")
                                        .add("yAxisID", "y"))
                                .add(dataset(messages.text("commissioner.statistics.peopleTrained"), trained, "#FFA726")
                                        .add("type", "line").add("yAxisID", "y1").add("tension", 0.3))))
                .add("options", Json.createObjectBuilder()
                        .add("responsive", true)
                        .add("maintainAspectRatio", false)
                        .add("scales", Json.createObjectBuilder()
                                .add("y", axis("left", messages.text("commissioner.statistics.visits")))
                                .add("y1", axis("right", messages.text("commissioner.statistics.peopleTrained"))
                                        .add("grid", Json.createObjectBuilder().add("drawOnChartArea", false)))))
                .build();
        return config.toString();
    }

    /** Commissioners serving and new, by field. */
    private String fieldChart(CommissionerStatistics s) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder serving = Json.createArrayBuilder();
        JsonArrayBuilder fresh = Json.createArrayBuilder();
        for (CommissionerStatistics.Breakdown row : s.byField()) {
            labels.add(messages.text("commissioner.statistics.field." + row.key()));
            serving.add(row.serving());
            fresh.add(row.newInPeriod());
        }
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder()
                        .add("labels", labels)
                        .add("datasets", Json.createArrayBuilder()
                                .add(dataset(messages.text("commissioner.statistics.serving"), serving, "#66BB6A"))
                                .add(dataset(messages.text("commissioner.statistics.new"), fresh, "#AB47BC"))))
                .add("options", Json.createObjectBuilder()
                        .add("responsive", true)
                        .add("maintainAspectRatio", false)
                        .add("scales", Json.createObjectBuilder()
                                .add("y", Json.createObjectBuilder().add("beginAtZero", true)
                                        .add("ticks", Json.createObjectBuilder().add("precision", 0)))))
                .build().toString();
    }

    private static JsonObjectBuilder dataset(String label, JsonArrayBuilder data, String color) {
        return Json.createObjectBuilder().add("label", label).add("data", data)
                .add("backgroundColor", color).add("borderColor", color);
    }

    private static JsonObjectBuilder axis(String position, String title) {
        return Json.createObjectBuilder().add("position", position).add("beginAtZero", true)
                .add("ticks", Json.createObjectBuilder().add("precision", 0))
                .add("title", Json.createObjectBuilder().add("display", true).add("text", title));
    }

    /** How the period is chosen (the filter bar). */
    public PeriodChoice getPeriod() {
        return period;
    }

    /** First day of the period shown. */
    public LocalDate getPeriodFrom() {
        return periodFrom;
    }

    /** Last day of the period shown. */
    public LocalDate getPeriodTo() {
        return periodTo;
    }

    /** The year whose quota the shortfalls count. */
    public int getQuotaYear() {
        return quotaYear;
    }

    public List<Figure> getFigures() {
        return figures;
    }

    public List<BreakdownRow> getBreakdowns() {
        return breakdowns;
    }

    public String getMonthChart() {
        return monthChart;
    }

    public String getFieldChart() {
        return fieldChart;
    }

    public Long getCounty() {
        return county;
    }

    public void setCounty(Long county) {
        this.county = county;
    }

    /** The table of counties (city users: each county and the city's total). */
    public List<CountyRow> getCounties() {
        return counties;
    }

    /** The counties a city user may choose from (empty for a county user). */
    public List<CountyRow> getCountyChoices() {
        return countyChoices.size() > 1 ? countyChoices : List.of();
    }

    /** The county shown, or the city. */
    public String getScopeName() {
        return scopeName;
    }

    /** The period shown, as the title and the export say it. */
    public String getPeriodText() {
        return periodFrom + " – " + periodTo;
    }

    public List<SummaryRow> getSummary() {
        return summary;
    }

    public List<IntroducedItem> getItems() {
        return items;
    }

    /** One figure: a key for tests and links, its section, label and value. */
    public static final class Figure implements Serializable {

        private static final long serialVersionUID = 1L;

        private final String key;
        private final String section;
        private final String label;
        private final String value;

        Figure(String key, String section, String label, long value) {
            this(key, section, label, String.valueOf(value));
        }

        Figure(String key, String section, String label, BigDecimal value) {
            this(key, section, label, value == null ? "0" : value.stripTrailingZeros().toPlainString());
        }

        private Figure(String key, String section, String label, String value) {
            this.key = key;
            this.section = section;
            this.label = label;
            this.value = value;
        }

        public String getKey() {
            return key;
        }

        public String getSection() {
            return section;
        }

        public String getLabel() {
            return label;
        }

        public String getValue() {
            return value;
        }
    }

    /** One figure of the summary paragraph as the page and the export show it ("—" where there is nothing). */
    public static final class SummaryRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private final String key;
        private final String label;
        private final String atStart;
        private final String value;
        private final String change;
        private final String newInPeriod;
        private final String lastYear;
        private final String growth;

        public SummaryRow(SummaryFigure f, String label) {
            this.key = f.key();
            this.label = label;
            this.atStart = text(f.atStart());
            this.value = text(f.value());
            this.change = text(f.change());
            this.newInPeriod = text(f.newInPeriod());
            this.lastYear = text(f.lastYear());
            this.growth = f.growthPercent() == null ? "—" : f.growthPercent().toPlainString() + "%";
        }

        private static String text(BigDecimal value) {
            return value == null ? "—" : value.stripTrailingZeros().toPlainString();
        }

        public String getKey() {
            return key;
        }

        public String getLabel() {
            return label;
        }

        public String getAtStart() {
            return atStart;
        }

        public String getValue() {
            return value;
        }

        public String getChange() {
            return change;
        }

        public String getNewInPeriod() {
            return newInPeriod;
        }

        public String getLastYear() {
            return lastYear;
        }

        public String getGrowth() {
            return growth;
        }
    }

    /** Commissioners of one field, kind or dispatch level: new in the period and serving. */
    public static final class BreakdownRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private final String key;
        private final String section;
        private final String label;
        private final long newInPeriod;
        private final long serving;

        BreakdownRow(String key, String section, String label, long newInPeriod, long serving) {
            this.key = key;
            this.section = section;
            this.label = label;
            this.newInPeriod = newInPeriod;
            this.serving = serving;
        }

        public String getKey() {
            return key;
        }

        public String getSection() {
            return section;
        }

        public String getLabel() {
            return label;
        }

        public long getNewInPeriod() {
            return newInPeriod;
        }

        public long getServing() {
            return serving;
        }
    }
}
