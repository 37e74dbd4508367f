package cn.kejiju.workbench.financing;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One line of a generated schedule: the instalment's number (from 1), due date, principal and interest in yuan. */
public record InstalmentPlan(int number, LocalDate dueOn, BigDecimal principal, BigDecimal interest) {

    public BigDecimal total() {
        return principal.add(interest);
    }
}
