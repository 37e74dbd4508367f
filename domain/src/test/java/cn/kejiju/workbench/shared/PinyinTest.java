package cn.kejiju.workbench.shared;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PinyinTest {

    @Test
    void aChineseNameGivesTheFirstLetterOfEachSyllable() {
        assertEquals("cylsfk", Pinyin.initials("茶园绿色防控"));
        assertEquals("jgy", Pinyin.initials("金观音"));
        assertEquals("bczz", Pinyin.initials("白陈张赵"));
    }

    @Test
    void latinLettersAndDigitsAreKeptInLowerCaseAndPunctuationIsLeftOut() {
        assertEquals("fy6h", Pinyin.initials("福云6号"));
        assertEquals("abcpz", Pinyin.initials("ABC·品种"));
        assertEquals("hyxc", Pinyin.initials("红阳（新村）"));
        assertEquals("", Pinyin.initials(null));
    }

    @Test
    void typedInitialsMatchInOrderWhereverTheirSyllablesFall() {
        assertEquals("%c%y%l%f%", Pinyin.likePattern(" CYLF "));
    }

    @Test
    void onlyLatinLettersAndDigitsCanBeTypedInitials() {
        assertTrue(Pinyin.canBeInitials("cylf"));
        assertTrue(Pinyin.canBeInitials(" CY "));
        assertFalse(Pinyin.canBeInitials("茶园"));
        assertTrue(Pinyin.canBeInitials("fy6h"));
        assertFalse(Pinyin.canBeInitials("6号"));
        assertFalse(Pinyin.canBeInitials("2026"));
        assertFalse(Pinyin.canBeInitials(""));
        assertEquals("cy", Pinyin.typedInitials(" CY "));
    }
}
