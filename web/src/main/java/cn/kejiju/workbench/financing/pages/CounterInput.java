package cn.kejiju.workbench.financing.pages;

import cn.kejiju.workbench.financing.CounterGuaranteeKind;

import java.io.Serializable;
import java.math.BigDecimal;

/** A counter-guarantee row of the prepare-decision form, as typed. */
public class CounterInput implements Serializable {

    private static final long serialVersionUID = 1L;

    private CounterGuaranteeKind kind;
    private String description;
    private BigDecimal value;

    public CounterGuaranteeKind getKind() {
        return kind;
    }

    public void setKind(CounterGuaranteeKind kind) {
        this.kind = kind;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public BigDecimal getValue() {
        return value;
    }

    public void setValue(BigDecimal value) {
        this.value = value;
    }
}
