package cn.kejiju.workbench.shared;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class FieldsTest {

    @Test
    void textIsStrippedAndBlankIsAbsent() {
        assertEquals("月兔广场", Fields.optional("  月兔广场 ", "venueName", 10));
        assertNull(Fields.optional(" \t", "venueName", 10));
        assertNull(Fields.optional(null, "venueName", 10));
    }

    @Test
    void aRequiredFieldIsNotBlank() {
        RuleViolationException e = assertThrows(RuleViolationException.class, () -> Fields.required("  ", "name", 10));
        assertEquals("field.required", e.messageKey());
        assertEquals("name", e.field());
        assertEquals("name", assertThrows(RuleViolationException.class, () -> Fields.present(null, "name")).field());
    }

    @Test
    void tooLongIsRefusedWithTheLimit() {
        RuleViolationException e = assertThrows(RuleViolationException.class, () -> Fields.optional("一二三四", "name", 3));
        assertEquals("field.tooLong", e.messageKey());
        assertEquals(3, e.arguments()[0]);
        assertEquals("一二三", Fields.required(" 一二三 ", "name", 3));
    }
}
