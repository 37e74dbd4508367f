package cn.kejiju.workbench.incubator;

/** Why an incubatee left its carrier. */
public enum ExitReason {
    /** 毕业 */
    GRADUATED,
    /** 迁出 */
    MOVED_OUT,
    /** 孵化失败 */
    FAILED,
    /** 清退 */
    EXPELLED
}
