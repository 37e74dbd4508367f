package cn.kejiju.workbench.indicator;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The validity rules of a high-tech enterprise certificate: valid for three years from its issue date (the
 * last valid day is the day before the third anniversary), renewal due in the six months before it expires,
 * expired the day after the last valid day.
 */
public final class HighTechValidity {

    public static final int VALID_YEARS = 3;
    public static final int RENEWAL_MONTHS = 6;

    /** Where a certificate stands on a day. */
    public enum State {
        VALID,
        RENEWAL_DUE,
        EXPIRED
    }

    private HighTechValidity() {
    }

    /** The last day a certificate issued on this day is valid. */
    public static LocalDate validUntil(LocalDate issuedOn) {
        Objects.requireNonNull(issuedOn, "issuedOn");
        return issuedOn.plusYears(VALID_YEARS).minusDays(1);
    }

    /** The first day of the renewal window of a certificate valid until that day. */
    public static LocalDate renewalFrom(LocalDate validUntil) {
        Objects.requireNonNull(validUntil, "validUntil");
        return validUntil.minusMonths(RENEWAL_MONTHS).plusDays(1);
    }

    public static State on(LocalDate validUntil, LocalDate day) {
        if (day.isAfter(validUntil)) {
            return State.EXPIRED;
        }
        return day.isBefore(renewalFrom(validUntil)) ? State.VALID : State.RENEWAL_DUE;
    }

    /** The last day of validity that counts as "expiring within n months" seen from today. */
    public static LocalDate expiringBy(LocalDate today, int months) {
        return today.plusMonths(months);
    }
}
