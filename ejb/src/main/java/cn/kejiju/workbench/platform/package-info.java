/**
 * The technical ground the contexts stand on: schema migrations at start-up, the optional demo data,
 * the clock. No business rules live here.
 */
package cn.kejiju.workbench.platform;
