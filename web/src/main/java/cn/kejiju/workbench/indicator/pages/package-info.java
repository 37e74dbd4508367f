/**
 * The indicator pages: an enterprise's indicators (yearly figures, patents, high-tech pipeline) with their forms,
 * the patent list, the high-tech pipeline list, and the indicator panel of the enterprise 360 page.
 */
package cn.kejiju.workbench.indicator.pages;
