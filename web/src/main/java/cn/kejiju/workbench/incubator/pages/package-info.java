/**
 * The incubator tenancy pages: carriers with the county filter for city users, a carrier's record with its
 * units and the carrier form; agreements, the letting form and an agreement's record with renewal, move and
 * exit; and the occupancy view of a carrier.
 */
package cn.kejiju.workbench.incubator.pages;
