package cn.kejiju.workbench.indicator;

/** Patents of one type applied and granted in a period (or a year). */
public record PatentTally(PatentType type, long applied, long granted) {
}
