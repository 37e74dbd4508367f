package cn.kejiju.workbench.platform;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IdParameterTest {

    @Test
    void aWholeNumberNamesThatRecord() {
        assertEquals(42L, IdParameter.parse("42"));
        assertEquals(7L, IdParameter.parse(" 7 "));
        assertEquals(123456789012345678L, IdParameter.parse("123456789012345678"));
        assertFalse(IdParameter.namesNothing("42"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "-1", "+1", "1.5", "1e3", "4 2", "1234567890123456789", "١٢"})
    void anythingElseNamesNothing(String text) {
        assertNull(IdParameter.parse(text));
        assertTrue(IdParameter.namesNothing(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void aBlankParameterIsNoParameter(String text) {
        assertNull(IdParameter.parse(text));
        assertFalse(IdParameter.namesNothing(text));
    }

    @Test
    void aMissingParameterIsNoParameter() {
        assertNull(IdParameter.parse(null));
        assertFalse(IdParameter.namesNothing(null));
    }
}
