package cn.kejiju.workbench.financing;

import cn.kejiju.workbench.shared.ClerkInput;
import cn.kejiju.workbench.shared.RuleViolationException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A cooperation agreement (合作协议) of a guarantee company with a bank or with the bureau's platform: the
 * quota (合作额度) of guarantees in force it allows, and the days it is valid. The parties are fixed once
 * signed; quota and validity may be revised.
 */
@Entity
@Table(name = "fin_cooperation")
public class Cooperation {

    @Id
    @SequenceGenerator(name = "fin_cooperation_seq", sequenceName = "fin_cooperation_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "fin_cooperation_seq")
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "guarantor_id", nullable = false)
    private Partner guarantor;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "counterparty_id", nullable = false)
    private Partner counterparty;

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal quota;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to", nullable = false)
    private LocalDate validTo;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    protected Cooperation() {
        // for JPA
    }

    /** Signs an agreement of a guarantee company with a bank or the platform. */
    public Cooperation(Partner guarantor, Partner counterparty, BigDecimal quota, LocalDate validFrom,
                       LocalDate validTo, Clock clock) {
        if (guarantor == null || !guarantor.isGuarantor()) {
            throw new RuleViolationException("financing.cooperation.guarantor", "guarantorId");
        }
        if (counterparty == null || counterparty.isGuarantor()) {
            throw new RuleViolationException("financing.cooperation.counterparty", "counterpartyId");
        }
        this.guarantor = guarantor;
        this.counterparty = counterparty;
        revise(quota, validFrom, validTo, clock);
    }

    public void revise(BigDecimal newQuota, LocalDate from, LocalDate to, Clock clock) {
        BigDecimal checked = Yuan.positive(newQuota, "quota");
        ClerkInput.present(from, "validFrom");
        ClerkInput.present(to, "validTo");
        if (to.isBefore(from)) {
            throw new RuleViolationException("financing.cooperation.period", "validTo");
        }
        this.quota = checked;
        this.validFrom = from;
        this.validTo = to;
        this.updatedAt = LocalDateTime.now(clock);
    }

    public boolean validOn(LocalDate day) {
        return !day.isBefore(validFrom) && !day.isAfter(validTo);
    }

    /** Whether a guarantee of this company for a loan of this bank may count against this agreement. */
    public boolean covers(Partner guarantorOfLoan, Partner bank) {
        return guarantor.getId().equals(guarantorOfLoan.getId())
                && (counterparty.getKind() == PartnerKind.PLATFORM || counterparty.getId().equals(bank.getId()));
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Partner getGuarantor() {
        return guarantor;
    }

    public Partner getCounterparty() {
        return counterparty;
    }

    public BigDecimal getQuota() {
        return quota;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }
}
