package cn.kejiju.workbench.summary;

import cn.kejiju.workbench.security.Roles;
import cn.kejiju.workbench.todo.TodoDraft;
import cn.kejiju.workbench.todo.TodoFeed;
import cn.kejiju.workbench.summary.TargetActuals.TargetStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import jakarta.ejb.EJBAccessException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The leaders' warning of targets behind pro rata (指标任务进度滞后): from October 1 to the year's end, one item per
 * target of the current year whose actual value of the year to date is below the target × days elapsed / days in
 * the year, addressed to the leaders of the target's county (city leaders see every county's). A target that
 * catches up, or is removed, resolves its item at the next refresh; so does the new year. Before October the feed
 * reads nothing. The feed runs as the system: a section that reads through a role-guarded statistics service
 * (commissioners, incubators) refuses it, and its targets are left out with a warning in the log.
 */
@ApplicationScoped
public class TargetTodoFeed implements TodoFeed {

    private static final Logger LOG = Logger.getLogger(TargetTodoFeed.class.getName());

    static final String PREFIX = "summary.target.";
    static final String BEHIND = PREFIX + "behind";

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
        bySection.forEach((section, targets) -> {
            try {
                actuals.progress(year, targets, today).stream().filter(status -> status.progress().warns())
                        .map(TargetTodoFeed::warning).forEach(warnings::add);
            } catch (EJBAccessException e) {
                // a section that reads through a service guarded by roles cannot be asked by the system
                LOG.warning(() -> "Targets of section " + section + " not checked: the section refuses the system ("
                        + e.getMessage() + ")");
            }
        });
        return warnings;
    }

    static TodoDraft warning(TargetStatus status) {
        SummaryTarget target = status.target();
        TargetProgress progress = status.progress();
        return TodoDraft.of(BEHIND, SummaryTargetService.RECORD, target.getId())
                .countyId(target.getCountyId())
                .role(Roles.LEADER)
                .message("todo." + BEHIND, status.county(), target.getSection() + "." + target.getFigure(),
                        Wording.plain(target.getValue()), Wording.plain(progress.actual()),
                        progress.percent() == null ? "—" : Wording.plain(progress.percent()),
                        Wording.plain(progress.expected()))
                .link("/summary/targets.xhtml")
                .dueOn(LocalDate.of(target.getYear(), 12, 31))
                .build();
    }
}
