package cn.kejiju.workbench.incubator;

import cn.kejiju.workbench.shared.RuleViolationException;

import java.math.BigDecimal;

/**
 * An incubatee's figures of one year (年度数据): revenue and investment received in 万元 (two decimals, kept
 * exactly), employees at the year's end, patents applied for and granted in the year.
 */
public record YearValues(BigDecimal revenue, BigDecimal investment, int employees, int patentsApplied,
                         int patentsGranted) {

    public static final String MONEY_MAX = "999999999";
    public static final int COUNT_MAX = 1_000_000;

    public YearValues {
        revenue = Fields.decimal(revenue, "revenue", 2, new BigDecimal(MONEY_MAX), true);
        investment = Fields.decimal(investment, "investment", 2, new BigDecimal(MONEY_MAX), true);
        count(employees, "employees");
        count(patentsApplied, "patentsApplied");
        count(patentsGranted, "patentsGranted");
    }

    private static void count(int value, String field) {
        if (value < 0 || value > COUNT_MAX) {
            throw new RuleViolationException("field.range", field, 0, COUNT_MAX);
        }
    }
}
