/**
 * The web shell: the JAX-RS application and its problem-details error mapping, health, the language
 * switch, message resolution shared by pages and API, and the helpers every context's pages use: lazy
 * tables ({@link cn.kejiju.workbench.platform.PagedRows}), reading every page of a list
 * ({@link cn.kejiju.workbench.platform.EveryPage}), record ids in the address
 * ({@link cn.kejiju.workbench.platform.IdParameter}) and refusals shown on forms
 * ({@link cn.kejiju.workbench.platform.PageMessages}).
 */
package cn.kejiju.workbench.platform;
