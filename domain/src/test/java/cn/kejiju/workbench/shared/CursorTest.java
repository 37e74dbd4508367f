package cn.kejiju.workbench.shared;

import cn.kejiju.workbench.commissioner.LogStatus;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CursorTest {

    private static void refused(Runnable action) {
        RuleViolationException e = assertThrows(RuleViolationException.class, action::run);
        assertEquals("page.cursor", e.messageKey());
        assertEquals("after", e.field());
    }

    @Test
    void aCursorComesBackAsItWasGivenOut() {
        for (Object value : new Object[] {LocalDate.of(2026, 12, 4), LocalDateTime.of(2026, 12, 4, 23, 59, 30),
                "林志远", 42L}) {
            Cursor cursor = Cursor.after("key", false, value, 1451);
            assertEquals(cursor, Cursor.decode(cursor.encode()), value.toString());
        }
    }

    @Test
    void anEnumTravelsByItsNameAndAnIntegerAsALong() {
        Cursor byStatus = Cursor.decode(Cursor.after("status", true, LogStatus.APPROVED, 7).encode());
        assertEquals("APPROVED", byStatus.value());
        assertEquals(7L, byStatus.id());
        assertEquals(5L, Cursor.after("n", true, 5, 1).value());
    }

    @Test
    void theEncodedFormIsOpaqueAndSafeInAnAddress() {
        String encoded = Cursor.after("serviceDate", false, LocalDate.of(2026, 1, 31), 99).encode();
        assertFalse(encoded.contains("2026"));
        assertEquals(encoded, encoded.replaceAll("[^A-Za-z0-9_-]", ""));
    }

    @Test
    void aRowWithoutSortValueGivesNoCursorAndNoneIsNoCursor() {
        assertNull(Cursor.after("submittedAt", false, null, 3));
        assertNull(Cursor.decode(null));
        assertNull(Cursor.decode(" "));
    }

    @Test
    void aMalformedCursorIsRefusedNamingTheParameter() {
        refused(() -> Cursor.decode("not a cursor!"));
        refused(() -> Cursor.decode("bm9wZQ"));
        String wrongDate = java.util.Base64.getUrlEncoder().encodeToString("1\nserviceDate\nd\nd\n5\n2026-13-40".getBytes());
        refused(() -> Cursor.decode(wrongDate));
    }

    @Test
    void aCursorOfAnotherSortOrDirectionIsRefused() {
        Cursor cursor = Cursor.after("serviceDate", false, LocalDate.of(2026, 1, 31), 99);
        assertEquals(cursor, cursor.requireFor("serviceDate", false));
        refused(() -> cursor.requireFor("kind", false));
        refused(() -> cursor.requireFor("serviceDate", true));
    }
}
