package cn.kejiju.workbench.financing;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What a bank disburses under a guarantee: principal (yuan), annual rate (percent), dates and schedule method. */
public record LoanTerms(BigDecimal principal, BigDecimal annualRate, LocalDate disbursedOn, LocalDate maturity,
                        ScheduleMethod method) {
}
