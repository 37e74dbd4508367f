package cn.kejiju.workbench.indicator;

import cn.kejiju.workbench.enterprise.Enterprise;
import cn.kejiju.workbench.financing.Yuan;
import cn.kejiju.workbench.jurisdiction.Jurisdiction;
import cn.kejiju.workbench.shared.ConflictException;
import cn.kejiju.workbench.shared.Fields;
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
import java.time.LocalDateTime;
import java.time.Year;
import java.util.Objects;

/**
 * An enterprise's figures of one year (unique per enterprise and year): R&D spending (研发投入) in yuan, exact
 * to the fen, and its high-tech products (高新技术产品), counted and named.
 */
@Entity
@Table(name = "ind_yearly")
public class YearlyFigures {

    /** The earliest year figures are kept for. */
    public static final int FIRST_YEAR = 2000;
    public static final int PRODUCTS_MAX = 1000;
    public static final int PRODUCT_COUNT_MAX = 10_000;

    @Id
    @SequenceGenerator(name = "ind_yearly_seq", sequenceName = "ind_yearly_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ind_yearly_seq")
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "enterprise_id", nullable = false, updatable = false)
    private Enterprise enterprise;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "county_id", nullable = false)
    private Jurisdiction county;

    @Column(name = "figure_year", nullable = false, updatable = false)
    private int year;

    @Column(name = "rd_spending", nullable = false, precision = 19, scale = 2)
    private BigDecimal rdSpending;

    @Column(name = "high_tech_products", nullable = false)
    private int highTechProducts;

    @Column(name = "product_names", length = PRODUCTS_MAX)
    private String productNames;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    protected YearlyFigures() {
        // for JPA
    }

    public YearlyFigures(Enterprise enterprise, int year, Figures figures, Clock clock) {
        this.enterprise = Objects.requireNonNull(enterprise, "enterprise");
        this.county = enterprise.getCounty();
        this.year = checkedYear(year, clock);
        revise(figures, clock);
    }

    /** The year's figures as entered: R&D spending in yuan, high-tech product count and names. */
    public record Figures(BigDecimal rdSpending, Integer highTechProducts, String productNames) {
    }

    /** A year from {@link #FIRST_YEAR} to the current one; otherwise refused naming the range. */
    public static int checkedYear(int year, Clock clock) {
        int thisYear = Year.now(clock).getValue();
        if (year < FIRST_YEAR || year > thisYear) {
            throw new RuleViolationException("indicator.figures.year", "year", FIRST_YEAR, thisYear);
        }
        return year;
    }

    /** Refuses a second record of a year the enterprise already has figures for (one per enterprise and year). */
    public static void requireFirstOfYear(java.util.Optional<YearlyFigures> recorded, int year) {
        if (recorded.isPresent()) {
            throw new ConflictException("indicator.figures.yearTaken", "year", year);
        }
    }

    public final void revise(Figures figures, Clock clock) {
        Objects.requireNonNull(figures, "figures");
        BigDecimal spending = Yuan.notNegative(figures.rdSpending(), "rdSpending");
        int products = Fields.present(figures.highTechProducts(), "highTechProducts");
        if (products < 0 || products > PRODUCT_COUNT_MAX) {
            throw new RuleViolationException("indicator.figures.products", "highTechProducts", PRODUCT_COUNT_MAX);
        }
        this.rdSpending = spending;
        this.highTechProducts = products;
        this.productNames = Fields.optional(figures.productNames(), "productNames", PRODUCTS_MAX);
        this.updatedAt = LocalDateTime.now(clock);
    }

    public Figures figures() {
        return new Figures(rdSpending, highTechProducts, productNames);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Enterprise getEnterprise() {
        return enterprise;
    }

    public Jurisdiction getCounty() {
        return county;
    }

    public int getYear() {
        return year;
    }

    public BigDecimal getRdSpending() {
        return rdSpending;
    }

    public int getHighTechProducts() {
        return highTechProducts;
    }

    public String getProductNames() {
        return productNames;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }
}
