/**
 * The incubator tenancy pages: the carrier list with its county filter for city users, a carrier's
 * record with its units, and the carrier form.
 */
package cn.kejiju.workbench.incubator.pages;
