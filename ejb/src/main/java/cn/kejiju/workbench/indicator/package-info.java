/**
 * Enterprise innovation indicators: the services recording patents, yearly figures and the high-tech
 * pipeline (whose recognition writes the enterprise's certificate), the JPA repository with the aggregate
 * queries the statistics read, and the to-do feed of certificates due for renewal or expired.
 */
package cn.kejiju.workbench.indicator;
