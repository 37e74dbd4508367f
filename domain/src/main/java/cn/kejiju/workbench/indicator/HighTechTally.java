package cn.kejiju.workbench.indicator;

/**
 * High-tech enterprises: recognised in a period (by the pipeline), holding a valid certificate on a day (master
 * data), and of those, expiring within the months asked.
 */
public record HighTechTally(long recognised, long valid, long expiring) {
}
