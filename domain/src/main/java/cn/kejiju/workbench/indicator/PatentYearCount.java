package cn.kejiju.workbench.indicator;

/** An enterprise's patents of one type applied and granted in one year. */
public record PatentYearCount(int year, PatentType type, long applied, long granted) {
}
