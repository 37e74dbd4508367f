package cn.kejiju.workbench.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The bureau's clock, the only source of "now" and "today" in the application: its time zone is
 * configurable ({@code workbench.time-zone}, China Standard Time by default), never the machine's.
 *
 * <p>For tests of the day boundary the clock can be fixed ({@code workbench.clock.fixed}, a bureau
 * local date-time such as {@code 2026-12-31T23:59:30}) or run at an offset from the real time
 * ({@code workbench.clock.offset}, an ISO-8601 duration such as {@code PT-9H}). Both are read only when
 * set and belong in a test deployment's configuration, never in a production descriptor; the server
 * log warns when either is in force.
 */
@ApplicationScoped
public class ClockProducer {

    private static final Logger LOG = Logger.getLogger(ClockProducer.class.getName());

    @Inject
    @ConfigProperty(name = "workbench.time-zone", defaultValue = "Asia/Shanghai")
    String timeZone;

    @Inject
    @ConfigProperty(name = "workbench.clock.fixed")
    Optional<String> fixedAt;

    @Inject
    @ConfigProperty(name = "workbench.clock.offset")
    Optional<String> offset;

    @Produces
    @ApplicationScoped
    Clock clock() {
        Clock clock = BureauClocks.of(ZoneId.of(timeZone), fixedAt, offset.map(Duration::parse));
        if (fixedAt.isPresent() || offset.isPresent()) {
            LOG.warning(() -> "The bureau clock is not the real time (a test setting): it reads " + clock.instant()
                    .atZone(clock.getZone()).toLocalDateTime() + " in " + clock.getZone());
        }
        return clock;
    }
}
