package cn.kejiju.workbench.preparedness;

import cn.kejiju.workbench.jurisdiction.JurisdictionLevel;

/**
 * The posts of the 三网一员 register and where each is held: the assistant (防震减灾助理员) in a township,
 * the macro-observation reporter (宏观测报员) and the disaster rapid reporter (灾情速报员) in a village or
 * community.
 */
public enum RegisterPost {
    ASSISTANT(JurisdictionLevel.TOWNSHIP),
    MACRO_REPORTER(JurisdictionLevel.VILLAGE),
    RAPID_REPORTER(JurisdictionLevel.VILLAGE);

    private final JurisdictionLevel level;

    RegisterPost(JurisdictionLevel level) {
        this.level = level;
    }

    /** The level of the places that have this post. */
    public JurisdictionLevel level() {
        return level;
    }
}
