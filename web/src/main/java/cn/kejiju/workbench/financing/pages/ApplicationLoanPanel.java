package cn.kejiju.workbench.financing.pages;

import cn.kejiju.workbench.financing.Loan;
import cn.kejiju.workbench.financing.LoanService;
import cn.kejiju.workbench.financing.LoanStanding;
import cn.kejiju.workbench.financing.LoanTerms;
import cn.kejiju.workbench.financing.ScheduleMethod;
import cn.kejiju.workbench.platform.PageMessages;
import cn.kejiju.workbench.shared.DomainException;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/**
 * The loan part of an application's page (guarantee → loan → repayments): the loan disbursed under the
 * approved guarantee with how it stands today and a link to its page, or, for the financing clerk, the form that
 * records the disbursement (confirmed first) and opens the new loan's page.
 */
@Named
@ViewScoped
public class ApplicationLoanPanel implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Set<String> FIELDS = Set.of("principal", "annualRate", "disbursedOn", "maturity", "method");

    @Inject
    LoanService loanService;

    @Inject
    ApplicationDetailPage applicationPage;

    @Inject
    PageMessages messages;

    private boolean loaded;
    private LoanSummary loan;
    private BigDecimal principal;
    private BigDecimal annualRate;
    private LocalDate disbursedOn;
    private LocalDate maturity;
    private ScheduleMethod method = ScheduleMethod.EQUAL_INSTALMENT;

    /** The loan as the application's page shows it. */
    public record LoanSummary(long id, BigDecimal principal, LocalDate disbursedOn, LocalDate maturity,
                              ScheduleMethod method, String status, BigDecimal outstanding, long daysPastDue,
                              String classification, LocalDate nextDueOn, int paidInstalments, int instalments)
            implements Serializable {
    }

    private void ensureLoaded() {
        if (loaded || applicationPage.getApplication() == null) {
            return;
        }
        loaded = true;
        long applicationId = applicationPage.getApplication().getId();
        loan = loanService.ofApplication(applicationId).map(this::summary).orElse(null);
        if (loan == null) {
            ApplicationView application = applicationPage.getApplication();
            principal = application.getAmount();
            disbursedOn = loanService.today();
            maturity = disbursedOn.plusMonths(application.getTermMonths());
        }
    }

    private LoanSummary summary(Loan l) {
        LoanStanding s = LoanStanding.of(l, loanService.today(), loanService.bands());
        return new LoanSummary(l.getId(), l.getPrincipal(), l.getDisbursedOn(), l.getMaturity(), l.getMethod(),
                l.getStatus().name(), s.outstanding(), s.daysPastDue(), s.classification().name(), s.nextDueOn(),
                (int) l.getInstalments().stream().filter(i -> i.settled()).count(), l.getInstalments().size());
    }

    public String disburse() {
        try {
            Loan created = loanService.disburse(applicationPage.getApplication().getId(),
                    new LoanTerms(principal, annualRate, disbursedOn, maturity, method));
            messages.flashInfo("financing.loan.disbursed", applicationPage.getApplication().getEnterprise());
            return "/financing/loan?faces-redirect=true&id=" + created.getId();
        } catch (DomainException | EJBException e) {
            messages.showRefusal(e, "disburseForm", FIELDS);
            return null;
        }
    }

    public LoanSummary getLoan() {
        ensureLoaded();
        return loan;
    }

    public ScheduleMethod[] getMethods() {
        return ScheduleMethod.values();
    }

    public BigDecimal getPrincipal() {
        ensureLoaded();
        return principal;
    }

    public void setPrincipal(BigDecimal principal) {
        this.principal = principal;
    }

    public BigDecimal getAnnualRate() {
        return annualRate;
    }

    public void setAnnualRate(BigDecimal annualRate) {
        this.annualRate = annualRate;
    }

    public LocalDate getDisbursedOn() {
        ensureLoaded();
        return disbursedOn;
    }

    public void setDisbursedOn(LocalDate disbursedOn) {
        this.disbursedOn = disbursedOn;
    }

    public LocalDate getMaturity() {
        ensureLoaded();
        return maturity;
    }

    public void setMaturity(LocalDate maturity) {
        this.maturity = maturity;
    }

    public ScheduleMethod getMethod() {
        return method;
    }

    public void setMethod(ScheduleMethod method) {
        this.method = method;
    }
}
