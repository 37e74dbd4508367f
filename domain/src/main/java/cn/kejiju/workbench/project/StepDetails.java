package cn.kejiju.workbench.project;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a step is recorded with: the day it happened, a note (the reason for 未立项), the grant for 立项, the due days
 * of the mid-term report and the acceptance for 合同 (the acceptance's new due day for a deferral), the result of
 * an acceptance.
 */
public record StepDetails(LocalDate on, String note, BigDecimal grant, LocalDate midTermDue,
                          LocalDate acceptanceDue, AcceptanceResult result) {

    public static StepDetails on(LocalDate day) {
        return new StepDetails(day, null, null, null, null, null);
    }
}
