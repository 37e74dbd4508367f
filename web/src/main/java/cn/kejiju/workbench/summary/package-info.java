/**
 * The work summary on the web: the REST resource under {@code /api/v1/summaries} ({@code api}), the draft page,
 * the template administration page and the Word document ({@code pages}).
 */
package cn.kejiju.workbench.summary;
