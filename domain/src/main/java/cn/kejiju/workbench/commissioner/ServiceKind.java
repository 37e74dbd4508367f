package cn.kejiju.workbench.commissioner;

/** What a commissioner did on a service day. */
public enum ServiceKind {
    ON_SITE_GUIDANCE,
    TRAINING,
    VARIETY_INTRODUCTION,
    TECHNOLOGY_PROMOTION,
    COOPERATION_AGREEMENT,
    PATENT_SUPPORT,
    VENTURE_CREATION;

    /** Whether a log of this kind counts as a result (成效) in the annual assessment on its own. */
    public boolean isResult() {
        return this == COOPERATION_AGREEMENT || this == PATENT_SUPPORT || this == VENTURE_CREATION;
    }
}
