package cn.kejiju.workbench.financing;

import cn.kejiju.workbench.enterprise.Enterprise;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A guarantee (担保) of a guarantee company for an enterprise's loan under a cooperation agreement: proposed
 * with a prepared approval, in force once a leader approves it (then it counts against the limits), dropped
 * when the application is rejected instead.
 */
@Entity
@Table(name = "fin_guarantee")
public class Guarantee {

    @Id
    @SequenceGenerator(name = "fin_guarantee_seq", sequenceName = "fin_guarantee_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "fin_guarantee_seq")
    private Long id;

    @Version
    private long version;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "application_id", nullable = false)
    private FinancingApplication application;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "guarantor_id", nullable = false)
    private Partner guarantor;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cooperation_id", nullable = false)
    private Cooperation cooperation;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "enterprise_id", nullable = false)
    private Enterprise enterprise;

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal amount;

    @Column(name = "fee_rate", nullable = false, precision = 7, scale = 4)
    private BigDecimal feeRate;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private GuaranteeStatus status;

    @ElementCollection
    @CollectionTable(name = "fin_counter_guarantee", joinColumns = @JoinColumn(name = "guarantee_id"))
    @OrderColumn(name = "position")
    private List<CounterGuarantee> counterGuarantees = new ArrayList<>();

    protected Guarantee() {
        // for JPA
    }

    Guarantee(FinancingApplication application, Cooperation cooperation, GuaranteeTerms terms) {
        this.application = application;
        this.guarantor = application.getGuarantor();
        this.enterprise = application.getEnterprise();
        this.cooperation = cooperation;
        this.status = GuaranteeStatus.PROPOSED;
        replace(cooperation, terms);
    }

    void replace(Cooperation newCooperation, GuaranteeTerms terms) {
        this.cooperation = newCooperation;
        this.amount = terms.amount();
        this.feeRate = terms.feeRate();
        this.startDate = terms.startDate();
        this.endDate = terms.endDate();
        this.counterGuarantees.clear();
        this.counterGuarantees.addAll(terms.counterGuarantees());
    }

    void activate() {
        this.status = GuaranteeStatus.ACTIVE;
    }

    void drop() {
        this.status = GuaranteeStatus.DROPPED;
    }

    public GuaranteeTerms terms() {
        return new GuaranteeTerms(amount, feeRate, startDate, endDate, counterGuarantees);
    }

    /** The annual guarantee fee: amount × rate %, to the fen (half up). */
    public BigDecimal annualFee() {
        return amount.multiply(feeRate).divide(BigDecimal.valueOf(100), 2, java.math.RoundingMode.HALF_UP);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public FinancingApplication getApplication() {
        return application;
    }

    public Partner getGuarantor() {
        return guarantor;
    }

    public Cooperation getCooperation() {
        return cooperation;
    }

    public Enterprise getEnterprise() {
        return enterprise;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public BigDecimal getFeeRate() {
        return feeRate;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public GuaranteeStatus getStatus() {
        return status;
    }

    public List<CounterGuarantee> getCounterGuarantees() {
        return List.copyOf(counterGuarantees);
    }
}
