/**
 * Shared kernel: the few types every bounded context speaks (domain exceptions with message keys,
 * paging, masked personal information). Nothing here knows about a particular programme.
 */
package cn.kejiju.workbench.shared;
