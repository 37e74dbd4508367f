package cn.kejiju.workbench.project;

import cn.kejiju.workbench.financing.Yuan;
import cn.kejiju.workbench.shared.RuleViolationException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.math.BigDecimal;

/**
 * A project's budget in yuan, exact to the fen: the total (总投资), what the applicants raise themselves (自筹) and
 * what they ask the programme for (申请资助). Self-raised plus requested is exactly the total; the requested amount
 * is positive (an application asks for something), self-raised may be zero.
 */
@Embeddable
public class ProjectBudget {

    @Column(name = "budget_total", nullable = false, precision = 19, scale = 2)
    private BigDecimal total;

    @Column(name = "self_raised", nullable = false, precision = 19, scale = 2)
    private BigDecimal selfRaised;

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal requested;

    protected ProjectBudget() {
        // for JPA
    }

    public ProjectBudget(BigDecimal total, BigDecimal selfRaised, BigDecimal requested) {
        BigDecimal all = Yuan.positive(total, "total");
        BigDecimal own = Yuan.notNegative(selfRaised, "selfRaised");
        BigDecimal asked = Yuan.positive(requested, "requested");
        if (own.add(asked).compareTo(all) != 0) {
            throw new RuleViolationException("project.budget.sum", "total", Yuan.format(own), Yuan.format(asked),
                    Yuan.format(own.add(asked)));
        }
        this.total = all;
        this.selfRaised = own;
        this.requested = asked;
    }

    public BigDecimal getTotal() {
        return total;
    }

    public BigDecimal getSelfRaised() {
        return selfRaised;
    }

    public BigDecimal getRequested() {
        return requested;
    }
}
