package cn.kejiju.workbench.commissioner;

import cn.kejiju.workbench.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

class InnovationTest {

    private final Fixtures f = new Fixtures();

    @Test
    void aNameIsKeptTrimmedWithSingleSpacesSoTheSameVarietyIsOneItem() {
        assertEquals("红阳 猕猴桃", Innovation.normalize("  红阳 \t 猕猴桃 "));
        assertEquals(Innovation.normalize("金观音"), Innovation.normalize(" 金观音"));
    }

    @Test
    void aNameIsRequiredAndBounded() {
        assertEquals("field.required", assertThrows(RuleViolationException.class,
                () -> Innovation.normalize("   ")).messageKey());
        assertEquals("field.tooLong", assertThrows(RuleViolationException.class,
                () -> Innovation.normalize("品".repeat(Innovation.NAME_MAX + 1))).messageKey());
    }

    @Test
    void theInitialsFollowTheName() {
        Innovation item = new Innovation(f.county, InnovationKind.TECHNOLOGY, "茶园绿色防控");
        assertEquals("cylsfk", item.getInitials());
        item.rename(" 茶园 病虫害绿色防控 ");
        assertEquals("茶园 病虫害绿色防控", item.getName());
        assertEquals("cybchlsfk", item.getInitials());
        assertFalse(item.refreshInitials(), "already current");
    }

    @Test
    void aDuplicateOfTheSameCountyAndKindMergesIntoTheSurvivor() {
        Innovation survivor = Fixtures.withId(new Innovation(f.county, InnovationKind.TECHNOLOGY, "茶园绿色防控"));
        Innovation duplicate = Fixtures.withId(new Innovation(f.county, InnovationKind.TECHNOLOGY, "茶园绿色防控技术"));
        survivor.absorb(duplicate);

        assertEquals("commissioner.innovation.mergeSelf", assertThrows(RuleViolationException.class,
                () -> survivor.absorb(survivor)).messageKey());
        Innovation variety = Fixtures.withId(new Innovation(f.county, InnovationKind.VARIETY, "茶园绿色防控"));
        assertEquals("commissioner.innovation.mergeKind", assertThrows(RuleViolationException.class,
                () -> survivor.absorb(variety)).messageKey());
        Innovation foreign = Fixtures.withId(new Innovation(f.otherCounty, InnovationKind.TECHNOLOGY, "茶园防控"));
        RuleViolationException refused = assertThrows(RuleViolationException.class, () -> survivor.absorb(foreign));
        assertEquals("commissioner.innovation.mergeCounty", refused.messageKey());
        assertEquals("duplicateId", refused.field());
    }
}
