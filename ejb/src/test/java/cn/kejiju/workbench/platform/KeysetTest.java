package cn.kejiju.workbench.platform;

import cn.kejiju.workbench.shared.Cursor;
import cn.kejiju.workbench.shared.PageRequest;
import cn.kejiju.workbench.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class KeysetTest {

    private record Row(long id, LocalDate day) {
    }

    @Test
    void aRequestWithoutSortIsReadInTheFirstOfferedAndAnyOtherSortIsRefused() {
        assertEquals("preparedOn", Keyset.sort(new PageRequest(0, 20, null, false), "preparedOn"));
        assertEquals("openedOn", Keyset.sort(new PageRequest(0, 20, "openedOn", true), "name", "openedOn"));
        RuleViolationException refused = assertThrows(RuleViolationException.class,
                () -> Keyset.sort(new PageRequest(0, 20, "title", true), "preparedOn"));
        assertEquals("sort", refused.field());
    }

    @Test
    void aFullPageNamesTheCursorAfterItsLastRow() {
        PageRequest request = new PageRequest(0, 2, "day", false);
        List<Row> rows = List.of(new Row(9, LocalDate.of(2026, 6, 30)), new Row(4, LocalDate.of(2026, 6, 1)));
        String next = Keyset.next(rows, request, "day", Row::day, Row::id);
        assertEquals(new Cursor("day", false, LocalDate.of(2026, 6, 1), 4), Cursor.decode(next));
    }

    @Test
    void aPageThatIsNotFullIsTheLast() {
        PageRequest request = new PageRequest(0, 3, "day", false);
        assertNull(Keyset.next(List.of(new Row(9, LocalDate.of(2026, 6, 30))), request, "day", Row::day, Row::id));
        assertNull(Keyset.next(List.of(), request, "day", Row::day, Row::id));
    }

    @Test
    void aRowWithoutItsSortValueEndsTheKeyset() {
        PageRequest request = new PageRequest(0, 1, "day", true);
        assertNull(Keyset.next(List.of(new Row(9, null)), request, "day", Row::day, Row::id),
                "the list then pages by number");
    }
}
