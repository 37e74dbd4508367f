package cn.kejiju.workbench.jurisdiction;

/**
 * The four levels a bureau deals with, in order. Each level owns a prefix of the 12-digit statistical
 * division code (city 4 digits, county 6, township 9, village 12); the rest is zeros.
 */
public enum JurisdictionLevel {
    CITY(4),
    COUNTY(6),
    TOWNSHIP(9),
    VILLAGE(12);

    private final int significantDigits;

    JurisdictionLevel(int significantDigits) {
        this.significantDigits = significantDigits;
    }

    public int significantDigits() {
        return significantDigits;
    }

    /** The level directly above, or {@code null} for the city. */
    public JurisdictionLevel parent() {
        return this == CITY ? null : values()[ordinal() - 1];
    }
}
