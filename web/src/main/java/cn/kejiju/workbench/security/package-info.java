/**
 * Authentication on the web tier: the mechanism that accepts page sessions and integrator tokens,
 * the login, password and second-factor pages, the token rate limit and the security headers; the
 * administration pages (users, security policy, integrator tokens) and every user's account settings.
 */
package cn.kejiju.workbench.security;
