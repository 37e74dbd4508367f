/**
 * Administrative divisions (行政区划): city → county/district → township/street → village/community,
 * identified by the 12-digit statistical division code. Every record of every programme belongs to one
 * county; county users see their county only.
 */
package cn.kejiju.workbench.jurisdiction;
