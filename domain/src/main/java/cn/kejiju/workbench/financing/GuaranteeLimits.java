package cn.kejiju.workbench.financing;


import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The three limits a guarantee must fit when it is approved, worked out from the guarantee company, the
 * settings and what is already guaranteed (the guarantees in force):
 * <ol>
 *   <li>the agreement's quota: in force under the agreement + this ≤ quota;</li>
 *   <li>liability: in force of the company + this ≤ multiple × net assets;</li>
 *   <li>one enterprise: in force of the company for the enterprise and its related parties + this ≤
 *       share % × net assets (rounded down to the fen).</li>
 * </ol>
 */
public final class GuaranteeLimits {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private GuaranteeLimits() {
    }

    /** What is already guaranteed: under the agreement, by the company, for the enterprise's group. */
    public record InForce(BigDecimal underAgreement, BigDecimal byCompany, BigDecimal forGroup) {
    }

    /** The checks in the order above. */
    public static List<LimitCheck> checks(Partner guarantor, Cooperation agreement, FinancingSettings settings,
                                          InForce inForce, BigDecimal amount) {
        GuarantorCategory category = guarantor.category().orElseThrow();
        BigDecimal netAssets = guarantor.netAssets().orElseThrow();
        BigDecimal liabilityCap = netAssets.multiply(BigDecimal.valueOf(settings.multiple(category)));
        BigDecimal singleCap = netAssets.multiply(settings.singlePercent(category))
                .divide(HUNDRED, 2, RoundingMode.DOWN);
        return List.of(
                LimitCheck.of(LimitKind.QUOTA, agreement.getQuota(), inForce.underAgreement(), amount),
                LimitCheck.of(LimitKind.LIABILITY, liabilityCap, inForce.byCompany(), amount),
                LimitCheck.of(LimitKind.SINGLE_ENTERPRISE, singleCap, inForce.forGroup(), amount));
    }

    /** Refuses with the first limit the amount does not fit. */
    public static void require(List<LimitCheck> checks) {
        for (LimitCheck check : checks) {
            if (!check.passes()) {
                throw new LimitExceededException(check);
            }
        }
    }
}
