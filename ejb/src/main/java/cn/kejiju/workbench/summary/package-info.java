/**
 * The work summary's services: the {@link cn.kejiju.workbench.summary.SummarySection} interface the
 * programmes implement, the generation of a summary from their sections and the stored sentence templates, the
 * versions of a summary and their approval.
 */
package cn.kejiju.workbench.summary;
