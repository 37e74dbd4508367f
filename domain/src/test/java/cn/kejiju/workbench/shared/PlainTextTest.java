package cn.kejiju.workbench.shared;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class PlainTextTest {

    @Test
    void controlAndBidiFormattingCharactersAreLeftOut() {
        assertEquals("invoicefdp.exe", PlainText.strip("invoice\u202Efdp.exe"));
        assertEquals("ab", PlainText.strip("a\u0000\u0007\u001B\u007F\u0085\r\n\tb"));
        assertEquals("ab", PlainText.strip("a\u202A\u202B\u202C\u202D\u2066\u2067\u2068\u2069\u200E\u200F\u061Cb"));
        assertEquals("云岭县 企业", PlainText.strip("云岭县 企业"));
        assertNull(PlainText.strip(null));
    }

    @Test
    void anExcerptKeepsAtMostTheGivenCharactersAndMarksTheCut() {
        assertEquals("abc", PlainText.excerpt("abc", 3));
        assertEquals("abc…", PlainText.excerpt("abcd", 3));
        assertEquals("𠀀𠀀…", PlainText.excerpt("𠀀𠀀𠀀", 2));
        assertEquals(41, PlainText.excerpt("x".repeat(1_000_000), 40).length());
    }
}
