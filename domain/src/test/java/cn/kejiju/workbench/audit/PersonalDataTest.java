package cn.kejiju.workbench.audit;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class PersonalDataTest {

    @Test
    void phonesKeepTheirPrefixAndLastFourDigits() {
        assertEquals("138****5678", PersonalData.mask(PersonalData.Kind.PHONE, "13812345678"));
        assertEquals("0591-****5678", PersonalData.mask(PersonalData.Kind.PHONE, "0591-12345678"));
    }

    @Test
    void residentIdNumbersKeepTheFirstThreeAndLastFourCharacters() {
        assertEquals("110***********1234", PersonalData.mask(PersonalData.Kind.RESIDENT_ID, "110101199003071234"));
        assertEquals("350***********002X", PersonalData.maskResidentId("35012119800101002X"));
    }

    @Test
    void aValueTooShortToKeepAPartIsMaskedWhole() {
        assertEquals("******", PersonalData.maskResidentId("1101011"));
    }

    @Test
    void otherPersonalValuesKeepNothing() {
        assertEquals("******", PersonalData.mask(PersonalData.Kind.OTHER, "张三"));
    }

    @Test
    void noValueStaysNoValue() {
        for (PersonalData.Kind kind : PersonalData.Kind.values()) {
            assertNull(PersonalData.mask(kind, null), kind.name());
        }
    }
}
