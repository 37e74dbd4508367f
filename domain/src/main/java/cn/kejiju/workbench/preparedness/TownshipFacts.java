package cn.kejiju.workbench.preparedness;

import java.util.Objects;

/**
 * What the module's own data says of a township in a year, as the database counts it: approved publicity
 * events held there and, of them, evacuation drills with their participants; and the 三网一员 register's posts
 * held at the year's end of those required (the township's assistant, two reporters per village). The
 * pre-filled criteria of the township assessment read it ({@link PrefillSource}).
 */
public record TownshipFacts(long events, long drills, long drillParticipants, RegisterCompleteness register) {

    public static final TownshipFacts NONE = new TownshipFacts(0, 0, 0, new RegisterCompleteness(0, 0));

    public TownshipFacts {
        Objects.requireNonNull(register, "register");
    }

    /** The events' facts of a township whose register is not counted (nothing required, nothing held). */
    public TownshipFacts(long events, long drills, long drillParticipants) {
        this(events, drills, drillParticipants, new RegisterCompleteness(0, 0));
    }

    /** The register's completeness in whole percent, rounded down (a post short of full is never 100); 0 when not counted. */
    public long registerPercent() {
        return register.required() == 0 ? 0 : register.filled() * 100 / register.required();
    }
}
