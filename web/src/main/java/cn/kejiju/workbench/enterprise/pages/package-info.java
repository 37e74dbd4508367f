/** Enterprises and organisations (企业/单位): the list, edit and 360 pages. */
package cn.kejiju.workbench.enterprise.pages;
