package cn.kejiju.workbench.commissioner;

import jakarta.enterprise.context.Dependent;

/** The items the commissioner programme puts on users' to-do lists (待办) when its records change. */
@Dependent
public class CommissionerTodos {

    void agreementChanged(Assignment assignment) {
    }

    void assignmentEnded(Assignment assignment) {
    }

    void logSubmitted(ServiceLog log) {
    }

    void logReviewed(ServiceLog log) {
    }
}
