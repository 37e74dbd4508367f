/**
 * The REST resources of the science-technology commissioner programme (科技特派员): commissioners,
 * assignments, demands, service logs with their evidence, assessments, statistics and settings, with
 * their request and response DTOs and the query parameters they share.
 */
package cn.kejiju.workbench.commissioner.api;
