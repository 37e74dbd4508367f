package cn.kejiju.workbench.platform;

import jakarta.faces.component.UIComponent;
import jakarta.faces.convert.ConverterException;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A record chosen in a search field travels as its id and comes back from the field's own source; an id that is not a
 * number or that the source does not give the caller is refused on the field with the source's message.
 */
class ChoiceConverterTest {

    private static final Choice PARK = new Choice(7, "同心创业科技园（临江县）", 2L);

    private final List<Long> asked = new ArrayList<>();

    private final ChoiceSource carriers = new ChoiceSource() {
        @Override
        public Optional<Choice> choice(long id) {
            asked.add(id);
            return id == PARK.id() ? Optional.of(PARK) : Optional.empty();
        }

        @Override
        public String unknownKey() {
            return "incubator.carrierChoice.unknown";
        }
    };

    private final ChoiceConverter converter = new ChoiceConverter() {
        @Override
        ChoiceSource source(UIComponent component) {
            return carriers;
        }
    };

    @Test
    void aVisibleIdIsItsRecordFromTheFieldsSource() {
        assertEquals(PARK, converter.getAsObject(null, null, " 7 "));
        assertEquals("7", converter.getAsString(null, null, PARK));
        assertEquals(List.of(7L), asked);
    }

    @Test
    void nothingEnteredIsNoChoiceAndAsksNothing() {
        assertNull(converter.getAsObject(null, null, null));
        assertNull(converter.getAsObject(null, null, "  "));
        assertEquals("", converter.getAsString(null, null, null));
        assertTrue(asked.isEmpty());
    }

    @Test
    void anIdNotANumberOrNotVisibleIsRefusedWithTheSourcesMessage() {
        ConverterException garbage = assertThrows(ConverterException.class,
                () -> converter.getAsObject(null, null, "7; drop table"));
        ConverterException foreign = assertThrows(ConverterException.class,
                () -> converter.getAsObject(null, null, "8"));

        assertEquals("incubator.carrierChoice.unknown", garbage.getFacesMessage().getSummary());
        assertEquals(garbage.getFacesMessage().getSummary(), foreign.getFacesMessage().getSummary());
        assertEquals(List.of(8L), asked, "garbage never reaches the source");
    }

    @Test
    void aChoiceBelongsToItsCountyOnly() {
        assertTrue(PARK.isIn(2L));
        assertFalse(PARK.isIn(3L));
        assertFalse(PARK.isIn(null));
        assertFalse(new Choice(1, "张伟").isIn(2L), "a choice without a county belongs to none");
    }
}
