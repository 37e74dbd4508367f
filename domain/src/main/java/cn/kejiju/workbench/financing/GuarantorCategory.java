package cn.kejiju.workbench.financing;

/**
 * How a guarantee company's limits are set: a standard company, or one that mainly serves small and micro
 * enterprises, which may carry a larger multiple of its net assets (the multiples and the one-enterprise
 * shares are in {@link FinancingSettings}).
 */
public enum GuarantorCategory {
    STANDARD,
    SMALL_MICRO
}
