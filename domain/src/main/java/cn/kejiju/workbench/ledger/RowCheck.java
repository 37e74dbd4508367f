package cn.kejiju.workbench.ledger;

import cn.kejiju.workbench.shared.DomainException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Checks one ledger row: reads its values, runs the domain's own value objects and rules, and collects every
 * refusal under the column it concerns instead of stopping at the first. The field a rule names is the column
 * key, or is translated through {@code fieldToColumn} (e.g. {@code townshipId} to {@code township}).
 */
public final class RowCheck {

    private final LedgerRow row;
    private final Map<String, String> fieldToColumn;
    private final List<RowError> errors = new ArrayList<>();

    public RowCheck(LedgerRow row, Map<String, String> fieldToColumn) {
        this.row = row;
        this.fieldToColumn = fieldToColumn;
    }

    public LedgerRow row() {
        return row;
    }

    public String value(String key) {
        return row.value(key);
    }

    public boolean has(String key) {
        return row.has(key);
    }

    /** The value of a column, or an error "required" when it is empty. */
    public Optional<String> required(String key) {
        if (!row.has(key)) {
            error(key, "field.required");
            return Optional.empty();
        }
        return Optional.of(row.value(key));
    }

    /** A listed value (already the constant's name when the label was recognised); an error when not in the list. */
    public <E extends Enum<E>> E choice(String key, Class<E> type) {
        if (!row.has(key)) {
            return null;
        }
        try {
            return Enum.valueOf(type, row.value(key));
        } catch (IllegalArgumentException e) {
            error(key, "ledger.notInList", row.value(key));
            return null;
        }
    }

    /** A date in any of the forms {@link LedgerText#date} reads; an error when it is none. */
    public java.time.LocalDate date(String key) {
        if (!row.has(key)) {
            return null;
        }
        Optional<java.time.LocalDate> date = LedgerText.date(row.value(key));
        if (date.isEmpty()) {
            error(key, "ledger.date", row.value(key));
        }
        return date.orElse(null);
    }

    /** A whole number; an error when it is not one. */
    public Integer wholeNumber(String key) {
        if (!row.has(key)) {
            return null;
        }
        Optional<Integer> number = LedgerText.wholeNumber(row.value(key));
        if (number.isEmpty()) {
            error(key, "ledger.wholeNumber", row.value(key));
        }
        return number.orElse(null);
    }

    /** Runs a rule (a value object's constructor, an entity's); a refusal becomes an error of its field's column. */
    public <T> T attempt(Supplier<T> rule) {
        try {
            return rule.get();
        } catch (DomainException refusal) {
            String field = refusal.field();
            String column = field == null ? null : fieldToColumn.getOrDefault(field, field);
            errors.add(new RowError(column != null && row.values().containsKey(column) ? column : null,
                    refusal.messageKey(), Arrays.asList(refusal.arguments())));
            return null;
        }
    }

    public void error(String column, String messageKey, Object... arguments) {
        errors.add(new RowError(column, messageKey, Arrays.asList(arguments)));
    }

    public boolean failed() {
        return !errors.isEmpty();
    }

    /** Whether a column already has an error (later checks of the same value are then left out). */
    public boolean failed(String column) {
        return errors.stream().anyMatch(error -> column.equals(error.column()));
    }

    public CheckedRow result() {
        return new CheckedRow(row.number(), row.values(), errors);
    }
}
