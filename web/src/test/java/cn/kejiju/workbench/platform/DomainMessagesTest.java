package cn.kejiju.workbench.platform;

import cn.kejiju.workbench.shared.NotFoundException;
import cn.kejiju.workbench.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A refused rule reads as a sentence in the clerk's language, with record types translated and input quoted safely. */
class DomainMessagesTest {

    private final DomainMessages messages = new DomainMessages();

    @Test
    void theRecordTypeIsNamedInTheCallersLanguage() {
        NotFoundException missing = new NotFoundException("Commissioner", 7L);

        assertEquals("科技特派员（编号 7）不存在", messages.resolve(missing, Locale.SIMPLIFIED_CHINESE));
        assertEquals("Commissioner 7 does not exist", messages.resolve(missing, Locale.ENGLISH));
    }

    @Test
    void wholeNumbersAreShownWithoutDigitGrouping() {
        String text = messages.resolve(new RuleViolationException("target.unknown", "targetId", 1234567L), Locale.ENGLISH);

        assertEquals("Service target 1234567 does not exist", text);
    }

    @Test
    void withoutALanguageOrWithAnotherTheDefaultChineseIsUsedNeverTheServersLocale() {
        RuleViolationException failure = new RuleViolationException("field.tooLong", "name", 60);

        assertEquals("最多 60 个字符", messages.resolve(failure, null));
        assertEquals("最多 60 个字符", messages.resolve(failure, Locale.GERMAN));
    }

    @Test
    void aKeyTheBundleLacksIsShownAsItIs() {
        assertEquals("no.such.key", messages.resolve(new RuleViolationException("no.such.key", "x"), Locale.ENGLISH));
    }

    @Test
    void quotedInputIsCutAtFortyCharactersAndLosesControlAndBidiCharacters() {
        String excerpt = DomainMessages.excerpt("临".repeat(50));
        assertEquals("临".repeat(40) + "…", excerpt);

        String cleaned = DomainMessages.excerpt("abc\u202Edef\u0007");
        assertFalse(cleaned.contains("\u202E"), cleaned);
        assertFalse(cleaned.contains("\u0007"), cleaned);
        assertTrue(cleaned.startsWith("abc"), cleaned);

        String text = messages.resolve(new RuleViolationException("target.unknown", "targetId", "x".repeat(100)),
                Locale.ENGLISH);
        assertEquals("Service target " + "x".repeat(40) + "… does not exist", text);
    }
}
