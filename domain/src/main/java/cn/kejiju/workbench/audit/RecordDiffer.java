package cn.kejiju.workbench.audit;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The field changes between two states of a record, for the audit trail. The states are Java
 * records of the same public type (a draft, a snapshot); each component is a field, named as the
 * component. Values are compared as they are and written as text; components marked
 * {@link Personal} are written masked. A creation has no state before ({@code null}): every field
 * with a value is a change; a deletion has no state after: likewise.
 */
public final class RecordDiffer {

    private RecordDiffer() {
    }

    public static <R extends Record> List<FieldChange> diff(R before, R after) {
        if (before == null && after == null) {
            return List.of();
        }
        Class<?> type = before != null ? before.getClass() : after.getClass();
        if (before != null && after != null && before.getClass() != after.getClass()) {
            throw new IllegalArgumentException("two states of different records: " + before.getClass() + ", " + after.getClass());
        }
        List<FieldChange> changes = new ArrayList<>();
        for (RecordComponent component : type.getRecordComponents()) {
            Object old = before == null ? null : value(component, before);
            Object now = after == null ? null : value(component, after);
            if (!Objects.equals(old, now)) {
                Personal personal = component.getAnnotation(Personal.class);
                changes.add(new FieldChange(component.getName(), text(old, personal), text(now, personal)));
            }
        }
        return List.copyOf(changes);
    }

    private static Object value(RecordComponent component, Record state) {
        try {
            return component.getAccessor().invoke(state);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalArgumentException("cannot read " + component.getName() + " of " + state.getClass()
                    + " (audited records must be public)", e);
        }
    }

    private static String text(Object value, Personal personal) {
        String text;
        if (value == null) {
            text = null;
        } else if (value instanceof Enum<?> constant) {
            text = constant.name();
        } else if (value instanceof BigDecimal number) {
            text = number.toPlainString();
        } else {
            text = value.toString();
        }
        return personal == null ? text : PersonalData.mask(personal.value(), text);
    }
}
