package cn.kejiju.workbench.incubator;

import java.math.BigDecimal;
import java.util.List;

/**
 * The terms of an agreement besides its units: its days, deposit (yuan) and rent relief schedule.
 */
public record AgreementTerms(LetPeriod period, BigDecimal deposit, ReliefSchedule relief) {

    public AgreementTerms {
        relief = relief == null ? ReliefSchedule.none() : relief;
    }

    public static AgreementTerms of(LetPeriod period, BigDecimal deposit, List<ReliefStep> steps) {
        return new AgreementTerms(period, deposit, new ReliefSchedule(steps));
    }
}
