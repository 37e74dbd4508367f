/**
 * Authentication, accounts, the security policy and integrator tokens: use cases and repositories; and
 * the county guard every context's services use on records read by id.
 */
package cn.kejiju.workbench.security;
