/**
 * Enterprises and organisations (企业/单位): one record per unified social credit code. The same
 * enterprise is an incubator tenant, a guarantee borrower, a project applicant and a commissioner's
 * service target; its detail page gathers all of that (the enterprise 360 view).
 */
package cn.kejiju.workbench.enterprise;
