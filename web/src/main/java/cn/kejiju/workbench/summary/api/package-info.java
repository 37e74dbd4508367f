/** The work summary's REST resource and its DTOs. */
package cn.kejiju.workbench.summary.api;
