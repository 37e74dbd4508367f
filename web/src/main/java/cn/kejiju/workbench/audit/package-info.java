/** The audit trail for auditors: the search page with Excel export and chain verification, and the API resource. */
package cn.kejiju.workbench.audit;
