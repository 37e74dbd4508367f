/**
 * Pages of the science-technology commissioner programme (科技特派员): service logs and their review,
 * the annual assessment and the statistics of a period.
 */
package cn.kejiju.workbench.commissioner;
