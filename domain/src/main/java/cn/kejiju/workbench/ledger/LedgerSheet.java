package cn.kejiju.workbench.ledger;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A worksheet read as a ledger of one kind: the header row found by its column names, whatever title rows
 * (merged or not) stand above it, and the data rows below it with their values by column key.
 */
public record LedgerSheet(LedgerKind kind, int headerRow, List<String> presentColumns, List<LedgerRow> rows) {

    /** How far down the header row is looked for. */
    public static final int HEADER_SEARCH_ROWS = 30;

    public LedgerSheet {
        presentColumns = List.copyOf(presentColumns);
        rows = List.copyOf(rows);
    }

    /**
     * Finds the header: among the first {@value #HEADER_SEARCH_ROWS} rows the one whose cells name the most
     * columns (at least two). {@code names} gives, per column key, the headers it may carry (the template's
     * Chinese one, the English one, common variants), compared after {@link LedgerText#header}. Refuses a
     * sheet without such a row, one where a required column is missing (naming the missing columns by
     * {@code displayNames}), and one with more than {@link LedgerKind#MAX_ROWS} data rows.
     */
    public static LedgerSheet read(LedgerKind kind, List<RawRow> rawRows, Map<String, Set<String>> names,
                                   Map<String, String> displayNames) {
        Map<String, String> keyByHeader = new HashMap<>();
        names.forEach((key, headers) -> headers.forEach(header -> keyByHeader.put(LedgerText.header(header), key)));
        int best = -1;
        Map<String, Integer> bestColumns = Map.of();
        for (int i = 0; i < Math.min(HEADER_SEARCH_ROWS, rawRows.size()); i++) {
            Map<String, Integer> columns = new LinkedHashMap<>();
            List<String> cells = rawRows.get(i).cells();
            for (int c = 0; c < cells.size(); c++) {
                String key = keyByHeader.get(LedgerText.header(cells.get(c)));
                if (key != null) {
                    columns.putIfAbsent(key, c);
                }
            }
            if (columns.size() >= 2 && columns.size() > bestColumns.size()) {
                best = i;
                bestColumns = columns;
            }
        }
        if (best < 0) {
            throw new LedgerFileException("ledger.noHeader", HEADER_SEARCH_ROWS);
        }
        List<String> missing = new ArrayList<>();
        for (LedgerColumn column : kind.columns()) {
            if (column.required() && !bestColumns.containsKey(column.key())) {
                missing.add(displayNames.getOrDefault(column.key(), column.key()));
            }
        }
        if (!missing.isEmpty()) {
            throw new LedgerFileException("ledger.missingColumns", String.join("、", missing));
        }
        List<LedgerRow> rows = new ArrayList<>();
        for (RawRow raw : rawRows.subList(best + 1, rawRows.size())) {
            if (raw.isBlank()) {
                continue;
            }
            if (rows.size() == LedgerKind.MAX_ROWS) {
                throw new LedgerFileException("ledger.tooManyRows", LedgerKind.MAX_ROWS);
            }
            Map<String, String> values = new LinkedHashMap<>();
            for (LedgerColumn column : kind.columns()) {
                Integer index = bestColumns.get(column.key());
                values.put(column.key(), index == null ? "" : LedgerText.clean(raw.cell(index)));
            }
            rows.add(new LedgerRow(raw.number(), values));
        }
        List<String> present = kind.columns().stream().map(LedgerColumn::key).filter(bestColumns::containsKey).toList();
        return new LedgerSheet(kind, rawRows.get(best).number(), present, rows);
    }

    /** The same sheet with some values replaced, e.g. a listed value's label by the constant it names. */
    public LedgerSheet withRows(List<LedgerRow> newRows) {
        return new LedgerSheet(kind, headerRow, presentColumns, newRows);
    }
}
