package cn.kejiju.workbench;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * "Today" and "now" for the tests, on the same clock as the server under test: the bureau's time
 * zone ({@code workbench.time-zone}, which the build gives the server and the tests alike), never the
 * machine's. The build runs the tests in a zone far from the bureau's on purpose, so a test that asks the
 * machine for the date fails every time, not only in the evening.
 */
public final class BureauClock {

    /** The bureau's zone, as configured for the server under test (Asia/Shanghai unless changed). */
    public static final ZoneId ZONE = ZoneId.of(System.getProperty("workbench.time-zone", "Asia/Shanghai"));

    private BureauClock() {
    }

    public static Clock clock() {
        return Clock.system(ZONE);
    }

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    public static LocalDateTime now() {
        return LocalDateTime.now(ZONE);
    }

    public static Instant instant() {
        return Instant.now();
    }

    /** A clock standing still at a bureau local time, for fixtures written "as of" a day. */
    public static Clock fixedAt(LocalDateTime bureauTime) {
        return Clock.fixed(bureauTime.atZone(ZONE).toInstant(), ZONE);
    }
}
