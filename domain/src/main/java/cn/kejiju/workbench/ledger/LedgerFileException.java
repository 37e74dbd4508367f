package cn.kejiju.workbench.ledger;

import cn.kejiju.workbench.shared.RuleViolationException;

/** The uploaded file cannot be read as a ledger at all: not a workbook, too large, no header row, a column missing. */
public class LedgerFileException extends RuleViolationException {

    private static final long serialVersionUID = 1L;

    public LedgerFileException(String messageKey, Object... arguments) {
        super(messageKey, "file", arguments);
    }
}
