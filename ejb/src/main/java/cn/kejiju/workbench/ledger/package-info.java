/**
 * Imports of ledgers kept in Excel: the import records and the batched look-ups a preview needs, and the one
 * place an import is stored and audited ({@link LedgerImports}). The enterprise and commissioner contexts check
 * their own rows ({@code EnterpriseLedgerService}, {@code CommissionerLedgerService}).
 */
package cn.kejiju.workbench.ledger;
