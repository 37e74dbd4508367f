package cn.kejiju.workbench.incubator;

import java.util.List;

/**
 * One criterion an incubatee meets, with what shows it, for the reasons in words: the message key is
 * {@code incubator.graduation.reason.<criterion>} and the arguments fill it (a certificate number and day, a
 * sum and the threshold, two years and their revenue, the kind and day of a listing).
 */
public record GraduationReason(GraduationCriterion criterion, List<String> arguments) {

    public GraduationReason {
        arguments = List.copyOf(arguments);
    }

    /**
     * The key of the reason in words: {@code incubator.graduation.reason.<criterion>} (for a listing
     * {@code ….LISTING.<kind>}); without arguments (a graduation recorded) {@code incubator.graduation.basis.<criterion>}.
     */
    public String messageKey() {
        if (arguments.isEmpty()) {
            return "incubator.graduation.basis." + criterion.name();
        }
        return "incubator.graduation.reason." + criterion.name()
                + (criterion == GraduationCriterion.LISTING ? "." + arguments.get(0) : "");
    }
}
