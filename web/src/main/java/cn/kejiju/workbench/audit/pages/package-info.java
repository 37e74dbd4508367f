/** The audit trail for auditors (审计日志): the search page with Excel export and chain verification. */
package cn.kejiju.workbench.audit.pages;
