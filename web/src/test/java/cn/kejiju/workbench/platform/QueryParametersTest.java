package cn.kejiju.workbench.platform;

import cn.kejiju.workbench.shared.PageRequest;
import cn.kejiju.workbench.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The query parameters every resource shares: paging, days and yes-or-no. */
class QueryParametersTest {

    @Test
    void aPageRequestTakesTheSortKeyAndTheDirection() {
        assertEquals(new PageRequest(3, 50, "serviceDate", true), PageParameters.of(3, 50, "serviceDate", "asc"));
        assertEquals(new PageRequest(0, 20, null, false), PageParameters.of(0, 20, null, "desc"));
        assertEquals(new PageRequest(0, 20, null, false, null), PageParameters.of(0, 20, null, "desc", null));
    }

    @Test
    void anotherDirectionIsRefusedNamingTheParameter() {
        RuleViolationException refused = assertThrows(RuleViolationException.class,
                () -> PageParameters.of(0, 20, "name", "up"));
        assertEquals("dir", refused.field());
        assertThrows(RuleViolationException.class, () -> PageParameters.ascending("ASC"));
    }

    @Test
    void aDayIsReadAsAnIsoDate() {
        assertEquals(LocalDate.of(2026, 3, 1), DayParameter.parse(" 2026-03-01 ", "from"));
    }

    @Test
    void aDayLeftOutIsNone() {
        assertNull(DayParameter.parse(null, "from"));
        assertNull(DayParameter.parse("  ", "from"));
    }

    @Test
    void aYesOrNoIsTrueOrFalseInAnyCase() {
        assertTrue(FlagParameter.parse("true", false, "overdue"));
        assertTrue(FlagParameter.parse(" TRUE ", false, "overdue"));
        assertFalse(FlagParameter.parse("False", true, "dryRun"));
        assertEquals(Boolean.FALSE, FlagParameter.parse("false", "sme"));
    }

    @Test
    void aYesOrNoLeftOutIsItsDefaultOrNoFilter() {
        assertTrue(FlagParameter.parse(null, true, "dryRun"));
        assertFalse(FlagParameter.parse("", false, "overdue"));
        assertNull(FlagParameter.parse(null, "highTech"));
        assertNull(FlagParameter.parse(" ", "highTech"));
    }

    @Test
    void anythingElseIsRefusedNotReadAsFalse() {
        // the resources answer it with 400 naming the parameter (HostileApiIT, LedgerImportIT)
        for (String text : new String[] {"yes", "no", "1", "0", "on", "是", "truee"}) {
            assertThrows(IllegalArgumentException.class, () -> FlagParameter.read(text), text);
        }
    }
}
