package cn.kejiju.workbench.commissioner.api;

import cn.kejiju.workbench.shared.PageRequest;
import cn.kejiju.workbench.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ApiParamsTest {

    @Test
    void aPageRequestTakesTheSortKeyAndTheDirection() {
        assertEquals(new PageRequest(3, 50, "serviceDate", true), ApiParams.page(3, 50, "serviceDate", "asc"));
        assertEquals(new PageRequest(0, 20, null, false), ApiParams.page(0, 20, null, "desc"));
    }

    @Test
    void anotherDirectionIsRefusedNamingTheParameter() {
        RuleViolationException refused = assertThrows(RuleViolationException.class,
                () -> ApiParams.page(0, 20, "name", "up"));
        assertEquals("dir", refused.field());
    }

    @Test
    void aDayIsReadAsAnIsoDate() {
        assertEquals(LocalDate.of(2026, 3, 1), ApiParams.day(" 2026-03-01 ", "from"));
    }

    @Test
    void aDayLeftOutIsNone() {
        assertNull(ApiParams.day(null, "from"));
        assertNull(ApiParams.day("  ", "from"));
    }
}
