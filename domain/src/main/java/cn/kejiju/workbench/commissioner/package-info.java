/**
 * Science-technology commissioners (科技特派员): the registry of experts the bureau posts, the demands
 * of villages, cooperatives and enterprises, assignments (派驻) with their tripartite agreements,
 * service logs with the named varieties and technologies they introduce, and the annual assessment.
 * Every record belongs to a county; a county user sees only that county's records.
 */
package cn.kejiju.workbench.commissioner;
