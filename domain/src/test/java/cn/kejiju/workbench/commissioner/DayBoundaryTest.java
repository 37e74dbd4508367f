package cn.kejiju.workbench.commissioner;

import cn.kejiju.workbench.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The "not after today" rules at both sides of midnight bureau time. The clocks are instants, so the
 * machine's zone plays no part (the build runs these tests in America/Los_Angeles, where both instants
 * fall on 30 June): half a minute before midnight 1 July is still tomorrow, half a minute after it is today.
 */
class DayBoundaryTest {

    private static final ZoneId BUREAU = ZoneId.of("Asia/Shanghai");
    /** 30 June, 23:59:30 bureau time. */
    static final Clock BEFORE_MIDNIGHT = Clock.fixed(Instant.parse("2026-06-30T15:59:30Z"), BUREAU);
    /** 1 July, 00:00:30 bureau time. */
    static final Clock AFTER_MIDNIGHT = Clock.fixed(Instant.parse("2026-06-30T16:00:30Z"), BUREAU);
    private static final LocalDate FIRST_OF_JULY = LocalDate.of(2026, 7, 1);

    private final Fixtures f = new Fixtures();
    private final Commissioner lin = f.commissioner("林志远");
    private final Assignment assignment = f.assignment(lin, f.village, LocalDate.of(2026, 3, 1),
            LocalDate.of(2027, 2, 28), List.of());

    private static void refused(String key, Runnable action) {
        assertEquals(key, assertThrows(RuleViolationException.class, action::run).messageKey());
    }

    private LogContent visitOn(LocalDate day) {
        return Fixtures.content(day, ServiceKind.ON_SITE_GUIDANCE, "1", 0, List.of());
    }

    @Test
    void aServiceDateOfTheFirstOfJulyIsAheadUntilMidnightAndTodayAfterIt() {
        refused("log.dateInFuture", () -> new ServiceLog(assignment, visitOn(FIRST_OF_JULY), "lj.clerk", BEFORE_MIDNIGHT));
        ServiceLog log = new ServiceLog(assignment, visitOn(FIRST_OF_JULY), "lj.clerk", AFTER_MIDNIGHT);
        assertEquals(FIRST_OF_JULY, log.getServiceDate());
    }

    @Test
    void anAgreementConfirmedOnTheFirstOfJulyIsInTheFutureUntilMidnight() {
        refused("assignment.confirmedInFuture", () -> assignment.confirmByCommissioner(FIRST_OF_JULY, BEFORE_MIDNIGHT));
        refused("assignment.confirmedInFuture", () -> assignment.confirmByTarget(FIRST_OF_JULY, BEFORE_MIDNIGHT));
        assignment.confirmByCommissioner(FIRST_OF_JULY, AFTER_MIDNIGHT);
        assignment.confirmByTarget(FIRST_OF_JULY, AFTER_MIDNIGHT);
        assertEquals(true, assignment.isAgreementConfirmed());
    }

    @Test
    void aCommissionerPostedOnTheFirstOfJulyIsRegisteredOnlyFromMidnight() {
        CommissionerProfile p = f.individual("陈晓东");
        CommissionerProfile postedFirstOfJuly = new CommissionerProfile(p.county(), p.name(), p.gender(), p.residentId(),
                p.phone(), p.employer(), p.employerName(), p.employerCategory(), p.title(), p.specialties(), p.kind(),
                p.members(), p.field(), p.dispatchLevel(), FIRST_OF_JULY);
        refused("commissioner.postedInFuture", () -> new Commissioner(postedFirstOfJuly, f.settings, BEFORE_MIDNIGHT));
        assertEquals(FIRST_OF_JULY, new Commissioner(postedFirstOfJuly, f.settings, AFTER_MIDNIGHT).getPostedOn());
    }
}
