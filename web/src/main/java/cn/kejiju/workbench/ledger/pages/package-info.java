/** The ledger import page shared by {@code enterprise/import.xhtml} and {@code commissioner/import.xhtml}. */
package cn.kejiju.workbench.ledger.pages;
