package cn.kejiju.workbench.platform;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bureau clock from its settings, whatever the machine's zone (the build runs this in America/Los_Angeles). */
class BureauClocksTest {

    private static final ZoneId BUREAU = ZoneId.of("Asia/Shanghai");

    @Test
    void theRealClockRunsInTheBureausZone() {
        Clock clock = BureauClocks.of(BUREAU, Optional.empty(), Optional.empty());
        assertEquals(BUREAU, clock.getZone());
        assertTrue(Duration.between(clock.instant(), Instant.now()).abs().getSeconds() < 5);
    }

    @Test
    void aFixedClockStandsAtABureauLocalTime() {
        Clock clock = BureauClocks.of(BUREAU, Optional.of("2026-12-31T23:59:30"), Optional.empty());
        assertEquals(Instant.parse("2026-12-31T15:59:30Z"), clock.instant());
        assertEquals(LocalDate.of(2026, 12, 31), LocalDate.now(clock));
        assertEquals(clock.instant(), clock.instant(), "it stands still");
    }

    @Test
    void anOffsetClockRunsAheadOrBehindTheRealTime() {
        Clock clock = BureauClocks.of(BUREAU, Optional.empty(), Optional.of(Duration.ofHours(-9)));
        long behind = Duration.between(clock.instant(), Instant.now()).toMinutes();
        assertTrue(behind >= 539 && behind <= 540, "nine hours behind: " + behind);
    }

    @Test
    void fixedAndOffsetExcludeEachOther() {
        assertThrows(IllegalArgumentException.class,
                () -> BureauClocks.of(BUREAU, Optional.of("2026-12-31T23:59:30"), Optional.of(Duration.ofHours(1))));
    }
}
