package cn.kejiju.workbench.commissioner.pages;

import cn.kejiju.workbench.platform.PageMessages;
import jakarta.faces.convert.ConverterException;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A commissioner chosen in a page travels as its id; an id that is not a number or not visible is refused on the field. */
class CommissionerChoiceConverterTest {

    private static final CommissionerChoice ZHANG = new CommissionerChoice(7, "张伟");

    private final List<Long> asked = new ArrayList<>();
    private final CommissionerChoiceConverter converter = new CommissionerChoiceConverter();

    CommissionerChoiceConverterTest() {
        converter.choices = new CommissionerChoices() {
            @Override
            public Optional<CommissionerChoice> choice(long id) {
                asked.add(id);
                return id == ZHANG.id() ? Optional.of(ZHANG) : Optional.empty();
            }
        };
        converter.messages = new PageMessages() {
            @Override
            public String text(String key, Object... arguments) {
                return "text of " + key;
            }
        };
    }

    @Test
    void aVisibleIdIsItsCommissioner() {
        assertEquals(ZHANG, converter.getAsObject(null, null, " 7 "));
    }

    @Test
    void nothingEnteredIsNoChoiceAndAsksNothing() {
        assertNull(converter.getAsObject(null, null, null));
        assertNull(converter.getAsObject(null, null, "  "));
        assertTrue(asked.isEmpty());
    }

    @Test
    void anIdNotANumberOrNotVisibleIsRefusedWithTheSameMessage() {
        ConverterException garbage = assertThrows(ConverterException.class,
                () -> converter.getAsObject(null, null, "7; drop table"));
        ConverterException foreign = assertThrows(ConverterException.class,
                () -> converter.getAsObject(null, null, "8"));

        assertEquals("text of commissioner.choice.unknown", garbage.getFacesMessage().getSummary());
        assertEquals(garbage.getFacesMessage().getSummary(), foreign.getFacesMessage().getSummary());
        assertEquals(List.of(8L), asked);
    }

    @Test
    void aChoiceIsWrittenAsItsIdAndNoneAsNothing() {
        assertEquals("7", converter.getAsString(null, null, ZHANG));
        assertEquals("", converter.getAsString(null, null, null));
    }
}
