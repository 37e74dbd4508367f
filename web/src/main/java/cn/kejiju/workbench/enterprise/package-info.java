/** Enterprises and organisations: the list, edit and 360 pages, and the API resource. */
package cn.kejiju.workbench.enterprise;
