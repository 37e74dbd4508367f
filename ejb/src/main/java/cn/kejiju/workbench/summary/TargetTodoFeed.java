package cn.kejiju.workbench.summary;

import cn.kejiju.workbench.security.Roles;
import cn.kejiju.workbench.todo.TodoDraft;
import cn.kejiju.workbench.todo.TodoFeed;
import cn.kejiju.workbench.summary.TargetActuals.TargetStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The leaders' warning of targets behind pro rata (指标任务进度滞后): from October 1 to the year's end, one item per
 * target of the current year whose actual value of the year to date is below the target × days elapsed / days in
 * the year, addressed to the leaders of the target's county (city leaders see every county's). A target that
 * catches up, or is removed, resolves its item at the next refresh; so does the new year. Before October the feed
 * reads nothing. The feed runs as the application (no caller, no county scope): the sections compute their
 * figures without a role check of their own, so every section's targets are checked. The item names the figure
 * by its label in the reader's language ({@link TodoDraft#text(String)} of {@code summary.figure.<section>.<key>}).
 */
@ApplicationScoped
public class TargetTodoFeed implements TodoFeed {

    static final String PREFIX = "summary.target.";
    static final String BEHIND = PREFIX + "behind";

    /** The prefix of a figure's label in the web's summary texts. */
    static final String FIGURE_LABEL = "summary.figure.";

    @Inject
    SummaryRepository repository;

    @Inject
    TargetActuals actuals;

    @Override
    public String kindPrefix() {
        return PREFIX;
    }

    @Override
    public List<TodoDraft> due(LocalDate today) {
        if (today.getMonthValue() < TargetProgress.WARNING_FROM.getValue()) {
            return List.of();
        }
        int year = today.getYear();
        Map<String, List<SummaryTarget>> bySection = repository.targets(year, null).stream()
                .collect(Collectors.groupingBy(SummaryTarget::getSection, TreeMap::new, Collectors.toList()));
        List<TodoDraft> warnings = new ArrayList<>();
        bySection.forEach((section, targets) -> actuals.progress(year, targets, today).stream()
                .filter(status -> status.progress().warns()).map(TargetTodoFeed::warning).forEach(warnings::add));
        return warnings;
    }

    static TodoDraft warning(TargetStatus status) {
        SummaryTarget target = status.target();
        TargetProgress progress = status.progress();
        return TodoDraft.of(BEHIND, SummaryTargetService.RECORD, target.getId())
                .countyId(target.getCountyId())
                .role(Roles.LEADER)
                .message("todo." + BEHIND, status.county(), TodoDraft.text(FIGURE_LABEL + target.getSection() + "." + target.getFigure()),
                        Wording.plain(target.getValue()), Wording.plain(progress.actual()),
                        progress.percent() == null ? "—" : Wording.plain(progress.percent()),
                        Wording.plain(progress.expected()))
                .link("/summary/targets.xhtml")
                .dueOn(LocalDate.of(target.getYear(), 12, 31))
                .build();
    }
}
