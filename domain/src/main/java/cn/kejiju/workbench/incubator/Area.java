package cn.kejiju.workbench.incubator;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * An area in square metres, exact to the hundredth (0.01 m² to 1,000,000 m²). Sums stay exact:
 * {@link #plus} never rounds.
 */
@Embeddable
public class Area implements Serializable, Comparable<Area> {

    private static final long serialVersionUID = 1L;
    public static final int SCALE = 2;
    public static final String MAX = "1000000";
    public static final Area ZERO = new Area(BigDecimal.ZERO.setScale(SCALE));

    @DecimalMin("0.01")
    @DecimalMax(MAX)
    @Digits(integer = 7, fraction = SCALE)
    @Column(name = "area_m2", precision = 12, scale = SCALE)
    private BigDecimal squareMetres;

    protected Area() {
        // for JPA
    }

    private Area(BigDecimal squareMetres) {
        this.squareMetres = squareMetres;
    }

    /** The area entered in the given field: positive, at most two decimals, at most 1,000,000 m². */
    public static Area of(BigDecimal squareMetres, String field) {
        return new Area(Fields.decimal(squareMetres, field, SCALE, new BigDecimal(MAX), false));
    }

    public static Area of(String squareMetres) {
        return of(new BigDecimal(squareMetres), "area");
    }

    /** A total read back from the database (a sum of areas, so possibly beyond one unit's maximum). */
    public static Area total(BigDecimal sum) {
        return sum == null ? ZERO : new Area(sum.setScale(SCALE));
    }

    public Area plus(Area other) {
        return new Area(squareMetres.add(other.squareMetres));
    }

    public BigDecimal squareMetres() {
        return squareMetres;
    }

    @Override
    public int compareTo(Area other) {
        return squareMetres.compareTo(other.squareMetres);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Area other && squareMetres.compareTo(other.squareMetres) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(squareMetres.stripTrailingZeros());
    }

    @Override
    public String toString() {
        return squareMetres.toPlainString() + " m²";
    }
}
