package cn.kejiju.workbench.ledger;

import java.util.List;

/** A worksheet row as read: its number as Excel shows it (from 1) and its cells as text, blanks as "". */
public record RawRow(int number, List<String> cells) {

    public RawRow {
        cells = List.copyOf(cells);
    }

    public String cell(int index) {
        return index < cells.size() ? cells.get(index) : "";
    }

    public boolean isBlank() {
        return cells.stream().allMatch(cell -> LedgerText.clean(cell).isEmpty());
    }
}
