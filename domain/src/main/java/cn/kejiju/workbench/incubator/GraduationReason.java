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

    public String messageKey() {
        return "incubator.graduation.reason." + criterion.name();
    }
}
