package cn.kejiju.workbench.ledger;

import java.util.List;
import java.util.Map;

/** A row of the preview: its number, its values as read and what stands in the way of importing it. */
public record CheckedRow(int number, Map<String, String> values, List<RowError> errors) {

    public CheckedRow {
        values = Map.copyOf(values);
        errors = List.copyOf(errors);
    }

    public boolean isValid() {
        return errors.isEmpty();
    }
}
