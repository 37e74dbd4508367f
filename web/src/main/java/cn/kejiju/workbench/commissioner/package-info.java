/**
 * Pages of the science-technology commissioner programme (科技特派员): the registry, assignments (派驻)
 * and their tripartite agreements, demands of villages, cooperatives and enterprises matched to
 * commissioners, the programme's settings, and the commissioner panel of the enterprise 360 page.
 */
package cn.kejiju.workbench.commissioner;
