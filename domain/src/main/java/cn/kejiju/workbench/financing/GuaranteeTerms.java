package cn.kejiju.workbench.financing;

import cn.kejiju.workbench.shared.ClerkInput;
import cn.kejiju.workbench.shared.RuleViolationException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The guarantee a prepared approval proposes: the guaranteed amount (not above the loan applied for), the
 * annual fee rate in percent (at most four places, 0–100), the period, and the counter-guarantees.
 */
public record GuaranteeTerms(BigDecimal amount, BigDecimal feeRate, LocalDate startDate, LocalDate endDate,
                             List<CounterGuarantee> counterGuarantees) {

    public static final int COUNTER_MAX = 20;

    public GuaranteeTerms {
        amount = Yuan.positive(amount, "guaranteeAmount");
        if (feeRate == null) {
            throw new RuleViolationException("field.required", "feeRate");
        }
        if (feeRate.signum() < 0 || feeRate.compareTo(BigDecimal.valueOf(100)) > 0
                || feeRate.stripTrailingZeros().scale() > 4) {
            throw new RuleViolationException("financing.guarantee.feeRate", "feeRate");
        }
        feeRate = feeRate.setScale(4);
        ClerkInput.present(startDate, "startDate");
        ClerkInput.present(endDate, "endDate");
        if (endDate.isBefore(startDate)) {
            throw new RuleViolationException("financing.guarantee.period", "endDate");
        }
        counterGuarantees = counterGuarantees == null ? List.of() : List.copyOf(counterGuarantees);
        if (counterGuarantees.size() > COUNTER_MAX) {
            throw new RuleViolationException("financing.guarantee.tooManyCounter", "counterGuarantees", COUNTER_MAX);
        }
    }

    /** The counter-guarantees' total value. */
    public BigDecimal counterValue() {
        return counterGuarantees.stream().map(CounterGuarantee::getValue).reduce(BigDecimal.ZERO.setScale(2),
                BigDecimal::add);
    }
}
