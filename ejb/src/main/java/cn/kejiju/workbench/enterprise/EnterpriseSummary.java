package cn.kejiju.workbench.enterprise;

/** Counts for the home page: all enterprises, those with a valid high-tech certificate, registered SMEs. */
public record EnterpriseSummary(long total, long highTech, long sme) {
}
