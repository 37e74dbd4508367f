package cn.kejiju.workbench.preparedness;

import cn.kejiju.workbench.Fixtures;
import cn.kejiju.workbench.jurisdiction.Jurisdiction;
import cn.kejiju.workbench.shared.ConflictException;
import cn.kejiju.workbench.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static cn.kejiju.workbench.Fixtures.CLOCK;
import static cn.kejiju.workbench.Fixtures.TODAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RegisterTest {

    private final Fixtures f = new Fixtures();
    private final Jurisdiction otherTownship = Fixtures.withId(Jurisdiction.under(f.county, "359921102000", "青石镇"));

    private RegisterHolder appoint(RegisterPost post, Jurisdiction place, Optional<RegisterHolder> current) {
        return RegisterHolder.appoint(post, place, current, "王芳", "13812345678", TODAY.minusYears(1), CLOCK);
    }

    @Test
    void theAssistantHoldsATownshipAndTheReportersAVillage() {
        RegisterHolder assistant = appoint(RegisterPost.ASSISTANT, f.township, Optional.empty());
        assertEquals(f.township, assistant.getTownship());
        assertEquals(f.county, assistant.getCounty());
        RegisterHolder reporter = appoint(RegisterPost.RAPID_REPORTER, f.village, Optional.empty());
        assertEquals(f.township, reporter.getTownship());
        assertEquals(f.county, reporter.getCounty());
        assertEquals("placeId", assertThrows(RuleViolationException.class,
                () -> appoint(RegisterPost.ASSISTANT, f.village, Optional.empty())).field());
        assertEquals("placeId", assertThrows(RuleViolationException.class,
                () -> appoint(RegisterPost.MACRO_REPORTER, f.township, Optional.empty())).field());
    }

    @Test
    void onePostHasOneCurrentHolder() {
        RegisterHolder first = Fixtures.withId(appoint(RegisterPost.MACRO_REPORTER, f.village, Optional.empty()));
        ConflictException taken = assertThrows(ConflictException.class,
                () -> appoint(RegisterPost.MACRO_REPORTER, f.village, Optional.of(first)));
        assertEquals("preparedness.register.postTaken", taken.messageKey());

        first.end(TODAY, CLOCK);
        assertFalse(first.isCurrent());
        assertTrue(appoint(RegisterPost.MACRO_REPORTER, f.village, Optional.empty()).isCurrent());
    }

    @Test
    void anEndedHolderStaysEndedAndTheEndFollowsTheStart() {
        RegisterHolder holder = appoint(RegisterPost.ASSISTANT, f.township, Optional.empty());
        assertThrows(RuleViolationException.class, () -> holder.end(TODAY.minusYears(2), CLOCK));
        assertThrows(RuleViolationException.class, () -> holder.end(TODAY.plusDays(1), CLOCK));
        holder.end(TODAY, CLOCK);
        assertEquals(TODAY, holder.getEndedOn());
        assertThrows(ConflictException.class, () -> holder.end(TODAY, CLOCK));
        assertThrows(ConflictException.class, () -> holder.revise("李强", "13900001111", CLOCK));
    }

    @Test
    void aCorrectionKeepsTheSinceDateUnlessGivenAndNeverTakesAFutureOne() {
        RegisterHolder holder = appoint(RegisterPost.ASSISTANT, f.township, Optional.empty());
        holder.revise("李强", "13900001111", null, CLOCK);
        assertEquals("李强", holder.getName());
        assertEquals(TODAY.minusYears(1), holder.getSince());
        holder.revise("李强", "13900001111", TODAY.minusMonths(3), CLOCK);
        assertEquals(TODAY.minusMonths(3), holder.getSince());
        assertEquals("since", assertThrows(RuleViolationException.class,
                () -> holder.revise("李强", "13900001111", TODAY.plusDays(1), CLOCK)).field());
        assertEquals(TODAY.minusMonths(3), holder.getSince());
        holder.end(TODAY, CLOCK);
        assertThrows(ConflictException.class, () -> holder.revise("李强", "13900001111", TODAY, CLOCK));
    }

    @Test
    void aSinceDateInTheFutureIsRefused() {
        assertEquals("since", assertThrows(RuleViolationException.class, () -> RegisterHolder.appoint(
                RegisterPost.ASSISTANT, f.township, Optional.empty(), "王芳", "13812345678", TODAY.plusDays(1),
                CLOCK)).field());
    }

    @Test
    void thePhoneIsCheckedAndShownMasked() {
        RegisterHolder holder = appoint(RegisterPost.ASSISTANT, f.township, Optional.empty());
        assertEquals("138****5678", holder.maskedPhone());
        assertFalse(holder.toString().contains("13812345678"), holder.toString());
        assertEquals("phone", assertThrows(RuleViolationException.class, () -> RegisterHolder.appoint(
                RegisterPost.ASSISTANT, otherTownship, Optional.empty(), "王芳", "12345", TODAY, CLOCK)).field());
    }

    @Test
    void gapsAreTheTownshipsWithoutAnAssistantAndTheVillagesWithoutAReporter() {
        Set<RegisterSlot> filled = Set.of(
                new RegisterSlot(RegisterPost.ASSISTANT, f.township.getCode()),
                new RegisterSlot(RegisterPost.MACRO_REPORTER, f.village.getCode()),
                new RegisterSlot(RegisterPost.RAPID_REPORTER, f.village.getCode()),
                new RegisterSlot(RegisterPost.MACRO_REPORTER, f.otherVillage.getCode()));

        List<RegisterGap> gaps = RegisterGaps.of(List.of(f.township, otherTownship),
                List.of(f.village, f.otherVillage), filled);

        assertEquals(List.of(
                new RegisterGap(f.township, f.otherVillage, RegisterPost.RAPID_REPORTER),
                new RegisterGap(otherTownship, otherTownship, RegisterPost.ASSISTANT)), gaps);
    }

    @Test
    void aFullRegisterHasNoGaps() {
        Set<RegisterSlot> filled = Set.of(
                new RegisterSlot(RegisterPost.ASSISTANT, f.township.getCode()),
                new RegisterSlot(RegisterPost.MACRO_REPORTER, f.village.getCode()),
                new RegisterSlot(RegisterPost.RAPID_REPORTER, f.village.getCode()));
        assertTrue(RegisterGaps.of(List.of(f.township), List.of(f.village), filled).isEmpty());
        assertEquals(3, RegisterGaps.of(List.of(f.township), List.of(f.village), Set.of()).size());
    }

    @Test
    void completenessIsFilledOfRequiredInPercent() {
        assertEquals(new BigDecimal("87.5"), new RegisterCompleteness(7, 8).percent());
        assertEquals(new BigDecimal("66.7"), new RegisterCompleteness(2, 3).percent());
        assertEquals(new BigDecimal("100.0"), new RegisterCompleteness(0, 0).percent());
    }
}
