package cn.kejiju.workbench.ledger;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Why a row cannot be imported: the column it concerns ({@code null} for the whole row), and the message key
 * with its arguments, resolved in the reader's language like every refusal of a rule.
 */
public record RowError(String column, String messageKey, List<Object> arguments) {

    public RowError {
        arguments = Collections.unmodifiableList(new ArrayList<>(arguments));
    }

    public Object[] argumentArray() {
        return arguments.toArray();
    }
}
