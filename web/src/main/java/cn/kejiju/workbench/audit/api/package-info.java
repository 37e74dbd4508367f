/** The audit trail over the API (审计日志): entries by search, and the verification of the hash chain. */
package cn.kejiju.workbench.audit.api;
