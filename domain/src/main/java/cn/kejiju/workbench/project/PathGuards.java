package cn.kejiju.workbench.project;

import cn.kejiju.workbench.shared.RuleViolationException;

import java.time.Clock;
import java.time.LocalDate;

/**
 * The checks both paths of the project context make before a step, the applications to higher levels
 * ({@link ProjectApplication}) and the county plan ({@link PlanProject}): a step only in the statuses that allow it,
 * and no day of a step in the future.
 */
final class PathGuards {

    private PathGuards() {
    }

    /** Refuses a day after today (on {@code field}). */
    static void requireNotFuture(LocalDate day, String field, Clock clock) {
        if (day.isAfter(LocalDate.now(clock))) {
            throw new RuleViolationException("project.date.future", field);
        }
    }

    /** Refuses (on {@code field}, naming the status) unless {@code status} is one of {@code allowed}. */
    @SafeVarargs
    static <S extends Enum<S>> void requireStatus(S status, String field, S... allowed) {
        for (S s : allowed) {
            if (status == s) {
                return;
            }
        }
        throw new RuleViolationException("project.application.notNow", field, status.name());
    }
}
