package cn.kejiju.workbench.ledger;

/**
 * A column of a ledger: the key that names it everywhere (it is also the field a rule names when it refuses the
 * value), whether the column must be present, and for a column of listed values the enumeration it takes.
 */
public record LedgerColumn(String key, boolean required, Class<? extends Enum<?>> choices) {

    public static LedgerColumn required(String key) {
        return new LedgerColumn(key, true, null);
    }

    public static LedgerColumn optional(String key) {
        return new LedgerColumn(key, false, null);
    }

    public static LedgerColumn choice(String key, boolean required, Class<? extends Enum<?>> choices) {
        return new LedgerColumn(key, required, choices);
    }

    public boolean isChoice() {
        return choices != null;
    }
}
