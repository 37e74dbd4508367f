/**
 * The home page (首页): live counts of the master data, each leading to the list behind it (the to-do
 * panel beside them belongs to the to-do context).
 */
package cn.kejiju.workbench.home.pages;
