package cn.kejiju.workbench.financing;

import cn.kejiju.workbench.enterprise.Enterprise;
import cn.kejiju.workbench.jurisdiction.Jurisdiction;
import cn.kejiju.workbench.shared.RuleViolationException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A loan (贷款) a bank disburses under a guarantee in force, with its instalment table generated exactly at
 * disbursement ({@link RepaymentSchedule}). Repayments pay what is due by their day in order, each instalment's
 * interest before its principal, so a partial repayment leaves the rest owed and a late one settles the oldest first;
 * what is paid beyond that is an early repayment of principal after which the instalments ahead are generated again
 * (interest is never paid before it accrues). Days past due count from the oldest
 * instalment not paid in full; the five categories follow from them. After default the guarantor may compensate
 * the bank (代偿): the loan is then closed as compensated and the recovery runs on the {@link Compensation}.
 */
@Entity
@Table(name = "fin_loan")
public class Loan {

    @Id
    @SequenceGenerator(name = "fin_loan_seq", sequenceName = "fin_loan_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "fin_loan_seq")
    private Long id;

    @Version
    private long version;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "guarantee_id", nullable = false)
    private Guarantee guarantee;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "application_id", nullable = false)
    private FinancingApplication application;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "enterprise_id", nullable = false)
    private Enterprise enterprise;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "county_id", nullable = false)
    private Jurisdiction county;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "bank_id", nullable = false)
    private Partner bank;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "guarantor_id", nullable = false)
    private Partner guarantor;

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal principal;

    @Column(name = "annual_rate", nullable = false, precision = 7, scale = 4)
    private BigDecimal annualRate;

    @Column(name = "disbursed_on", nullable = false)
    private LocalDate disbursedOn;

    @Column(nullable = false)
    private LocalDate maturity;

    @Column(name = "term_months", nullable = false)
    private int termMonths;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ScheduleMethod method;

    @Enumerated(EnumType.STRING)
    @Column(name = "rounding_mode", nullable = false, length = 12)
    private RoundingMode roundingMode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private LoanStatus status;

    @Column(name = "created_by", nullable = false, length = 50)
    private String createdBy;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    /** The principal still owed, kept at every change (the statistics' loans by class today read it). */
    @Column(precision = 19, scale = 2)
    private BigDecimal balance;

    /** The due day of the oldest instalment not paid in full, null when none; kept with {@link #balance}. */
    @Column(name = "first_unpaid_due")
    private LocalDate firstUnpaidDue;

    @OneToOne(mappedBy = "loan", fetch = FetchType.LAZY)
    private Compensation compensation;

    @OneToMany(mappedBy = "loan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("number")
    private List<Instalment> instalments = new ArrayList<>();

    protected Loan() {
        // for JPA
    }

    /**
     * Disburses a loan under a guarantee in force: the principal at most the amount applied for, disbursed within
     * the guarantee's period and not after today, the table generated with the settings' rounding mode.
     */
    public static Loan disburse(Guarantee guarantee, LoanTerms terms, RoundingMode rounding, String by, Clock clock) {
        if (guarantee.getStatus() != GuaranteeStatus.ACTIVE) {
            throw new RuleViolationException("financing.loan.guaranteeNotActive", "applicationId");
        }
        FinancingApplication application = guarantee.getApplication();
        BigDecimal principal = Yuan.positive(terms.principal(), "principal");
        if (principal.compareTo(application.getAmount()) > 0) {
            throw new RuleViolationException("financing.loan.aboveApplied", "principal",
                    Yuan.format(application.getAmount()));
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate disbursedOn = terms.disbursedOn();
        if (disbursedOn != null && (disbursedOn.isAfter(today) || disbursedOn.isBefore(guarantee.getStartDate())
                || disbursedOn.isAfter(guarantee.getEndDate()))) {
            throw new RuleViolationException("financing.loan.disbursedOn", "disbursedOn", guarantee.getStartDate(),
                    guarantee.getEndDate().isBefore(today) ? guarantee.getEndDate() : today);
        }
        List<InstalmentPlan> plans = RepaymentSchedule.generate(principal, terms.annualRate(), disbursedOn,
                terms.maturity(), terms.method(), rounding);
        Loan loan = new Loan();
        loan.guarantee = guarantee;
        loan.application = application;
        loan.enterprise = application.getEnterprise();
        loan.county = application.getCounty();
        loan.bank = application.getBank();
        loan.guarantor = guarantee.getGuarantor();
        loan.principal = principal;
        loan.annualRate = RepaymentSchedule.rate(terms.annualRate());
        loan.disbursedOn = disbursedOn;
        loan.maturity = terms.maturity();
        loan.termMonths = plans.size();
        loan.method = terms.method();
        loan.roundingMode = rounding;
        loan.status = LoanStatus.ACTIVE;
        loan.createdBy = by;
        loan.updatedAt = LocalDateTime.now(clock);
        plans.forEach(plan -> loan.instalments.add(new Instalment(loan, plan)));
        loan.keepPosition();
        return loan;
    }

    /**
     * Records a repayment received on {@code paidOn} (not before disbursement nor after today). It pays first what is
     * due by that day, instalment by instalment from the oldest (overdue, then the one falling due that day), each
     * instalment's interest before its principal, and what instalments begun ahead of their due day by earlier
     * repayments still owe; a repayment short of that is partial. Whatever is left over is an early repayment of
     * principal (提前还本), exactly as {@link #prepay}: it reduces the principal of the instalments nothing has been
     * paid on, which are generated again for what remains — their interest is never paid ahead of time. More than
     * {@link #payable} is refused naming it.
     */
    public Repayment repay(BigDecimal amount, LocalDate paidOn, String by, Clock clock) {
        requireActive();
        BigDecimal paid = Yuan.positive(amount, "amount");
        requireDay(paidOn, "paidOn", clock);
        BigDecimal most = payable(paidOn);
        if (paid.compareTo(most) > 0) {
            throw new RuleViolationException("financing.repayment.exceeds", "amount", Yuan.format(most),
                    Yuan.format(paid));
        }
        long late = daysPastDue(paidOn);
        BigDecimal left = paid;
        BigDecimal interest = BigDecimal.ZERO.setScale(2);
        BigDecimal principalPart = BigDecimal.ZERO.setScale(2);
        for (Instalment instalment : inOrder()) {
            if (left.signum() == 0) {
                break;
            }
            if (instalment.settled() || ahead(instalment, paidOn)) {
                continue;
            }
            BigDecimal[] parts = instalment.pay(left, paidOn);
            interest = interest.add(parts[0]);
            principalPart = principalPart.add(parts[1]);
            left = left.subtract(parts[0]).subtract(parts[1]);
        }
        boolean early = left.signum() > 0;
        if (early) {
            reducePrincipalAhead(left);
            principalPart = principalPart.add(left);
        }
        if (outstanding().signum() == 0) {
            status = LoanStatus.REPAID;
        }
        updatedAt = LocalDateTime.now(clock);
        keepPosition();
        return new Repayment(this, paid, principalPart, interest, paidOn, late, early, by, clock);
    }

    /**
     * The most a repayment on {@code day} takes: what is due by that day, what instalments begun ahead still owe, and
     * the principal of the instalments after it nothing has been paid on (their interest has not accrued). Paying it
     * repays the loan.
     */
    public BigDecimal payable(LocalDate day) {
        return inOrder().stream().map(i -> ahead(i, day) ? i.getPrincipalDue() : i.owed())
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    /** Not due by {@code day} and nothing paid on it: only an early repayment of principal reaches it. */
    private static boolean ahead(Instalment instalment, LocalDate day) {
        return instalment.getDueOn().isAfter(day) && instalment.untouched();
    }

    /**
     * Records an early repayment of principal (提前还款) received on {@code paidOn}: what has fallen due by that day
     * must be paid first (refused naming it); the amount — at most the principal of the instalments nothing has been
     * paid on yet (refused naming it) — reduces that principal, and those instalments are generated again over the
     * same due dates for what remains, by the loan's method and rounding mode, the last taking the principal still
     * owed. Instalments paid in whole or in part stay as they are; when nothing remains, the remaining instalments
     * go and a loan with nothing owed is repaid.
     */
    public Repayment prepay(BigDecimal amount, LocalDate paidOn, String by, Clock clock) {
        requireActive();
        BigDecimal paid = Yuan.positive(amount, "amount");
        requireDay(paidOn, "paidOn", clock);
        BigDecimal due = dueBy(paidOn);
        if (due.signum() > 0) {
            throw new RuleViolationException("financing.prepayment.dueFirst", "amount", Yuan.format(due));
        }
        BigDecimal open = principalAhead();
        if (paid.compareTo(open) > 0) {
            throw new RuleViolationException("financing.prepayment.exceeds", "amount", Yuan.format(open),
                    Yuan.format(paid));
        }
        reducePrincipalAhead(paid);
        if (outstanding().signum() == 0) {
            status = LoanStatus.REPAID;
        }
        updatedAt = LocalDateTime.now(clock);
        keepPosition();
        return new Repayment(this, paid, paid, BigDecimal.ZERO.setScale(2), paidOn, 0, true, by, clock);
    }

    /** The principal of the instalments nothing has been paid on. */
    private BigDecimal principalAhead() {
        return inOrder().stream().filter(Instalment::untouched).map(Instalment::getPrincipalDue)
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    /**
     * Takes {@code amount} (at most {@link #principalAhead}) off the principal of the instalments nothing has been
     * paid on and generates them again over their due dates for the principal that remains, by the loan's method and
     * rounding mode (the last absorbs the rounding, so the principals still add up to the loan's to the fen); when
     * nothing remains they go.
     */
    private void reducePrincipalAhead(BigDecimal amount) {
        List<Instalment> remaining = inOrder().stream().filter(Instalment::untouched).toList();
        BigDecimal open = principalAhead();
        if (amount.compareTo(open) > 0) {
            throw new IllegalStateException("early repayment " + amount + " above the principal ahead " + open);
        }
        List<InstalmentPlan> plans = remaining.isEmpty() ? List.of() : RepaymentSchedule.regenerate(
                open.subtract(amount), annualRate, remaining.get(0).getNumber(),
                remaining.stream().map(Instalment::getDueOn).toList(), method, roundingMode);
        if (plans.isEmpty()) {
            instalments.removeAll(remaining);
        } else {
            for (int i = 0; i < plans.size(); i++) {
                remaining.get(i).reschedule(plans.get(i));
            }
        }
    }

    /**
     * The guarantor pays the bank after default (代偿): only while the loan is past due on the day of payment,
     * at most what is owed; the loan is then closed as compensated.
     */
    public Compensation compensate(BigDecimal amount, LocalDate paidOn, String by, Clock clock) {
        requireActive();
        BigDecimal paid = Yuan.positive(amount, "amount");
        requireDay(paidOn, "paidOn", clock);
        if (daysPastDue(paidOn) == 0) {
            throw new RuleViolationException("financing.compensation.notInDefault", "paidOn");
        }
        BigDecimal owed = outstanding();
        if (paid.compareTo(owed) > 0) {
            throw new RuleViolationException("financing.compensation.exceeds", "amount", Yuan.format(owed),
                    Yuan.format(paid));
        }
        status = LoanStatus.COMPENSATED;
        updatedAt = LocalDateTime.now(clock);
        keepPosition();
        compensation = new Compensation(this, paid, paidOn, by, clock);
        return compensation;
    }

    /**
     * Keeps the position the statistics read without the instalments: the principal owed and the oldest instalment
     * not paid in full. Called at the end of every change of the instalments or the status.
     */
    private void keepPosition() {
        balance = principalOutstanding();
        firstUnpaidDue = nextDue().map(Instalment::getDueOn).orElse(null);
    }

    /** The principal still owed as last kept (see {@link #principalOutstanding()} for the instalments' sum). */
    public BigDecimal getBalance() {
        return balance;
    }

    public LocalDate getFirstUnpaidDue() {
        return firstUnpaidDue;
    }

    private void requireActive() {
        if (status != LoanStatus.ACTIVE) {
            throw new RuleViolationException("financing.loan.notActive", "status", status.name());
        }
    }

    private void requireDay(LocalDate day, String field, Clock clock) {
        if (day == null) {
            throw new RuleViolationException("field.required", field);
        }
        if (day.isBefore(disbursedOn) || day.isAfter(LocalDate.now(clock))) {
            throw new RuleViolationException("financing.loan.day", field, disbursedOn);
        }
    }

    /** Principal and interest still owed on the whole table. */
    public BigDecimal outstanding() {
        return inOrder().stream().map(Instalment::owed).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    public BigDecimal principalOutstanding() {
        return inOrder().stream().map(Instalment::principalOwed).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    /** What was due by {@code day} (inclusive) and is not paid: the overdue amount, or what falls due today. */
    public BigDecimal dueBy(LocalDate day) {
        return inOrder().stream().filter(i -> !i.getDueOn().isAfter(day)).map(Instalment::owed)
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    /** Days from the oldest instalment not paid in full to {@code day}; 0 when none is past due. */
    public long daysPastDue(LocalDate day) {
        if (status != LoanStatus.ACTIVE) {
            return status == LoanStatus.COMPENSATED ? overdueDays(day) : 0;
        }
        return overdueDays(day);
    }

    private long overdueDays(LocalDate day) {
        return inOrder().stream().filter(i -> i.overdueOn(day)).findFirst()
                .map(i -> ChronoUnit.DAYS.between(i.getDueOn(), day)).orElse(0L);
    }

    public LoanClass classify(LocalDate day, ClassificationBands bands) {
        return bands.classify(daysPastDue(day));
    }

    /** The next instalment not paid in full. */
    public Optional<Instalment> nextDue() {
        return inOrder().stream().filter(i -> !i.settled()).findFirst();
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Guarantee getGuarantee() {
        return guarantee;
    }

    public FinancingApplication getApplication() {
        return application;
    }

    public Enterprise getEnterprise() {
        return enterprise;
    }

    public Jurisdiction getCounty() {
        return county;
    }

    public Partner getBank() {
        return bank;
    }

    public Partner getGuarantor() {
        return guarantor;
    }

    public BigDecimal getPrincipal() {
        return principal;
    }

    public BigDecimal getAnnualRate() {
        return annualRate;
    }

    public LocalDate getDisbursedOn() {
        return disbursedOn;
    }

    public LocalDate getMaturity() {
        return maturity;
    }

    public int getTermMonths() {
        return termMonths;
    }

    public ScheduleMethod getMethod() {
        return method;
    }

    public RoundingMode getRoundingMode() {
        return roundingMode;
    }

    public LoanStatus getStatus() {
        return status;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }

    /** The guarantor's compensation, once the loan is compensated. */
    public Optional<Compensation> compensation() {
        return Optional.ofNullable(compensation);
    }

    public List<Instalment> getInstalments() {
        return inOrder();
    }

    /**
     * The instalments by number. The mapping's order holds when the collection is read by itself; a fetch join
     * (the detail read) brings the rows in whatever order the database returns them, which on PostgreSQL after
     * an update is not the number's.
     */
    private List<Instalment> inOrder() {
        return instalments.stream().sorted(Comparator.comparingInt(Instalment::getNumber)).toList();
    }
}
