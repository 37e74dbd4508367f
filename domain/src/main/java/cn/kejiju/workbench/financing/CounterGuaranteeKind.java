package cn.kejiju.workbench.financing;

/** Kinds of counter-guarantee (反担保). */
public enum CounterGuaranteeKind {
    /** 房产抵押 */
    PROPERTY,
    /** 股权质押 */
    EQUITY,
    /** 知识产权质押 */
    IP_PLEDGE,
    /** 个人连带责任保证 */
    PERSONAL
}
