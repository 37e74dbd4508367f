package cn.kejiju.workbench.incubator;

import cn.kejiju.workbench.jurisdiction.Jurisdiction;
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
import java.util.Objects;

/**
 * An incubatee's figures of one year (在孵企业年度数据): revenue, investment received, employees, patents applied
 * for and granted. One per incubatee and year; they carry the carrier and county so that the statistics sum
 * them without joining.
 */
@Entity
@Table(name = "incubatee_year")
public class YearFigures {

    public static final int FIRST_YEAR = 1990;

    @Id
    @SequenceGenerator(name = "incubatee_year_seq", sequenceName = "incubatee_year_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "incubatee_year_seq")
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "incubatee_id", nullable = false, updatable = false)
    private Incubatee incubatee;

    /** The incubatee's id, read without loading it. */
    @Column(name = "incubatee_id", insertable = false, updatable = false)
    private Long incubateeId;

    @Column(name = "carrier_id", nullable = false, updatable = false)
    private Long carrierId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "county_id", nullable = false)
    private Jurisdiction county;

    @Column(name = "fig_year", nullable = false, updatable = false)
    private int year;

    @Column(nullable = false, precision = 14, scale = 2)
    private BigDecimal revenue;

    @Column(nullable = false, precision = 14, scale = 2)
    private BigDecimal investment;

    @Column(nullable = false)
    private int employees;

    @Column(name = "patents_applied", nullable = false)
    private int patentsApplied;

    @Column(name = "patents_granted", nullable = false)
    private int patentsGranted;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @Column(name = "updated_by", nullable = false, length = 50)
    private String updatedBy;

    protected YearFigures() {
        // for JPA
    }

    /** The first figures of a year: from the year of entry (or earlier: the history it came with) to this year. */
    public YearFigures(Incubatee incubatee, int year, YearValues values, String by, Clock clock) {
        this.incubatee = Objects.requireNonNull(incubatee, "incubatee");
        this.carrierId = incubatee.getCarrier().getId();
        this.county = incubatee.getCounty();
        int thisYear = LocalDate.now(clock).getYear();
        if (year < FIRST_YEAR || year > thisYear) {
            throw new RuleViolationException("field.range", "year", FIRST_YEAR, thisYear);
        }
        this.year = year;
        revise(values, by, clock);
    }

    /** Replaces the figures. */
    public void revise(YearValues values, String by, Clock clock) {
        Objects.requireNonNull(values, "values");
        this.revenue = values.revenue();
        this.investment = values.investment();
        this.employees = values.employees();
        this.patentsApplied = values.patentsApplied();
        this.patentsGranted = values.patentsGranted();
        this.updatedBy = by;
        this.updatedAt = LocalDateTime.now(clock);
    }

    public YearValues values() {
        return new YearValues(revenue, investment, employees, patentsApplied, patentsGranted);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Incubatee getIncubatee() {
        return incubatee;
    }

    /** The incubatee's id without loading the incubatee. */
    public long getIncubateeId() {
        return incubateeId != null ? incubateeId : incubatee.getId();
    }

    public int getYear() {
        return year;
    }

    public BigDecimal getRevenue() {
        return revenue;
    }

    public BigDecimal getInvestment() {
        return investment;
    }

    public int getEmployees() {
        return employees;
    }

    public int getPatentsApplied() {
        return patentsApplied;
    }

    public int getPatentsGranted() {
        return patentsGranted;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }
}
