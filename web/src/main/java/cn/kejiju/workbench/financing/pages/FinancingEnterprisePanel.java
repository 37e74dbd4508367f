package cn.kejiju.workbench.financing.pages;

import cn.kejiju.workbench.financing.ApplicationService;
import cn.kejiju.workbench.financing.ClassificationBands;
import cn.kejiju.workbench.financing.Compensation;
import cn.kejiju.workbench.financing.FinancingApplication;
import cn.kejiju.workbench.financing.Guarantee;
import cn.kejiju.workbench.financing.Loan;
import cn.kejiju.workbench.financing.LoanService;
import cn.kejiju.workbench.financing.LoanStanding;
import cn.kejiju.workbench.financing.Yuan;
import cn.kejiju.workbench.platform.IdParameter;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The panel "融资担保" of the enterprise 360 page ({@code enterprise/detail.xhtml}): the enterprise's financing
 * applications with their guarantees, and its loans with how they stand today (owed, days past due, the five
 * categories) and any compensation still to recover. Four statements.
 */
@Named
@ViewScoped
public class FinancingEnterprisePanel implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ApplicationService applicationService;

    @Inject
    LoanService loanService;

    private List<ApplicationLine> applications;
    private List<LoanLine> loans;

    /** An application with its guarantee, if any. */
    public record ApplicationLine(long id, String product, BigDecimal amountWan, LocalDate submittedOn, String status,
                                  BigDecimal guaranteeWan, String guaranteeStatus) implements Serializable {
    }

    /** A loan with how it stands and its compensation, if any. */
    public record LoanLine(long id, String bank, BigDecimal principalWan, LocalDate disbursedOn, LocalDate maturity,
                           String status, BigDecimal outstanding, long daysPastDue, String classification,
                           BigDecimal compensation, BigDecimal compensationOutstanding) implements Serializable {
    }

    /** Loads the financing of the enterprise named by the page's {@code ?id=}. */
    public void load(String enterpriseId) {
        Long id = IdParameter.parse(enterpriseId);
        if (applications != null || id == null) {
            return;
        }
        applications = applicationService.ofEnterprise(id).stream().map(d -> {
            FinancingApplication a = d.application();
            Guarantee g = d.guarantee();
            return new ApplicationLine(a.getId(), a.getProduct().getName(), Yuan.wan(a.getAmount()), a.getSubmittedOn(),
                    a.getStatus().name(), g == null ? null : Yuan.wan(g.getAmount()),
                    g == null ? null : g.getStatus().name());
        }).toList();
        LocalDate today = loanService.today();
        ClassificationBands bands = loanService.bands();
        loans = loanService.ofEnterprise(id).stream().map(l -> line(l, LoanStanding.of(l, today, bands))).toList();
    }

    private static LoanLine line(Loan l, LoanStanding s) {
        Compensation c = l.compensation().orElse(null);
        return new LoanLine(l.getId(), l.getBank().getName(), Yuan.wan(l.getPrincipal()), l.getDisbursedOn(),
                l.getMaturity(), l.getStatus().name(), s.outstanding(), s.daysPastDue(), s.classification().name(),
                c == null ? null : c.getAmount(), c == null ? null : c.outstanding());
    }

    public List<ApplicationLine> getApplications() {
        return applications == null ? List.of() : applications;
    }

    public List<LoanLine> getLoans() {
        return loans == null ? List.of() : loans;
    }
}
