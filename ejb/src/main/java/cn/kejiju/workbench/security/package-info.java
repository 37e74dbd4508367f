/** Authentication, accounts, the security policy and integrator tokens: use cases and repositories. */
package cn.kejiju.workbench.security;
