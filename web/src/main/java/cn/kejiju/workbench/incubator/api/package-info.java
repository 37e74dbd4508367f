/**
 * The incubator tenancy API under {@code /api/v1}: carriers and their units, as DTOs in and out.
 */
package cn.kejiju.workbench.incubator.api;
