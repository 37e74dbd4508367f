package cn.kejiju.workbench.ledger;

import java.util.List;

/** Every row of a ledger file checked, nothing stored: what the clerk sees before deciding to import. */
public record LedgerPreview(LedgerKind kind, List<String> presentColumns, List<CheckedRow> rows) {

    public LedgerPreview {
        presentColumns = List.copyOf(presentColumns);
        rows = List.copyOf(rows);
    }

    public int total() {
        return rows.size();
    }

    public int valid() {
        return (int) rows.stream().filter(CheckedRow::isValid).count();
    }

    public int invalid() {
        return total() - valid();
    }
}
