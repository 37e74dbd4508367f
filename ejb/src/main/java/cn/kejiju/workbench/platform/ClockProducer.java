package cn.kejiju.workbench.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.ZoneId;

/** The bureau's clock: its time zone is configurable (workbench.time-zone), China Standard Time by default. */
@ApplicationScoped
public class ClockProducer {

    @Inject
    @ConfigProperty(name = "workbench.time-zone", defaultValue = "Asia/Shanghai")
    String timeZone;

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.system(ZoneId.of(timeZone));
    }
}
