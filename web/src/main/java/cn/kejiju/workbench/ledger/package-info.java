/**
 * Ledgers kept in Excel, the web side: reading an uploaded workbook into rows of text and writing the templates
 * ({@link LedgerWorkbook}), the column names and listed values in the clerk's language ({@link LedgerVocabulary}),
 * the checks every upload passes ({@link LedgerUploads}); the preview and import DTOs in {@code api}, the import
 * page in {@code pages}. The enterprise and commissioner contexts expose them under their own paths.
 */
package cn.kejiju.workbench.ledger;
