/**
 * Incubator tenancy (孵化器 / 众创空间): the carriers (载体) the bureau runs or oversees — incubators,
 * maker spaces, accelerators and science parks — with their lettable units (offices, factory halls,
 * workstations), and later the enterprises that rent them. Every carrier belongs to a county; a
 * county user sees only that county's carriers and units.
 */
package cn.kejiju.workbench.incubator;
