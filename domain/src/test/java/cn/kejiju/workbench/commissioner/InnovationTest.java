package cn.kejiju.workbench.commissioner;

import cn.kejiju.workbench.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class InnovationTest {

    @Test
    void aNameIsKeptTrimmedWithSingleSpacesSoTheSameVarietyIsOneItem() {
        assertEquals("红阳 猕猴桃", Innovation.normalize("  红阳 \t 猕猴桃 "));
        assertEquals(Innovation.normalize("金观音"), Innovation.normalize(" 金观音"));
    }

    @Test
    void aNameIsRequiredAndBounded() {
        assertEquals("field.required", assertThrows(RuleViolationException.class,
                () -> Innovation.normalize("   ")).messageKey());
        assertEquals("field.tooLong", assertThrows(RuleViolationException.class,
                () -> Innovation.normalize("品".repeat(Innovation.NAME_MAX + 1))).messageKey());
    }
}
