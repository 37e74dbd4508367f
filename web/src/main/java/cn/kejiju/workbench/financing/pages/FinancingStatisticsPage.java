package cn.kejiju.workbench.financing.pages;

import cn.kejiju.workbench.commissioner.SummaryFigure;
import cn.kejiju.workbench.commissioner.pages.PeriodChoice;
import cn.kejiju.workbench.financing.FinancingStatistics;
import cn.kejiju.workbench.financing.FinancingStatisticsService;
import cn.kejiju.workbench.financing.LoanClass;
import cn.kejiju.workbench.financing.Yuan;
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
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The financing statistics ({@code financing/statistics.xhtml}) for a half-year, a year or any span: the table of
 * counties (city users, who may choose one county), the figures with the start of the period and the same period
 * last year in 元 and 万元, the guarantee companies' balance and headroom, the agreements' quota used, a bar chart
 * of new financing per county and one of the loans by class, the Excel export and the A4 print. Everything is
 * computed in the database by {@link FinancingStatisticsService}.
 */
@Named
@ViewScoped
public class FinancingStatisticsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FORM = "periodForm";
    private static final String NONE = "—";

    @Inject
    FinancingStatisticsService statisticsService;

    @Inject
    PageMessages messages;

    private PeriodChoice period;
    private Long county;

    private LocalDate periodFrom;
    private LocalDate periodTo;
    private String scopeName = "";
    private List<CountyLine> counties = List.of();
    private List<FinancingStatistics.CountyRow> countyChoices = List.of();
    private List<FigureLine> summary = List.of();
    private List<GuarantorLine> guarantors = List.of();
    private List<AgreementLine> agreements = List.of();
    private String financingChart;
    private String classChart;

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

    private void show(FinancingStatistics s) {
        periodFrom = s.period().from();
        periodTo = s.period().to();
        county = s.county();
        String cityTotal = messages.text("financing.statistics.cityTotal");
        counties = s.counties().stream().map(r -> new CountyLine(r, r.countyId() == null ? cityTotal : r.county()))
                .toList();
        countyChoices = s.counties().stream().filter(r -> r.countyId() != null).toList();
        scopeName = s.countyName() != null ? s.countyName()
                : countyChoices.size() == 1 ? countyChoices.get(0).county() : messages.text("financing.statistics.city");
        summary = s.figures().stream()
                .map(f -> new FigureLine(f, messages.text("financing.statistics.figure." + f.key()))).toList();
        guarantors = s.guarantors().stream().map(GuarantorLine::new).toList();
        agreements = s.agreements().stream().map(AgreementLine::new).toList();
        financingChart = financingChart(s);
        classChart = classChart(s);
    }

    /** New financing of the period per county (万元). */
    private String financingChart(FinancingStatistics s) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder values = Json.createArrayBuilder();
        for (FinancingStatistics.CountyRow r : s.counties()) {
            if (r.countyId() != null) {
                labels.add(r.county());
                values.add(Yuan.wan(r.newAmount()));
            }
        }
        return bar(labels, values, messages.text("financing.statistics.chart.newAmount"), "#42A5F5");
    }

    /** The loans outstanding on the last day by five-category class. */
    private String classChart(FinancingStatistics s) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder values = Json.createArrayBuilder();
        for (LoanClass c : LoanClass.values()) {
            labels.add(messages.text("financing.statistics.class." + c.name()));
            values.add(s.figure("loans." + c.name()).value());
        }
        return bar(labels, values, messages.text("financing.statistics.chart.classes"), "#FFA726");
    }

    private static String bar(JsonArrayBuilder labels, JsonArrayBuilder values, String label, String color) {
        JsonObjectBuilder dataset = Json.createObjectBuilder().add("label", label).add("data", values)
                .add("backgroundColor", color).add("borderColor", color);
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels)
                        .add("datasets", Json.createArrayBuilder().add(dataset)))
                .add("options", Json.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false)
                        .add("scales", Json.createObjectBuilder()
                                .add("y", Json.createObjectBuilder().add("beginAtZero", true))))
                .build().toString();
    }

    static BigDecimal money(BigDecimal yuan) {
        return yuan.setScale(2);
    }

    static String yuanText(BigDecimal value) {
        return value == null ? NONE : Yuan.format(value.setScale(2));
    }

    static String wanText(BigDecimal value) {
        return value == null ? NONE : Yuan.formatWan(value.setScale(2));
    }

    static String percentText(BigDecimal value) {
        return value == null ? NONE : value.toPlainString() + "%";
    }

    /** 元 with grouping and two places ("—" for none), as the page shows money. */
    public String yuan(BigDecimal value) {
        return yuanText(value);
    }

    /** An amount already in 万元, with grouping ("—" for none). */
    public String grouped(BigDecimal wan) {
        if (wan == null) {
            return NONE;
        }
        return new DecimalFormat("#,##0.00####", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(wan);
    }

    /** A rate in percent ("—" for none: nothing released). */
    public String percent(BigDecimal value) {
        return percentText(value);
    }

    /** What the export writes for a value: the exact number, or "—" for none. */
    public String exported(BigDecimal value) {
        return value == null ? NONE : value.toPlainString();
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
    public List<FinancingStatistics.CountyRow> getCountyChoices() {
        return countyChoices.size() > 1 ? countyChoices : List.of();
    }

    public List<FigureLine> getSummary() {
        return summary;
    }

    public List<GuarantorLine> getGuarantors() {
        return guarantors;
    }

    public List<AgreementLine> getAgreements() {
        return agreements;
    }

    public String getFinancingChart() {
        return financingChart;
    }

    public String getClassChart() {
        return classChart;
    }

    public Long getCounty() {
        return county;
    }

    public void setCounty(Long county) {
        this.county = county;
    }

    /** One figure in words: amounts in 元 with their 万元, counts as they are, the rate in percent, "—" for none. */
    public static final class FigureLine implements Serializable {

        private static final long serialVersionUID = 1L;

        private final String key;
        private final String label;
        private final boolean money;
        private final String atStart;
        private final String value;
        private final String valueWan;
        private final String change;
        private final String lastYear;
        private final String lastYearWan;
        private final String growth;
        private final String atStartPlain;
        private final String valuePlain;
        private final String valueWanPlain;
        private final String changePlain;
        private final String lastYearPlain;
        private final String lastYearWanPlain;
        private final String growthPlain;

        FigureLine(SummaryFigure f, String label) {
            this.key = f.key();
            this.label = label;
            String unit = FinancingStatistics.unitOf(f.key());
            this.money = unit.equals("YUAN");
            this.atStart = text(f.atStart(), unit);
            this.value = text(f.value(), unit);
            this.valueWan = money ? wanText(f.value()) : NONE;
            this.change = text(f.change(), unit);
            this.lastYear = text(f.lastYear(), unit);
            this.lastYearWan = money ? wanText(f.lastYear()) : NONE;
            this.growth = percentText(f.growthPercent());
            this.atStartPlain = plain(f.atStart());
            this.valuePlain = plain(f.value());
            this.valueWanPlain = money && f.value() != null ? Yuan.wan(f.value().setScale(2)).toPlainString() : NONE;
            this.changePlain = plain(f.change());
            this.lastYearPlain = plain(f.lastYear());
            this.lastYearWanPlain = money && f.lastYear() != null ? Yuan.wan(f.lastYear().setScale(2)).toPlainString()
                    : NONE;
            this.growthPlain = plain(f.growthPercent());
        }

        private static String plain(BigDecimal value) {
            return value == null ? NONE : value.toPlainString();
        }

        private static String text(BigDecimal value, String unit) {
            if (value == null) {
                return NONE;
            }
            return switch (unit) {
                case "YUAN" -> yuanText(value);
                case "PERCENT" -> percentText(value);
                default -> value.toBigInteger().toString();
            };
        }

        public String getKey() {
            return key;
        }

        public String getLabel() {
            return label;
        }

        public boolean isMoney() {
            return money;
        }

        public String getAtStart() {
            return atStart;
        }

        public String getValue() {
            return value;
        }

        public String getValueWan() {
            return valueWan;
        }

        public String getChange() {
            return change;
        }

        public String getLastYear() {
            return lastYear;
        }

        public String getLastYearWan() {
            return lastYearWan;
        }

        public String getGrowth() {
            return growth;
        }

        /** The same figures for the export: exact numbers, "—" for none. */
        public String getAtStartPlain() {
            return atStartPlain;
        }

        public String getValuePlain() {
            return valuePlain;
        }

        public String getValueWanPlain() {
            return valueWanPlain;
        }

        public String getChangePlain() {
            return changePlain;
        }

        public String getLastYearPlain() {
            return lastYearPlain;
        }

        public String getLastYearWanPlain() {
            return lastYearWanPlain;
        }

        public String getGrowthPlain() {
            return growthPlain;
        }
    }

    /** A county's row (or the city's total): amounts in 元 and 万元, exact (the page formats them, the export not). */
    public record CountyLine(Long countyId, String county, long newCount, BigDecimal newAmount, BigDecimal newAmountWan,
                             BigDecimal cumulativeWan, BigDecimal outstandingWan, long compensations,
                             BigDecimal compensationAmount, BigDecimal releasedWan, BigDecimal compensationRate,
                             BigDecimal recoveries, long overdueLoans, BigDecimal overdueBalanceWan)
            implements Serializable {

        CountyLine(FinancingStatistics.CountyRow r, String name) {
            this(r.countyId(), name, r.newCount(), money(r.newAmount()), Yuan.wan(money(r.newAmount())),
                    Yuan.wan(money(r.cumulative())), Yuan.wan(money(r.outstanding())), r.compensations(),
                    money(r.compensationAmount()), Yuan.wan(money(r.released())), r.compensationRate(),
                    money(r.recoveries()), r.overdueLoans(), Yuan.wan(money(r.overdueBalance())));
        }
    }

    /** A guarantee company's balance and headroom, exact. */
    public record GuarantorLine(long partnerId, String name, String category, BigDecimal netAssetsWan,
                                LocalDate netAssetsOn, int multiple, BigDecimal outstanding, BigDecimal outstandingWan,
                                long outstandingCount, BigDecimal inForceWan, BigDecimal capWan, BigDecimal headroomWan)
            implements Serializable {

        GuarantorLine(FinancingStatistics.GuarantorRow g) {
            this(g.partnerId(), g.name(), g.category().name(), Yuan.wan(money(g.netAssets())), g.netAssetsOn(),
                    g.multiple(), money(g.outstanding()), Yuan.wan(money(g.outstanding())), g.outstandingCount(),
                    Yuan.wan(money(g.inForce())), Yuan.wan(money(g.cap())), Yuan.wan(money(g.headroom())));
        }
    }

    /** An agreement's quota used, exact. */
    public record AgreementLine(long agreementId, String guarantor, String counterparty, BigDecimal quotaWan,
                                LocalDate validFrom, LocalDate validTo, BigDecimal usedWan, BigDecimal headroomWan,
                                BigDecimal outstandingWan) implements Serializable {

        AgreementLine(FinancingStatistics.AgreementRow a) {
            this(a.agreementId(), a.guarantor(), a.counterparty(), Yuan.wan(money(a.quota())), a.validFrom(),
                    a.validTo(), Yuan.wan(money(a.used())), Yuan.wan(money(a.headroom())),
                    Yuan.wan(money(a.outstanding())));
        }
    }
}
