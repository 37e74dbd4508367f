/**
 * The work summary (工作总结): a half-year's or a year's figures of every programme for a county or the
 * city, compared with the start of the period, the previous period and the same period last year, worded as
 * the bureau's summaries word them. The programmes contribute their sections through the ejb module's
 * {@code SummarySection} interface; this package knows none of them.
 */
package cn.kejiju.workbench.summary;
