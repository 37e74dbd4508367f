/** Enterprises and organisations (企业/单位) over the API. */
package cn.kejiju.workbench.enterprise.api;
