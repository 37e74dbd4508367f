/**
 * Who may do what, on the web side: the pieces the login and two-factor enrolment pages need, such as
 * the QR code an authenticator app scans.
 */
package cn.kejiju.workbench.security;
