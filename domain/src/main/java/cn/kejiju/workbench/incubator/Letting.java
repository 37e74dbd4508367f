package cn.kejiju.workbench.incubator;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * One unit let under an agreement for the agreement's days, with the area and list rent the rent was
 * computed from (the unit may be revised later; the agreement keeps its terms). Lettings of one unit
 * never overlap (see {@code TenancyService}).
 */
@Entity
@Table(name = "unit_letting")
public class Letting {

    @Id
    @SequenceGenerator(name = "unit_letting_seq", sequenceName = "unit_letting_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "unit_letting_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agreement_id", nullable = false, updatable = false)
    private Agreement agreement;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id", nullable = false, updatable = false)
    private Unit unit;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

    @Embedded
    private Area area;

    @Column(name = "rent_rate", nullable = false, precision = 10, scale = 2)
    private BigDecimal rate;

    protected Letting() {
        // for JPA
    }

    Letting(Agreement agreement, Unit unit, LetPeriod period) {
        this.agreement = agreement;
        this.unit = unit;
        this.startDate = period.start();
        this.endDate = period.end();
        this.area = unit.getArea();
        this.rate = unit.getListRent();
    }

    /** The agreement ends early: the letting ends with it. */
    void endOn(LocalDate day) {
        this.endDate = day;
    }

    BigDecimal monthlyRent() {
        return area.squareMetres().multiply(rate).setScale(2, RoundingMode.HALF_UP);
    }

    public LetPeriod period() {
        return new LetPeriod(startDate, endDate);
    }

    public Long getId() {
        return id;
    }

    public Agreement getAgreement() {
        return agreement;
    }

    public Unit getUnit() {
        return unit;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public Area getArea() {
        return area;
    }

    public BigDecimal getRate() {
        return rate;
    }
}
