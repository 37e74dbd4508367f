/**
 * Authentication on the web tier, shared by pages and API: the mechanism that accepts page sessions
 * and integrator tokens, the signed-in session, and the security headers. The pages are in
 * {@code security.pages}, the API's write guard and token rate limit in {@code security.api}.
 */
package cn.kejiju.workbench.security;
