/** The work summary's pages: the draft (generate, edit, save, approve, download, print) and the templates. */
package cn.kejiju.workbench.summary.pages;
