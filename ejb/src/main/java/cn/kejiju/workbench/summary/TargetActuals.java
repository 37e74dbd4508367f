package cn.kejiju.workbench.summary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The actual values of targets: each target's figure for its county from January 1 to the day (the whole year
 * once past; nothing before the year begins), asked of the figure's {@link SummarySection} as the summary asks
 * it, once per county and section that have targets. Shared by the targets service and the to-do feed.
 */
@ApplicationScoped
public class TargetActuals {

    /** A target with its county's name and its progress on the day. */
    public record TargetStatus(SummaryTarget target, String county, TargetProgress progress)
            implements java.io.Serializable {
    }

    @Inject
    @Any
    Instance<SummarySection> sections;

    @Inject
    SectionQueries queries;

    /** The progress of {@code targets} (all of {@code year}) on {@code today}. */
    public List<TargetStatus> progress(int year, List<SummaryTarget> targets, LocalDate today) {
        if (targets.isEmpty()) {
            return List.of();
        }
        LocalDate last = TargetProgress.yearToDate(year, today);
        SummaryPeriod period = last == null ? null
                : today.getYear() > year ? SummaryPeriod.year(year) : SummaryPeriod.custom(LocalDate.of(year, 1, 1), last);
        Map<String, SummarySection> bySection = new HashMap<>();
        sections.forEach(section -> bySection.put(section.key(), section));
        Map<String, SectionContent> asked = new HashMap<>();
        Map<Long, String> names = queries.counties(null);
        return targets.stream().map(target -> {
            BigDecimal actual = BigDecimal.ZERO;
            SummarySection section = bySection.get(target.getSection());
            if (period != null && section != null) {
                SectionContent content = asked.computeIfAbsent(target.getCountyId() + "/" + target.getSection(),
                        key -> section.contribute(period, target.getCountyId()));
                actual = content.figure(target.getFigure()).map(Figure::value).orElse(BigDecimal.ZERO);
            }
            return new TargetStatus(target, names.get(target.getCountyId()), target.progress(actual, today));
        }).toList();
    }
}
