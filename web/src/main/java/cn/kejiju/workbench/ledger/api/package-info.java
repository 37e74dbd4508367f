/** The ledger imports' REST part shared by the enterprise and commissioner resources: preview and import DTOs. */
package cn.kejiju.workbench.ledger.api;
