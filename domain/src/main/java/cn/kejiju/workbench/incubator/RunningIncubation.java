package cn.kejiju.workbench.incubator;

import java.time.LocalDate;

/** An incubation that has not exited, with its running agreement, as the to-do feed reads it. */
public record RunningIncubation(long incubateeId, long agreementId, long countyId, String enterprise, String industry,
                                LocalDate enteredOn) {
}
