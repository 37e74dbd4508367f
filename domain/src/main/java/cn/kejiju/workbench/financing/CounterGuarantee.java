package cn.kejiju.workbench.financing;

import cn.kejiju.workbench.shared.ClerkInput;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.math.BigDecimal;

/** A counter-guarantee (反担保) the enterprise gives the guarantee company: its kind, what it is, its value. */
@Embeddable
public class CounterGuarantee {

    public static final int DESCRIPTION_MAX = 200;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private CounterGuaranteeKind kind;

    @Column(nullable = false, length = DESCRIPTION_MAX)
    private String description;

    @Column(name = "value_yuan", nullable = false, precision = 19, scale = 2)
    private BigDecimal value;

    protected CounterGuarantee() {
        // for JPA
    }

    public CounterGuarantee(CounterGuaranteeKind kind, String description, BigDecimal value) {
        this.kind = ClerkInput.present(kind, "counterGuarantees.kind");
        this.description = ClerkInput.required(description, "counterGuarantees.description", DESCRIPTION_MAX);
        this.value = Yuan.notNegative(value, "counterGuarantees.value");
    }

    public CounterGuaranteeKind getKind() {
        return kind;
    }

    public String getDescription() {
        return description;
    }

    public BigDecimal getValue() {
        return value;
    }
}
