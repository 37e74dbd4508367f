/** Enterprises and organisations: registration, revision, removal, lists and counts. */
package cn.kejiju.workbench.enterprise;
