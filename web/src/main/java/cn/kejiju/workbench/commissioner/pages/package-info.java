/**
 * Pages of the science-technology commissioner programme (科技特派员): the registry, assignments (派驻)
 * and their tripartite agreements, demands matched to commissioners, service logs and their review
 * (with the evidence download), the annual assessment, the statistics of a period, the programme's
 * settings and the commissioner panel of the enterprise 360 page.
 */
package cn.kejiju.workbench.commissioner.pages;
