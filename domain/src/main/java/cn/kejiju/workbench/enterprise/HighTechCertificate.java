package cn.kejiju.workbench.enterprise;

import cn.kejiju.workbench.shared.RuleViolationException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/** High-tech enterprise recognition (高新技术企业): certificate number and the day it stops being valid. */
@Embeddable
public class HighTechCertificate implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int NUMBER_MAX = 40;

    @Column(name = "high_tech_cert_no", length = NUMBER_MAX)
    private String number;

    @Column(name = "high_tech_valid_until")
    private LocalDate validUntil;

    protected HighTechCertificate() {
        // for JPA
    }

    public HighTechCertificate(String number, LocalDate validUntil) {
        if (number == null || number.isBlank()) {
            throw new RuleViolationException("highTech.numberRequired", "highTechCertificateNo");
        }
        if (number.strip().length() > NUMBER_MAX) {
            throw new RuleViolationException("field.tooLong", "highTechCertificateNo", NUMBER_MAX);
        }
        if (validUntil == null) {
            throw new RuleViolationException("highTech.validUntilRequired", "highTechValidUntil");
        }
        this.number = number.strip();
        this.validUntil = validUntil;
    }

    public String number() {
        return number;
    }

    public LocalDate validUntil() {
        return validUntil;
    }

    public boolean isValidOn(LocalDate day) {
        return !day.isAfter(validUntil);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HighTechCertificate other
                && Objects.equals(number, other.number) && Objects.equals(validUntil, other.validUntil);
    }

    @Override
    public int hashCode() {
        return Objects.hash(number, validUntil);
    }
}
