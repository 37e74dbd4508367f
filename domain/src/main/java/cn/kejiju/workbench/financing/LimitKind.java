package cn.kejiju.workbench.financing;

/** The limits a guarantee is checked against when it is approved. */
public enum LimitKind {
    /** The cooperation agreement's quota (合作额度). */
    QUOTA,
    /** The guarantee company's outstanding liability ≤ its multiple × net assets. */
    LIABILITY,
    /** One enterprise with its related parties ≤ a share of the company's net assets. */
    SINGLE_ENTERPRISE
}
