/**
 * Ledgers kept in Excel (台账): the commissioner ledger and the enterprise list every county already keeps.
 * A workbook's rows are read as text, normalised ({@link LedgerText}), matched to the columns of a
 * {@link LedgerKind} by their header ({@link LedgerSheet}), checked row by row with the same value objects and
 * entity rules the forms use, shown as a preview, and imported in one audited action ({@link LedgerImport})
 * that names the file it came from.
 */
package cn.kejiju.workbench.ledger;
