package cn.kejiju.workbench.financing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;

/**
 * Keeps the guarantees' daily rollup ({@code fin_guarantee_day}, V46) in the transaction that approves a guarantee:
 * it counts as started on its first day (with the financing applied for and the amount guaranteed) and as ended on
 * its last day in force, in its application's county, under its company and agreement. A guarantee in force never
 * changes after, so nothing else writes the rollup. The approval holds the guarantee company's row lock, which every
 * row of the rollup is keyed by, so two approvals never both insert the same day's row.
 */
@ApplicationScoped
public class GuaranteeRollup {

    @PersistenceContext(unitName = "workbench")
    EntityManager em;

    /** The guarantee has just come into force. */
    public void inForce(Guarantee guarantee) {
        FinancingApplication application = guarantee.getApplication();
        long county = application.getCounty().getId();
        long guarantor = guarantee.getGuarantor().getId();
        long cooperation = guarantee.getCooperation().getId();
        add(guarantee.getStartDate(), county, guarantor, cooperation, 1, application.getAmount(),
                guarantee.getAmount(), 0, BigDecimal.ZERO);
        add(guarantee.getEndDate(), county, guarantor, cooperation, 0, BigDecimal.ZERO, BigDecimal.ZERO, 1,
                guarantee.getAmount());
    }

    private void add(LocalDate day, long county, long guarantor, long cooperation, int started, BigDecimal financing,
                     BigDecimal amount, int ended, BigDecimal endedAmount) {
        int updated = em.createNativeQuery("update fin_guarantee_day set started = started + ?,"
                        + " started_financing = started_financing + ?, started_amount = started_amount + ?,"
                        + " ended = ended + ?, ended_amount = ended_amount + ?"
                        + " where flow_day = ? and county_id = ? and guarantor_id = ? and cooperation_id = ?")
                .setParameter(1, started).setParameter(2, financing).setParameter(3, amount).setParameter(4, ended)
                .setParameter(5, endedAmount).setParameter(6, Date.valueOf(day)).setParameter(7, county)
                .setParameter(8, guarantor).setParameter(9, cooperation).executeUpdate();
        if (updated == 0) {
            em.createNativeQuery("insert into fin_guarantee_day (flow_day, county_id, guarantor_id, cooperation_id,"
                            + " started, started_financing, started_amount, ended, ended_amount)"
                            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .setParameter(1, Date.valueOf(day)).setParameter(2, county).setParameter(3, guarantor)
                    .setParameter(4, cooperation).setParameter(5, started).setParameter(6, financing)
                    .setParameter(7, amount).setParameter(8, ended).setParameter(9, endedAmount).executeUpdate();
        }
    }
}
