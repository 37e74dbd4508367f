/**
 * Incubator tenancy (孵化器 / 众创空间): the carriers (载体) the bureau runs or oversees — incubators,
 * maker spaces, accelerators and science parks — with their lettable units (offices, factory halls,
 * workstations); the enterprises incubating there (one continuous incubation from first entry to exit);
 * their tenancy agreements with rent and rent relief, renewals and moves; and the incubation period.
 * Every record belongs to a county; a county user sees only that county's records.
 */
package cn.kejiju.workbench.incubator;
