/**
 * The audit trail's services: {@link cn.kejiju.workbench.audit.AuditTrail} appends entries (every
 * context calls it; it has no role restriction) and checks the chain; {@link
 * cn.kejiju.workbench.audit.AuditService} is what auditors use: search and verification.
 */
package cn.kejiju.workbench.audit;
