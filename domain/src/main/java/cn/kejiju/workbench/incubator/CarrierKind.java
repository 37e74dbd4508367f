package cn.kejiju.workbench.incubator;

/** What kind of carrier (载体) a place is. */
public enum CarrierKind {
    /** 孵化器 */
    INCUBATOR,
    /** 众创空间 */
    MAKERSPACE,
    /** 加速器 */
    ACCELERATOR,
    /** 科技园 */
    SCIENCE_PARK
}
