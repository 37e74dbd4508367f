package cn.kejiju.workbench.preparedness;

import cn.kejiju.workbench.shared.RuleViolationException;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Volunteer hours: what one attendance may count (more than 0, at most a day, to the tenth of an hour), and
 * the hours of a team's members summed from what they attended, with the team's total.
 */
public record VolunteerHours(Map<Long, BigDecimal> byMember) {

    public static final BigDecimal DAY = new BigDecimal("24");

    public VolunteerHours {
        byMember = Map.copyOf(byMember);
    }

    /** The hours of one attendance: more than 0, at most 24, in tenths; refused naming {@code field} otherwise. */
    public static BigDecimal attendance(BigDecimal hours, String field) {
        if (hours == null) {
            throw new RuleViolationException("field.required", field);
        }
        if (hours.signum() <= 0 || hours.compareTo(DAY) > 0) {
            throw new RuleViolationException("preparedness.volunteer.hours", field, DAY);
        }
        if (hours.stripTrailingZeros().scale() > 1) {
            throw new RuleViolationException("preparedness.volunteer.hoursTenths", field);
        }
        return hours.setScale(1, RoundingMode.UNNECESSARY);
    }

    /** Each member's hours summed from the team's attendance. */
    public static VolunteerHours of(Collection<VolunteerActivity> attended) {
        Map<Long, BigDecimal> byMember = new HashMap<>();
        for (VolunteerActivity activity : attended) {
            byMember.merge(activity.getMember().getId(), activity.getHours(), BigDecimal::add);
        }
        return new VolunteerHours(byMember);
    }

    /** A member's hours; 0.0 when they attended nothing. */
    public BigDecimal of(Long memberId) {
        return byMember.getOrDefault(memberId, BigDecimal.ZERO.setScale(1));
    }

    /** The team's hours: its members' summed. */
    public BigDecimal total() {
        return byMember.values().stream().reduce(BigDecimal.ZERO.setScale(1), BigDecimal::add);
    }
}
