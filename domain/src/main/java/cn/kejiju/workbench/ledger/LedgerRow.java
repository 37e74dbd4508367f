package cn.kejiju.workbench.ledger;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A data row of a ledger: its Excel row number and its cleaned values by column key (absent columns ""). */
public record LedgerRow(int number, Map<String, String> values) {

    public LedgerRow {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public String value(String key) {
        return values.getOrDefault(key, "");
    }

    public boolean has(String key) {
        return !value(key).isEmpty();
    }
}
