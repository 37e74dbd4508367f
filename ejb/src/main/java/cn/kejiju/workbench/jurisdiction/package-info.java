/** Administrative divisions: the use cases on the hierarchy and its JPA repository. */
package cn.kejiju.workbench.jurisdiction;
