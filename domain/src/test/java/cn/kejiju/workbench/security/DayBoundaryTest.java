package cn.kejiju.workbench.security;

import cn.kejiju.workbench.jurisdiction.Jurisdiction;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Token validity, lockouts and password expiry at both sides of midnight bureau time, with "now" taken
 * from clocks that are instants (the machine's zone plays no part; the build runs these tests in
 * America/Los_Angeles, where both instants fall on 30 June).
 */
class DayBoundaryTest {

    private static final ZoneId BUREAU = ZoneId.of("Asia/Shanghai");
    /** 30 June, 23:59:30 bureau time. */
    private static final Clock BEFORE_MIDNIGHT = Clock.fixed(Instant.parse("2026-06-30T15:59:30Z"), BUREAU);
    /** 1 July, 00:00:30 bureau time. */
    private static final Clock AFTER_MIDNIGHT = Clock.fixed(Instant.parse("2026-06-30T16:00:30Z"), BUREAU);
    private static final LocalDate LAST_OF_JUNE = LocalDate.of(2026, 6, 30);

    private final Jurisdiction city = Jurisdiction.city("359900000000", "江州市");
    private final Jurisdiction county = Jurisdiction.under(city, "359921000000", "临江县");

    @Test
    void aTokenValidUntilTheLastOfJuneWorksUntilMidnightAndNotAfter() {
        LocalDateTime issuedAt = LAST_OF_JUNE.minusMonths(1).atTime(9, 0);
        ApiToken token = ApiToken.issue("财政局对接", county, TokenScope.READ, LAST_OF_JUNE.atTime(LocalTime.of(23, 59, 59)),
                "secadmin", issuedAt).token();
        assertTrue(token.isUsableOn(LocalDateTime.now(BEFORE_MIDNIGHT)));
        assertFalse(token.isUsableOn(LocalDateTime.now(AFTER_MIDNIGHT)));
    }

    @Test
    void aLockoutBeforeMidnightLastsItsMinutesIntoTheNextDay() {
        PasswordPolicy policy = PasswordPolicy.defaults();
        UserAccount user = new UserAccount("zhang.san", "张三", Set.of(Role.VIEWER), county,
                PasswordHash.hash("Initial#2026".toCharArray()), LAST_OF_JUNE.atTime(8, 0));
        LocalDateTime lastFailure = LocalDateTime.now(BEFORE_MIDNIGHT);
        boolean locked = false;
        for (int i = 0; i < policy.getMaxFailures(); i++) {
            locked = user.recordFailure(policy, lastFailure);
        }
        assertTrue(locked);
        assertTrue(user.isLocked(LocalDateTime.now(AFTER_MIDNIGHT)), "a minute later, on the next day, still locked");
        assertTrue(user.isLocked(LocalDateTime.now(Clock.offset(BEFORE_MIDNIGHT,
                Duration.ofMinutes(policy.getLockMinutes()).minusSeconds(1)))));
        assertFalse(user.isLocked(LocalDateTime.now(Clock.offset(BEFORE_MIDNIGHT,
                Duration.ofMinutes(policy.getLockMinutes())))), "free once the minutes have passed");
    }

    @Test
    void aPasswordExpiresByTheBureauClockNotTheMachines() {
        PasswordPolicy policy = PasswordPolicy.defaults();
        LocalDateTime changedAt = LAST_OF_JUNE.minusDays(policy.getExpiryDays()).atTime(23, 59, 59);
        UserAccount user = new UserAccount("li.si", "李四", Set.of(Role.VIEWER), county,
                PasswordHash.hash("Initial#2026".toCharArray()), changedAt);
        user.changePassword("Fresh#Pass2026", policy, changedAt);
        assertFalse(user.needsNewPassword(policy, LocalDateTime.now(BEFORE_MIDNIGHT)), "the expiry day's last minute");
        assertTrue(user.needsNewPassword(policy, LocalDateTime.now(AFTER_MIDNIGHT)), "past the expiry");
    }
}
