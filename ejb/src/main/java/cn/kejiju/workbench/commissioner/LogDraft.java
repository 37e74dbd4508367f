package cn.kejiju.workbench.commissioner;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a clerk submits for a service log, as entered: the varieties and technologies introduced are
 * names, matched to the county's named items (new names become new items). {@link #of} is the state
 * the audit trail compares.
 */
public record LogDraft(Long assignmentId, LocalDate serviceDate, ServiceKind kind, BigDecimal days,
                       Integer peopleTrained, Integer demonstrationBases, BigDecimal income, String summary,
                       List<String> varieties, List<String> technologies) {

    public LogDraft {
        varieties = varieties == null ? List.of() : List.copyOf(varieties);
        technologies = technologies == null ? List.of() : List.copyOf(technologies);
    }

    public static LogDraft of(ServiceLog log) {
        return new LogDraft(log.getAssignment().getId(), log.getServiceDate(), log.getKind(), log.getDays(),
                log.getPeopleTrained(), log.getDemonstrationBases(), log.getIncome(), log.getSummary(),
                names(log, InnovationKind.VARIETY), names(log, InnovationKind.TECHNOLOGY));
    }

    private static List<String> names(ServiceLog log, InnovationKind kind) {
        return log.getIntroductions().stream().map(Introduction::getInnovation)
                .filter(i -> i.getKind() == kind).map(Innovation::getName).toList();
    }
}
