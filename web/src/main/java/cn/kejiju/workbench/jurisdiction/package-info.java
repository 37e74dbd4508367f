/** Administrative divisions over the API. */
package cn.kejiju.workbench.jurisdiction;
