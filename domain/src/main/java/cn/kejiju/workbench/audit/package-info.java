/**
 * The audit trail (审计日志): an append-only record of every change to business and security records
 * and of every security event (logins, lockouts, denied access, tokens). Each entry carries a SHA-256
 * hash over its content and the previous entry's hash, so that a changed or removed entry breaks the
 * chain and {@link cn.kejiju.workbench.audit.AuditChain#verify} finds it. Personal information is
 * masked before it is written.
 */
package cn.kejiju.workbench.audit;
