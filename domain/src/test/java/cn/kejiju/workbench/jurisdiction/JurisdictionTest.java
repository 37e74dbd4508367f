package cn.kejiju.workbench.jurisdiction;

import cn.kejiju.workbench.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JurisdictionTest {

    private final Jurisdiction city = Jurisdiction.city("359900000000", "江州市");
    private final Jurisdiction county = Jurisdiction.under(city, "359921000000", "临江县");
    private final Jurisdiction township = Jurisdiction.under(county, "359921101000", "城关镇");
    private final Jurisdiction village = Jurisdiction.under(township, "359921101201", "东岭村");

    @Test
    void levelsFollowTheParent() {
        assertEquals(JurisdictionLevel.CITY, city.getLevel());
        assertEquals(JurisdictionLevel.COUNTY, county.getLevel());
        assertEquals(JurisdictionLevel.TOWNSHIP, township.getLevel());
        assertEquals(JurisdictionLevel.VILLAGE, village.getLevel());
        assertSame(township, village.getParent());
    }

    @Test
    void countyOfEachLevel() {
        assertNull(city.county());
        assertSame(county, county.county());
        assertSame(county, township.county());
        assertSame(county, village.county());
    }

    @Test
    void containsItsDescendantsOnly() {
        Jurisdiction otherCounty = Jurisdiction.under(city, "359922000000", "云岭县");
        assertTrue(city.contains(village));
        assertTrue(county.contains(village));
        assertTrue(county.contains(county));
        assertFalse(otherCounty.contains(village));
        assertFalse(village.contains(county));
    }

    @Test
    void aVillageHasNoChildren() {
        RuleViolationException e = assertThrows(RuleViolationException.class,
                () -> Jurisdiction.under(village, "359921101201", "x"));
        assertEquals("jurisdiction.villageHasNoChildren", e.messageKey());
    }

    @Test
    void codeMustExtendTheParentsPrefix() {
        RuleViolationException e = assertThrows(RuleViolationException.class,
                () -> Jurisdiction.under(county, "359922101000", "别县的镇"));
        assertEquals("jurisdiction.codeParent", e.messageKey());
    }

    @Test
    void codeMustMatchTheLevel() {
        // a township code under a county must not be the county's own code, nor carry village digits
        assertEquals("jurisdiction.codeLevel", assertThrows(RuleViolationException.class,
                () -> Jurisdiction.under(county, "359921000000", "x")).messageKey());
        assertEquals("jurisdiction.codeLevel", assertThrows(RuleViolationException.class,
                () -> Jurisdiction.under(county, "359921101001", "x")).messageKey());
        assertEquals("jurisdiction.codeFormat", assertThrows(RuleViolationException.class,
                () -> Jurisdiction.city("3599", "x")).messageKey());
    }

    @Test
    void nameIsRequiredAndTrimmed() {
        assertEquals("jurisdiction.nameRequired", assertThrows(RuleViolationException.class,
                () -> Jurisdiction.under(county, "359921102000", "  ")).messageKey());
        township.rename("  城关街道 ");
        assertEquals("城关街道", township.getName());
    }
}
