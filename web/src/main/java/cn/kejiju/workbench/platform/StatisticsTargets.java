package cn.kejiju.workbench.platform;

import cn.kejiju.workbench.summary.SummaryTarget;
import cn.kejiju.workbench.summary.SummaryTargetService;
import cn.kejiju.workbench.summary.TargetActuals.TargetStatus;
import cn.kejiju.workbench.summary.TargetProgress;
import cn.kejiju.workbench.summary.Wording;
import cn.kejiju.workbench.summary.pages.SummaryTargetsPage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The targets panel of every statistics page and of the home page (the tag {@code wb:targets}): the targets
 * (指标任务) of the chosen period's year for the figures of the page's sections (the home page: {@value #EVERY}, of
 * every section), actual against target with percent done, for the chosen
 * county, or for a city user each county's followed by the city's total of each figure (the sum of the counties'
 * targets and actual values, as the summary of the city counts them). Read once per request and choice.
 */
@Named
@RequestScoped
public class StatisticsTargets {

    /** The sections' value that stands for every section (the home page's panel). */
    public static final String EVERY = "*";

    @Inject
    SummaryTargetService targets;

    @Inject
    PageMessages messages;

    private final Map<String, List<Row>> read = new HashMap<>();

    /**
     * One target row: a county's ({@code total} false) or the city's total of a figure.
     *
     * @param key "section.figure", the figure the row is about
     */
    public record Row(String key, String county, boolean total, String label, String value, String actual,
                      String percent, int bar, String expected, boolean behind) implements Serializable {
    }

    /**
     * The rows of {@code sections} (keys separated by commas) for {@code year} and {@code county} (null: every
     * county the caller sees; a city user then also reads the city's totals).
     */
    public List<Row> rows(String sections, Integer year, Long county) {
        int chosenYear = year == null || year == 0 ? targets.today().getYear() : year;
        return read.computeIfAbsent(sections + "/" + chosenYear + "/" + county,
                key -> compute(Set.copyOf(Arrays.asList(sections.split("\\s*,\\s*"))), chosenYear, county));
    }

    /** The current year (the home page's panel). */
    public int getCurrentYear() {
        return targets.today().getYear();
    }

    private List<Row> compute(Set<String> sections, int year, Long county) {
        List<TargetStatus> statuses = sections.contains(EVERY) ? targets.progress(year, county)
                : targets.progress(year, county, sections);
        List<Row> rows = new ArrayList<>(statuses.stream().map(StatisticsTargets::row).toList());
        if (county == null && targets.cityLevel()) {
            rows.addAll(totals(statuses, year, targets.today()));
        }
        return rows;
    }

    private static Row row(TargetStatus status) {
        SummaryTarget t = status.target();
        return row(t.getSection() + "." + t.getFigure(), status.county(), false,
                SummaryTargetsPage.label(t.getSection(), t.getFigure()), status.progress());
    }

    private List<Row> totals(List<TargetStatus> statuses, int year, LocalDate today) {
        Map<String, List<TargetStatus>> byFigure = statuses.stream().collect(Collectors.groupingBy(
                s -> s.target().getSection() + "." + s.target().getFigure(), LinkedHashMap::new, Collectors.toList()));
        String city = messages.text("statistics.targets.cityTotal");
        return byFigure.values().stream().map(list -> {
            SummaryTarget first = list.get(0).target();
            BigDecimal target = list.stream().map(s -> s.progress().target()).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal actual = list.stream().map(s -> s.progress().actual()).reduce(BigDecimal.ZERO, BigDecimal::add);
            return row(first.getSection() + "." + first.getFigure(), city, true,
                    SummaryTargetsPage.label(first.getSection(), first.getFigure()),
                    TargetProgress.of(target, actual, year, today));
        }).toList();
    }

    private static Row row(String key, String county, boolean total, String label, TargetProgress p) {
        return new Row(key, county, total, label, Wording.plain(p.target()), Wording.plain(p.actual()),
                p.percent() == null ? "—" : Wording.plain(p.percent()) + "%", p.bar(), Wording.plain(p.expected()),
                p.behindProRata());
    }
}
