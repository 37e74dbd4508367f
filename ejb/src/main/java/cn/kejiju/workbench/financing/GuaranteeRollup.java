package cn.kejiju.workbench.financing;

import cn.kejiju.workbench.platform.RollupRows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Keeps the guarantees' daily rollup ({@code fin_guarantee_day}, V46) in the transaction that approves a guarantee:
 * it counts as started on its first day (with the financing applied for and the amount guaranteed) and as ended on
 * its last day in force, in its application's county, under its company and agreement. A guarantee in force never
 * changes after, so nothing else writes the rollup. The approval holds the guarantee company's row lock, which every
 * row of the rollup is keyed by, so two approvals never both insert the same day's row.
 */
@ApplicationScoped
public class GuaranteeRollup {

    @Inject
    RollupRows rows;

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
        Map<String, Object> key = new LinkedHashMap<>();
        key.put("flow_day", Date.valueOf(day));
        key.put("county_id", county);
        key.put("guarantor_id", guarantor);
        key.put("cooperation_id", cooperation);
        Map<String, Object> amounts = new LinkedHashMap<>();
        amounts.put("started", started);
        amounts.put("started_financing", financing);
        amounts.put("started_amount", amount);
        amounts.put("ended", ended);
        amounts.put("ended_amount", endedAmount);
        rows.add("fin_guarantee_day", key, amounts);
    }
}
