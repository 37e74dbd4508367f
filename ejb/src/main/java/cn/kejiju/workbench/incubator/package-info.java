/**
 * Incubator tenancy services: carriers and their units, tenancy agreements (letting, renewal, move, exit;
 * a unit never let twice for a day, kept by a lock of the carrier's row), the occupancy of a carrier on a
 * day, and the incubation period on the to-do list. Reads are confined to the caller's county; changes are
 * for the incubator clerk (and read-write integrator tokens).
 */
package cn.kejiju.workbench.incubator;
