/**
 * The incubator tenancy API under {@code /api/v1}: carriers with their units and occupancy, and tenancy
 * agreements with renewal, move and exit, as DTOs in and out.
 */
package cn.kejiju.workbench.incubator.api;
