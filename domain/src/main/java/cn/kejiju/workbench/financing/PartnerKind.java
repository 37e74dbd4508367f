package cn.kejiju.workbench.financing;

/** What a partner of the platform is. */
public enum PartnerKind {
    /** A guarantee company (担保公司). */
    GUARANTOR,
    /** A lending bank. */
    BANK,
    /** The bureau's financing service platform itself, party to agreements with guarantee companies. */
    PLATFORM
}
