package cn.kejiju.workbench.project.pages;

import cn.kejiju.workbench.commissioner.SummaryFigure;
import cn.kejiju.workbench.commissioner.pages.PeriodChoice;
import cn.kejiju.workbench.commissioner.pages.StatisticsPage.SummaryRow;
import cn.kejiju.workbench.platform.PageMessages;
import cn.kejiju.workbench.project.ProjectStatisticsService;
import cn.kejiju.workbench.project.ProjectSummary;
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

/**
 * The statistics of S&T plan projects and innovation indicators ({@code project/statistics.xhtml}) for a half-year,
 * a year or any span: the table of counties (city users, who may choose one county), the figures with the start of
 * the period and the same period last year (amounts in 万元), the programmes, charts of applications and approvals by
 * level and of the funds won against last year, the Excel export and the A4 print. Everything is computed in the
 * database by {@link ProjectStatisticsService}.
 */
@Named
@ViewScoped
public class ProjectStatisticsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FORM = "periodForm";
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    @Inject
    ProjectStatisticsService statisticsService;

    @Inject
    PageMessages messages;

    private PeriodChoice period;
    private Long county;

    private LocalDate periodFrom;
    private LocalDate periodTo;
    private String scopeName = "";
    private List<CountyLine> counties = List.of();
    private List<ProjectSummary.CountyRow> countyChoices = List.of();
    private List<SummaryRow> summary = List.of();
    private List<ProgrammeLine> programmes = List.of();
    private String levelChart;
    private String fundChart;

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

    private void show(ProjectSummary s) {
        periodFrom = s.period().from();
        periodTo = s.period().to();
        county = s.county();
        String cityTotal = messages.text("project.statistics.cityTotal");
        counties = s.counties().stream().map(r -> new CountyLine(r, r.countyId() == null ? cityTotal : r.county()))
                .toList();
        countyChoices = s.counties().stream().filter(r -> r.countyId() != null).toList();
        scopeName = s.countyName() != null ? s.countyName()
                : countyChoices.size() == 1 ? countyChoices.get(0).county() : messages.text("project.statistics.city");
        summary = s.figures().stream()
                .map(f -> new SummaryRow(amount(f.key()) ? inWan(f) : f,
                        messages.text("project.statistics.figure." + f.key()))).toList();
        programmes = s.programmes().stream().map(ProgrammeLine::new).toList();
        levelChart = levelChart(s);
        fundChart = fundChart(s);
    }

    /** Whether a figure is an amount of yuan (shown in 万元). */
    static boolean amount(String key) {
        return key.startsWith("funds") || key.equals("received") || key.equals("planFunds")
                || key.equals("planPaid");
    }

    private static SummaryFigure inWan(SummaryFigure f) {
        return new SummaryFigure(f.key(), f.stock(), wan(f.atStart()), wan(f.value()), wan(f.change()),
                f.newInPeriod(), wan(f.lastYear()), f.growthPercent());
    }

    /** Yuan in 万元, exact. */
    static BigDecimal wan(BigDecimal yuan) {
        return yuan == null ? null : yuan.divide(TEN_THOUSAND).stripTrailingZeros();
    }

    static String wanText(BigDecimal yuan) {
        return wan(yuan).toPlainString();
    }

    /** Applications and approvals of the period by level (bars). */
    private String levelChart(ProjectSummary s) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder applications = Json.createArrayBuilder();
        JsonArrayBuilder approvals = Json.createArrayBuilder();
        for (String level : ProjectSummary.LEVELS) {
            labels.add(messages.text("project.statistics.level." + level));
            applications.add(s.figure("applications." + level).value());
            approvals.add(s.figure("approvals." + level).value());
        }
        return bars(labels, dataset(messages.text("project.statistics.chart.applications"), applications, "#90CAF9"),
                dataset(messages.text("project.statistics.chart.approvals"), approvals, "#1E88E5"));
    }

    /** Funds won by level (万元): the period against the same period last year. */
    private String fundChart(ProjectSummary s) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder now = Json.createArrayBuilder();
        JsonArrayBuilder before = Json.createArrayBuilder();
        for (String level : ProjectSummary.FUND_LEVELS) {
            SummaryFigure f = s.figure("funds." + level);
            labels.add(messages.text("project.statistics.level." + level));
            now.add(wan(f.value()));
            before.add(wan(f.lastYear()));
        }
        return bars(labels, dataset(messages.text("project.statistics.chart.thisPeriod"), now, "#66BB6A"),
                dataset(messages.text("project.statistics.chart.lastYear"), before, "#BDBDBD"));
    }

    private static String bars(JsonArrayBuilder labels, JsonObjectBuilder first, JsonObjectBuilder second) {
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels)
                        .add("datasets", Json.createArrayBuilder().add(first).add(second)))
                .add("options", Json.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false)
                        .add("scales", Json.createObjectBuilder()
                                .add("y", Json.createObjectBuilder().add("beginAtZero", true))))
                .build().toString();
    }

    private static JsonObjectBuilder dataset(String label, JsonArrayBuilder data, String color) {
        return Json.createObjectBuilder().add("label", label).add("data", data)
                .add("backgroundColor", color).add("borderColor", color);
    }

    private static String percent(BigDecimal rate) {
        return rate == null ? "—" : rate.toPlainString() + "%";
    }

    /** How the period is chosen (the filter bar shared with the other statistics). */
    public PeriodChoice getPeriod() {
        return period;
    }

    public String getPeriodText() {
        return periodFrom + " – " + periodTo;
    }

    public String getScopeName() {
        return scopeName;
    }

    public List<CountyLine> getCounties() {
        return counties;
    }

    /** The counties a city user may choose from (empty for a county user). */
    public List<ProjectSummary.CountyRow> getCountyChoices() {
        return countyChoices.size() > 1 ? countyChoices : List.of();
    }

    public List<SummaryRow> getSummary() {
        return summary;
    }

    public List<ProgrammeLine> getProgrammes() {
        return programmes;
    }

    public String getLevelChart() {
        return levelChart;
    }

    public String getFundChart() {
        return fundChart;
    }

    public Long getCounty() {
        return county;
    }

    public void setCounty(Long county) {
        this.county = county;
    }

    /** One county's row (or the city's total) as shown: amounts in 万元, the rate with "—" when nothing was decided. */
    public record CountyLine(Long countyId, String county, long applications, long approvals, String successRate,
                             String funds, String received, long acceptancesDue, long acceptancesOverdue,
                             long patentsApplied, long patentsGranted, long highTechRecognised, long highTechValid)
            implements Serializable {

        CountyLine(ProjectSummary.CountyRow r, String name) {
            this(r.countyId(), name, r.applications(), r.approvals(), percent(r.successRate()), wanText(r.funds()),
                    wanText(r.received()), r.acceptancesDue(), r.acceptancesOverdue(), r.patentsApplied(),
                    r.patentsGranted(), r.highTechRecognised(), r.highTechValid());
        }
    }

    /** One programme's row as shown. */
    public record ProgrammeLine(long programmeId, String name, String level, long applications, long approvals,
                                long decided, String successRate, String funds, String received)
            implements Serializable {

        ProgrammeLine(ProjectSummary.ProgrammeRow r) {
            this(r.programmeId(), r.name(), r.level().name(), r.applications(), r.approvals(), r.decided(),
                    percent(r.successRate()), wanText(r.funds()), wanText(r.received()));
        }
    }
}
