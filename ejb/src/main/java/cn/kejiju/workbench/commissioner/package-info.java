/**
 * Use cases of the science-technology commissioner programme (科技特派员) and their JPA repositories:
 * registry, demands and matching, assignments, service logs and their approval, annual assessment,
 * statistics, and the items the programme puts on users' to-do lists.
 */
package cn.kejiju.workbench.commissioner;
