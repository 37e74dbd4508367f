package cn.kejiju.workbench.financing;

import cn.kejiju.workbench.enterprise.Enterprise;

import java.math.BigDecimal;

/** What an enterprise applies for: product, amount, term, purpose, the bank and guarantee company it asks. */
public record ApplicationContent(Enterprise enterprise, Product product, BigDecimal amount, Integer termMonths,
                                 String purpose, Partner bank, Partner guarantor) {
}
