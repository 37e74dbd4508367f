package cn.kejiju.workbench.incubator;

/**
 * Where an agreement stands: running, followed by a renewal, replaced by a move to other units, or ended
 * with the tenant's exit.
 */
public enum AgreementStatus {
    ACTIVE,
    RENEWED,
    MOVED,
    ENDED;

    public boolean isCurrent() {
        return this == ACTIVE;
    }
}
