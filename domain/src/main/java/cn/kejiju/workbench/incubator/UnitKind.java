package cn.kejiju.workbench.incubator;

/** What a lettable unit is. */
public enum UnitKind {
    /** 写字楼 */
    OFFICE,
    /** 厂房 */
    FACTORY,
    /** 工位 */
    WORKSTATION
}
