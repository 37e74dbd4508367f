package cn.kejiju.workbench.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;

/** The bureau clock from its settings: the real time in the bureau's zone, or fixed, or offset (tests). */
public final class BureauClocks {

    private BureauClocks() {
    }

    /**
     * @param zone    the bureau's time zone
     * @param fixedAt a bureau local date-time (ISO-8601) the clock stands still at, if set
     * @param offset  how far the clock runs ahead of (or, negative, behind) the real time, if set
     */
    public static Clock of(ZoneId zone, Optional<String> fixedAt, Optional<Duration> offset) {
        if (fixedAt.isPresent() && offset.isPresent()) {
            throw new IllegalArgumentException("workbench.clock.fixed and workbench.clock.offset exclude each other");
        }
        if (fixedAt.isPresent()) {
            return Clock.fixed(LocalDateTime.parse(fixedAt.get().trim()).atZone(zone).toInstant(), zone);
        }
        Clock real = Clock.system(zone);
        return offset.map(by -> Clock.offset(real, by)).orElse(real);
    }
}
