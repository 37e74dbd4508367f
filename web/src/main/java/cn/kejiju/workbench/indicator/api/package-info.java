/** The REST API of the innovation indicators: patents, yearly figures, the high-tech pipeline, the tallies. */
package cn.kejiju.workbench.indicator.api;
