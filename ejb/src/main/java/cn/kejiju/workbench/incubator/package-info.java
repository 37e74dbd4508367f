/**
 * Incubator tenancy services: carriers and their units, with reads confined to the caller's county and
 * changes for the incubator clerk (and read-write integrator tokens).
 */
package cn.kejiju.workbench.incubator;
