/**
 * The security pages: login, password and second-factor steps, the access-denied page, the session in
 * the page header, the administration pages (users, security policy, integrator tokens) and every
 * user's account settings.
 */
package cn.kejiju.workbench.security.pages;
